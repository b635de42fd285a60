/** The rollout arithmetic of pkg/controller/deployment/rolling.go, step by step. */
import { recreateStep, rollingStep, type ReplicaSetCounts } from './rolling-update';

const rs = (id: string, replicas: number, available = replicas): ReplicaSetCounts => ({
  id,
  replicas,
  available,
  actual: replicas,
});

describe('rollingStep', () => {
  it('maxSurge 1, maxUnavailable 0 on 4 replicas: surge one, then trade one old for one new', () => {
    const base = { desired: 4, maxSurge: 1, maxUnavailable: 0 };
    expect(rollingStep({ ...base, newRS: rs('new', 0), oldRSs: [rs('old', 4)] })).toEqual(
      new Map([['new', 1]]),
    );
    // The surge Pod is not available yet: nothing may go.
    expect(rollingStep({ ...base, newRS: rs('new', 1, 0), oldRSs: [rs('old', 4)] }).size).toBe(0);
    expect(rollingStep({ ...base, newRS: rs('new', 1), oldRSs: [rs('old', 4)] })).toEqual(
      new Map([['old', 3]]),
    );
    expect(rollingStep({ ...base, newRS: rs('new', 1), oldRSs: [rs('old', 3)] })).toEqual(
      new Map([['new', 2]]),
    );
    expect(rollingStep({ ...base, newRS: rs('new', 4), oldRSs: [rs('old', 0)] }).size).toBe(0);
  });

  it('the 25%/25% defaults on 10 replicas: up by 3, down by 2 (older first), and cleans unavailable old replicas', () => {
    const base = { desired: 10, maxSurge: 3, maxUnavailable: 2 };
    expect(rollingStep({ ...base, newRS: rs('new', 0), oldRSs: [rs('old', 10)] })).toEqual(
      new Map([['new', 3]]),
    );
    expect(
      rollingStep({ ...base, newRS: rs('new', 3, 0), oldRSs: [rs('a', 5), rs('b', 5)] }),
    ).toEqual(new Map([['a', 3]]));
    expect(rollingStep({ ...base, newRS: rs('new', 3, 3), oldRSs: [rs('a', 10, 7)] })).toEqual(
      new Map([['a', 5]]),
    );
  });

  it('scales a lone ReplicaSet straight to the new size (a scaling, not a rollout)', () => {
    const base = { maxSurge: 1, maxUnavailable: 0, oldRSs: [] };
    expect(rollingStep({ ...base, desired: 6, newRS: rs('new', 2) })).toEqual(
      new Map([['new', 6]]),
    );
    expect(rollingStep({ ...base, desired: 1, newRS: rs('new', 2) })).toEqual(
      new Map([['new', 1]]),
    );
  });
});

describe('recreateStep', () => {
  it('scales the old ReplicaSets to 0, waits for their Pods to be gone, then scales the new one up', () => {
    const input = { desired: 3, maxSurge: 0, maxUnavailable: 3, newRS: rs('new', 0) };
    expect(recreateStep({ ...input, oldRSs: [rs('old', 3)] }, true)).toEqual(new Map([['old', 0]]));
    expect(recreateStep({ ...input, oldRSs: [rs('old', 0)] }, true).size).toBe(0);
    expect(recreateStep({ ...input, oldRSs: [rs('old', 0)] }, false)).toEqual(
      new Map([['new', 3]]),
    );
  });
});
