import { describeFailure, runCommand } from './commands';

describe('operator commands', () => {
  it('describe any failure in words, a bare reject() included (tenant:create used to crash on it)', () => {
    expect(describeFailure(undefined)).toBe('failed without saying why');
    expect(describeFailure(new Error('lock file "postmaster.pid" already exists'))).toBe(
      'lock file "postmaster.pid" already exists',
    );
    expect(describeFailure('plain')).toBe('plain');
  });

  it('refuse an unknown command with the list of commands, and a bad tenant name before any I/O', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCommand(['tenant:delete'])).toBe(2);
      expect(String(stderr.mock.calls[0][0])).toContain('tenant:create NAME');
      expect(await runCommand(['tenant:create', 'Not_A_Label'])).toBe(1);
      expect(String(stderr.mock.calls[1][0])).toMatch(/^Invalid tenant name "Not_A_Label"/);
    } finally {
      stderr.mockRestore();
    }
  });
});
