/**
 * Deleting a Pod as a real cluster does it: Terminating for its grace period, a terminating
 * endpoint meanwhile, gone when the cluster clock reaches its deletionTimestamp
 * (pkg/registry/core/pod/strategy.go CheckGracefulDelete, apiserver rest/delete.go BeforeDelete).
 */
import type { EndpointSlice, Pod } from '@app/kube';
import { deployment, pod, service, testCluster } from '../admission/admission.fixtures';
import { nextWakeUp } from './clock';

const del = (name: string, gracePeriodSeconds?: number) => ({
  op: 'delete' as const,
  key: { kind: 'Pod', namespace: 'default', name },
  ...(gracePeriodSeconds === undefined ? {} : { options: { gracePeriodSeconds } }),
});

const endpointOf = (c: ReturnType<typeof testCluster>, podName: string) =>
  c
    .list<EndpointSlice>('EndpointSlice', 'default')
    .flatMap((s) => s.endpoints ?? [])
    .find((e) => e.targetRef?.name === podName);

describe('a deleted Pod', () => {
  it('terminates for terminationGracePeriodSeconds, with a terminating endpoint, then is gone', () => {
    const c = testCluster();
    c.apply(service('web'), pod('web'));
    const result = c.run(del('web'));
    expect(result.deletes).toEqual([]);
    const p = c.get<Pod>('Pod', 'default', 'web')!;
    expect(p.metadata.deletionTimestamp).toBe('2026-01-01T00:00:30Z');
    expect(p.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(result.events.map((e) => `${e.source} ${e.reason} ${e.message}`)).toContain(
      'kubelet Killing Stopping container app',
    );
    expect(endpointOf(c, 'web')?.conditions).toEqual({
      ready: false,
      serving: true,
      terminating: true,
    });
    expect(nextWakeUp(c.snapshot)?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(c.advance(29.5).deletes).toEqual([]);
    expect(c.advance(0.5).deletes).toEqual([{ kind: 'Pod', namespace: 'default', name: 'web' }]);
    expect(endpointOf(c, 'web')).toBeUndefined();
    expect(nextWakeUp(c.snapshot)).toBeUndefined();
  });

  it('honours the Pod spec grace period, --grace-period, --now (1 s) and --force (0)', () => {
    const c = testCluster();
    c.apply(
      {
        ...pod('short'),
        spec: { ...(pod('short').spec as object), terminationGracePeriodSeconds: 5 },
      },
      pod('custom'),
      pod('now'),
      pod('forced'),
    );
    c.run(del('short'), del('custom', 120), del('now', 1));
    expect(c.get<Pod>('Pod', 'default', 'short')!.metadata.deletionGracePeriodSeconds).toBe(5);
    expect(c.get<Pod>('Pod', 'default', 'custom')!.metadata.deletionTimestamp).toBe(
      '2026-01-01T00:02:00Z',
    );
    expect(c.get<Pod>('Pod', 'default', 'now')!.metadata.deletionGracePeriodSeconds).toBe(1);
    expect(c.run(del('forced', 0)).deletes).toEqual([
      { kind: 'Pod', namespace: 'default', name: 'forced' },
    ]);
    expect(
      c
        .advance(5)
        .deletes.map((k) => k.name)
        .sort(),
    ).toEqual(['now', 'short']);
  });

  it('deleted again: a shorter grace period brings the end forward, a longer one changes nothing', () => {
    const c = testCluster();
    c.apply(pod('a'));
    c.run(del('a'));
    expect(c.run(del('a', 300)).upserts).toEqual([]);
    c.run(del('a', 10));
    expect(c.get<Pod>('Pod', 'default', 'a')!.metadata.deletionTimestamp).toBe(
      '2026-01-01T00:00:10Z',
    );
    expect(c.run(del('a', 0)).deletes).toHaveLength(1);
  });

  it('applied Terminating (no grace period recorded) goes at once when deleted', () => {
    const c = testCluster();
    c.apply({
      ...pod('stuck'),
      metadata: { name: 'stuck', namespace: 'default', deletionTimestamp: '2026-01-01T00:00:00Z' },
    });
    expect(c.run(del('stuck')).deletes).toEqual([
      { kind: 'Pod', namespace: 'default', name: 'stuck' },
    ]);
  });

  it('goes at once when it never reached a node or has finished', () => {
    const c = testCluster();
    c.apply(
      { ...pod('pending'), spec: { ...(pod('pending').spec as object), nodeSelector: { x: 'y' } } },
      { ...pod('done'), status: { phase: 'Succeeded' } },
    );
    expect(c.run(del('pending'), del('done')).deletes.map((k) => k.name)).toEqual([
      'pending',
      'done',
    ]);
  });

  it('of a Deployment is replaced at once by a Pod with a new name and address, while it terminates', () => {
    const c = testCluster({ nodes: 1 });
    c.apply(deployment('web', 1));
    const [old] = c.list<Pod>('Pod', 'default');
    c.run(del(old.metadata.name!));
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(2);
    const replacement = pods.find((p) => !p.metadata.deletionTimestamp)!;
    expect(replacement.metadata.name).not.toBe(old.metadata.name);
    expect(replacement.metadata.name).toMatch(
      /^web-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/,
    );
    expect(replacement.status?.podIP).not.toBe(old.status?.podIP);
    expect(
      c.get('ReplicaSet', 'default', replacement.metadata.ownerReferences![0].name),
    ).toMatchObject({
      status: { replicas: 1 },
    });
  });

  it('--cascade=orphan keeps the dependents without their owner reference', () => {
    const c = testCluster();
    c.apply(deployment('web', 2));
    const result = c.run({
      op: 'delete',
      key: { kind: 'Deployment', namespace: 'default', name: 'web' },
      options: { propagationPolicy: 'Orphan' },
    });
    expect(result.deletes).toEqual([{ kind: 'Deployment', namespace: 'default', name: 'web' }]);
    const [rs] = c.list('ReplicaSet', 'default');
    expect(rs.metadata.ownerReferences).toBeUndefined();
    expect(c.list<Pod>('Pod', 'default').filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
  });
});

describe('the cluster clock', () => {
  it('has nothing to wake up for in an idle cluster', () => {
    const c = testCluster();
    c.apply(deployment('web', 3), service('web'));
    expect(nextWakeUp(c.snapshot)).toBeUndefined();
  });

  it('keeps its offset in the runtime and stamps new objects with the cluster time', () => {
    const c = testCluster();
    expect(c.advance(3600).runtime).toEqual({ clockOffsetSeconds: 3600 });
    c.apply(pod('later'));
    expect(c.get('Pod', 'default', 'later')!.metadata.creationTimestamp).toBe(
      '2026-01-01T01:00:00Z',
    );
    expect(() => c.advance(-1)).toThrow(RangeError);
  });
});
