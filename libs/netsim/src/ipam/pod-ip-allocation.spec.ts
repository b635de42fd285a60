/**
 * Pod placement and addresses: the CNI's host-local IPAM on each node's podCIDR (bridge gateway
 * .1, first pod .2), the scheduler's spread, and applied status honoured (docs/architecture.md "Pods").
 */
import type { Pod } from '@app/kube';
import { pod, testCluster } from '../admission/admission.fixtures';

const placed = (
  c: ReturnType<typeof testCluster>,
  name: string,
): [string | undefined, string | undefined] => {
  const p = c.get<Pod>('Pod', 'default', name)!;
  return [p.spec.nodeName, p.status?.podIP];
};

describe('user Pods', () => {
  it('spread over the nodes with the fewest Pods and take the lowest free address from .2', () => {
    const c = testCluster();
    c.apply(pod('a'), pod('b'), pod('c'));
    expect([placed(c, 'a'), placed(c, 'b'), placed(c, 'c')]).toEqual([
      ['node-1', '10.244.1.2'],
      ['node-2', '10.244.2.2'],
      ['node-1', '10.244.1.3'],
    ]);
  });

  it('are Running and Ready with the kubelet conditions, hostIP from the node', () => {
    const c = testCluster();
    c.apply(pod('a'));
    const p = c.get<Pod>('Pod', 'default', 'a')!;
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.hostIP).toBe('172.18.0.2');
    expect(p.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(p.status?.containerStatuses).toEqual([
      expect.objectContaining({ name: 'app', ready: true, restartCount: 0 }),
    ]);
  });

  it('never share an address across many creates; a freed address waits for host-local to wrap', () => {
    const c = testCluster({ nodes: 3 });
    c.apply(...Array.from({ length: 300 }, (_, i) => pod(`p${i}`)));
    const ips = c.list<Pod>('Pod', 'default').map((p) => p.status?.podIP);
    expect(new Set(ips).size).toBe(300);
    // p0 went to the empty node-3; p1 to node-1 at .2.
    expect(placed(c, 'p1')).toEqual(['node-1', '10.244.1.2']);
    c.run({
      op: 'delete',
      key: { kind: 'Pod', namespace: 'default', name: 'p1' },
      options: { gracePeriodSeconds: 0 },
    });
    const onNode1 = (name: string) => ({
      ...pod(name),
      spec: { ...(pod(name).spec as object), nodeName: 'node-1' },
    });
    // node-1 holds .2-.101: host-local goes on after its last reservation, not back to .2.
    c.apply(onNode1('again'));
    expect(placed(c, 'again')).toEqual(['node-1', '10.244.1.102']);
    expect(c.snapshot.runtime?.lastReservedPodIP?.['node-1']).toBe('10.244.1.102');
  });

  it('wrap around the node range to the first free address (host-local RangeIter)', () => {
    const c = testCluster();
    const onNode1 = (name: string) => ({
      ...pod(name),
      spec: { ...(pod(name).spec as object), nodeName: 'node-1' },
    });
    c.apply(onNode1('a'));
    expect(placed(c, 'a')).toEqual(['node-1', '10.244.1.2']);
    // As if host-local's last_reserved_ip file held the end of the range.
    c.snapshot = { ...c.snapshot, runtime: { lastReservedPodIP: { 'node-1': '10.244.1.254' } } };
    c.apply(onNode1('b'));
    expect(placed(c, 'b')).toEqual(['node-1', '10.244.1.3']);
  });

  it('keep an applied status.podIP inside the node range, choosing that node', () => {
    const c = testCluster();
    c.apply({ ...pod('fixed'), status: { podIP: '10.244.2.50' } });
    expect(placed(c, 'fixed')).toEqual(['node-2', '10.244.2.50']);
    expect(c.get<Pod>('Pod', 'default', 'fixed')!.status?.podIPs).toEqual([{ ip: '10.244.2.50' }]);
  });

  it('refuse applied addresses that are taken, reserved or not addresses at all', () => {
    const c = testCluster();
    c.apply({ ...pod('a'), status: { podIP: '10.244.1.20' } });
    expect(() => c.apply({ ...pod('b'), status: { podIP: '10.244.1.20' } })).toThrow(
      'Pod "b" is invalid: status.podIP: Invalid value: "10.244.1.20": provided IP is already allocated',
    );
    expect(() => c.apply({ ...pod('b'), status: { podIP: '10.244.1.1' } })).toThrow(
      'provided IP is the network, gateway or broadcast address of 10.244.1.0/24',
    );
    expect(() => c.apply({ ...pod('b'), status: { podIP: '10.244.1' } })).toThrow(
      'status.podIP: Invalid value: "10.244.1": must be a valid IP address',
    );
  });

  it('keep a valid podIP outside the node range, as the API server does, with a sandbox warning', () => {
    const c = testCluster();
    const { events } = c.apply({
      ...pod('b'),
      spec: { ...(pod('b').spec as object), nodeName: 'node-1' },
      status: { podIP: '10.244.2.9' },
    });
    expect(placed(c, 'b')).toEqual(['node-1', '10.244.2.9']);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'Warning',
        reason: 'PodIPOutsideNodeRange',
        source: 'sandbox-ipallocator',
      }),
    );
    c.apply({ ...pod('outside'), status: { podIP: '10.0.0.9' } });
    expect(c.get<Pod>('Pod', 'default', 'outside')!.status?.podIP).toBe('10.0.0.9');
    expect(c.get<Pod>('Pod', 'default', 'outside')!.spec.nodeName).toMatch(/^node-/);
  });

  it('honour an applied Ready=False condition: the Pod runs but is not ready', () => {
    const c = testCluster();
    c.apply({ ...pod('slow'), status: { conditions: [{ type: 'Ready', status: 'False' }] } });
    const p = c.get<Pod>('Pod', 'default', 'slow')!;
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.conditions?.find((x) => x.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
    });
    expect((p.status?.containerStatuses as unknown[])[0]).toMatchObject({ ready: false });
  });

  it('keep an applied deletionTimestamp: the Pod stays, terminating, and the clock leaves it', () => {
    const c = testCluster();
    c.apply({
      ...pod('bye'),
      metadata: { name: 'bye', namespace: 'default', deletionTimestamp: '2026-01-01T00:00:00Z' },
    });
    const p = c.get<Pod>('Pod', 'default', 'bye')!;
    expect(p.metadata.deletionTimestamp).toBe('2026-01-01T00:00:00Z');
    // No grace period: only a delete starts one, so the clock never ends this lab Pod.
    expect(p.metadata.deletionGracePeriodSeconds).toBeUndefined();
    expect(c.apply(pod('other')).deletes).toEqual([]);
    expect(c.get<Pod>('Pod', 'default', 'bye')).toBeDefined();
  });

  it('re-applied unchanged are unchanged; a spec change is refused like ValidatePodUpdate', () => {
    const c = testCluster();
    c.apply(pod('a'));
    expect(c.apply(pod('a')).results[0].action).toBe('unchanged');
    const changed = pod('a');
    (changed.spec as { containers: Array<{ ports?: unknown[] }> }).containers[0].ports = [];
    expect(() => c.apply(changed)).toThrow(
      'Pod "a" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`',
    );
    const newImage = pod('a');
    (newImage.spec as { containers: Array<{ image: string }> }).containers[0].image = 'nginx:1.28';
    expect(c.apply(newImage).results[0].action).toBe('configured');
    expect(placed(c, 'a')).toEqual(['node-1', '10.244.1.2']);
  });

  it('use the node address with hostNetwork', () => {
    const c = testCluster();
    c.apply({ ...pod('h'), spec: { ...(pod('h').spec as object), hostNetwork: true } });
    expect(placed(c, 'h')).toEqual(['node-1', '172.18.0.2']);
    c.apply(pod('next'));
    expect(placed(c, 'next')[1]).toBe('10.244.2.2');
  });

  it('stay Pending when no node matches their nodeSelector', () => {
    const c = testCluster();
    const { events } = c.apply({
      ...pod('p'),
      spec: { ...(pod('p').spec as object), nodeSelector: { disk: 'ssd' } },
    });
    const p = c.get<Pod>('Pod', 'default', 'p')!;
    expect(p.status?.phase).toBe('Pending');
    expect(p.status?.podIP).toBeUndefined();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'Warning',
        reason: 'FailedScheduling',
        source: 'default-scheduler',
      }),
    );
  });

  it('records the scheduler and kubelet events, and no API server event (upstream records none)', () => {
    const c = testCluster();
    const { events } = c.apply(pod('a'));
    expect(events.map((e) => `${e.source}: ${e.reason}: ${e.message}`)).toEqual([
      'default-scheduler: Scheduled: Successfully assigned default/a to node-1',
      'kubelet: Pulled: Container image "nginx:1.27" already present on machine',
      'kubelet: Created: Created container: app',
      'kubelet: Started: Started container app',
    ]);
  });
});
