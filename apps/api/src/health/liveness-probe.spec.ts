import { LivenessProbe, pollutedPrototypes } from './liveness-probe';

describe('LivenessProbe', () => {
  it('is live when the database answers and no prototype is polluted', async () => {
    const probe = new LivenessProbe(() => Promise.resolve(1), { timeoutMs: 50, cacheMs: 0 });
    await expect(probe.check()).resolves.toEqual({
      ok: true,
      checks: { database: 'ok', prototypes: 'ok' },
    });
  });

  it('fails when the database refuses or does not answer in time', async () => {
    const refused = new LivenessProbe(() => Promise.reject(new Error('ECONNREFUSED')), {
      timeoutMs: 50,
      cacheMs: 0,
    });
    expect((await refused.check()).checks.database).toBe('the database is not reachable');
    const hung = new LivenessProbe(() => new Promise(() => undefined), {
      timeoutMs: 5,
      cacheMs: 0,
    });
    const result = await hung.check();
    expect(result.ok).toBe(false);
    expect(result.checks.database).toBe('the database did not answer within 5 ms');
  });

  it('fails once Object.prototype has an enumerable property (prototype pollution)', async () => {
    const probe = new LivenessProbe(() => Promise.resolve(1), { timeoutMs: 50, cacheMs: 0 });
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = true;
    try {
      expect(pollutedPrototypes()).toEqual(['Object.prototype']);
      const result = await probe.check();
      expect(result.ok).toBe(false);
      expect(result.checks.prototypes).toContain('Object.prototype');
    } finally {
      delete proto.polluted;
    }
    expect(pollutedPrototypes()).toEqual([]);
  });

  it('shares one database round trip between concurrent probes and reuses it for cacheMs', async () => {
    let pings = 0;
    let clock = 0;
    const probe = new LivenessProbe(
      () => {
        pings++;
        return Promise.resolve(1);
      },
      { timeoutMs: 50, cacheMs: 1000, now: () => clock },
    );
    await Promise.all([probe.check(), probe.check(), probe.check()]);
    expect(pings).toBe(1);
    clock = 999;
    await probe.check();
    expect(pings).toBe(1);
    clock = 1000;
    await probe.check();
    expect(pings).toBe(2);
  });
});
