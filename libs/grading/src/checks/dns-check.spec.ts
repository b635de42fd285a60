import { runDnsCheck } from './dns-check';
import { check, cluster, WEB } from './test-support/cluster';
import type { DnsCheck } from '../spec/exercise-spec';

const sim = cluster(WEB);
const dns = (fields: object) => runDnsCheck(sim, check<DnsCheck>({ kind: 'dns', ...fields }));

describe('dns check', () => {
  it('resolves a short name from a Pod through its search list', () => {
    const out = dns({
      from: 'default/client',
      name: 'web',
      expect: { rcode: 'NOERROR', answers: ['10.96.0.80'] },
    });
    expect(out.passed).toBe(true);
    expect(out.observed).toMatchObject({
      rcode: 'NOERROR',
      answers: ['10.96.0.80'],
      tried: ['web.default.svc.cluster.local'],
    });
  });

  it('compares answers as a set, ignoring trailing dots; contains is a subset', () => {
    expect(
      dns({ name: 'kubernetes.default.svc.cluster.local.', expect: { answers: ['10.96.0.1'] } })
        .passed,
    ).toBe(true);
    expect(
      dns({ name: 'web.default.svc.cluster.local', expect: { contains: ['10.96.0.80'] } }).passed,
    ).toBe(true);
  });

  it('reports the rcode and every name tried when a lookup fails', () => {
    const out = dns({ from: 'default/client', name: 'nope', expect: { rcode: 'NOERROR' } });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('Expected rcode NOERROR, got NXDOMAIN');
    expect(out.explanation).toContain('nope.default.svc.cluster.local, nope.svc.cluster.local');
  });

  it('negate: the name must not resolve', () => {
    expect(
      dns({ name: 'nope.default.svc.cluster.local', negate: true, expect: { rcode: 'NOERROR' } })
        .passed,
    ).toBe(true);
    const out = dns({
      name: 'web.default.svc.cluster.local',
      negate: true,
      expect: { rcode: 'NOERROR' },
    });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('required NOT to hold');
  });
});
