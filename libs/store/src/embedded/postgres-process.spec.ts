import { parsePostmasterPid } from './postgres-process';

describe('parsePostmasterPid', () => {
  it('reads the pid and port a running server wrote', () => {
    const text =
      '4242\n/var/lib/kube-network-sandbox/data/ab/pg\n1764763200\n38117\n\n127.0.0.1\n  5432001   0\nready   \n';
    expect(parsePostmasterPid(text)).toEqual({ pid: 4242, port: 38117 });
  });

  it('ignores a truncated or damaged file', () => {
    expect(parsePostmasterPid('4242\n/data\n')).toBeUndefined();
    expect(parsePostmasterPid('')).toBeUndefined();
  });
});
