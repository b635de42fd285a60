/**
 * A Deployment asking for more Pods than the cluster holds: the scheduler leaves the extra Pods
 * Pending (allocatable pods 110 per node, the kubelet default) and the object quota stops the
 * ReplicaSet's creates with FailedCreate, as a ResourceQuota would on a real cluster.
 */
import type { Deployment, KubeObject, Pod, ReplicaSet } from '@app/kube';
import { deployment, testCluster } from '../admission/admission.fixtures';
import { OBJECT_QUOTA_NAME } from './deployment-controller';

const scheduled = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'PodScheduled');

describe('replicas beyond what the nodes can run', () => {
  it("schedules 110 Pods per node and leaves the rest Pending with the scheduler's FitError", () => {
    const c = testCluster(); // 2 nodes
    const { events } = c.apply(deployment('web', 250));
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(250);
    const running = pods.filter((p) => p.status?.phase === 'Running');
    const pending = pods.filter((p) => p.status?.phase === 'Pending');
    // System Pods (CoreDNS) already hold two places on the nodes.
    const systemPods = c.list<Pod>('Pod').filter((p) => p.metadata.namespace !== 'default').length;
    expect(running).toHaveLength(220 - systemPods);
    expect(pending).toHaveLength(250 - running.length);
    const perNode = new Map<string, number>();
    for (const p of c.list<Pod>('Pod'))
      perNode.set(p.spec.nodeName ?? '', (perNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
    expect(perNode.get('node-1')).toBe(110);
    expect(perNode.get('node-2')).toBe(110);

    const message =
      '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.';
    for (const p of pending) {
      expect(p.spec.nodeName).toBeUndefined();
      expect(p.status?.podIP).toBeUndefined();
      expect(scheduled(p)).toMatchObject({ status: 'False', reason: 'Unschedulable', message });
    }
    const failed = events.filter((e) => e.reason === 'FailedScheduling');
    expect(failed).toHaveLength(pending.length);
    expect(failed[0]).toMatchObject({ type: 'Warning', source: 'default-scheduler', message });

    const d = c.get<Deployment>('Deployment', 'default', 'web');
    expect(d?.status).toMatchObject({ replicas: 250, readyReplicas: running.length });
  });

  it('keeps Pending Pods out of EndpointSlices; scaling down removes the Pending Pods first', () => {
    const c = testCluster();
    c.apply(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', namespace: 'default' },
        spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
      },
      deployment('web', 230),
    );
    const endpoints = () =>
      c
        .list<KubeObject & { endpoints?: unknown[] }>('EndpointSlice', 'default')
        .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web')
        .reduce((n, s) => n + (s.endpoints?.length ?? 0), 0);
    const phases = () => c.list<Pod>('Pod', 'default').map((p) => p.status?.phase);
    const running = phases().filter((p) => p === 'Running').length;
    expect(running).toBeLessThan(230);
    expect(endpoints()).toBe(running);

    c.apply(deployment('web', running - 10));
    // Pending Pods go at once (no node to stop them on); the 10 Running ones terminate first.
    c.advance(30);
    expect(phases()).toEqual(Array(running - 10).fill('Running'));
    expect(endpoints()).toBe(running - 10);
  });

  it("takes the smaller of allocatable pods and the podCIDR's addresses as a node's capacity", () => {
    const c = testCluster({ nodes: 1 });
    const node = c.get<KubeObject & { spec: Record<string, unknown> }>('Node', '', 'node-1')!;
    // A /28 leaves 13 pod addresses (network, gateway and broadcast excluded).
    const base = (node.spec.podCIDR as string).replace(/\.0\/24$/, '.0/28');
    c.apply({
      ...node,
      spec: { ...node.spec, podCIDR: base, podCIDRs: [base] },
      status: { ...(node as { status?: object }).status, allocatable: { pods: '110' } },
    } as KubeObject);
    c.apply(deployment('web', 20));
    const pods = c.list<Pod>('Pod', 'default');
    const onNode = c.list<Pod>('Pod').filter((p) => p.spec.nodeName === 'node-1').length;
    expect(onNode).toBe(13);
    expect(pods.filter((p) => p.status?.phase === 'Pending').length).toBeGreaterThan(0);
    expect(pods.every((p) => p.status?.phase === 'Pending' || p.status?.podIP)).toBe(true);
  });
});

describe('events of a large scale-up', () => {
  it('keeps 9 SuccessfulCreate events per ReplicaSet, then one combined event, as client-go aggregates them', () => {
    const c = testCluster();
    const { events } = c.apply(deployment('web', 30));
    const created = events.filter((e) => e.reason === 'SuccessfulCreate');
    expect(created).toHaveLength(10);
    expect(created.slice(0, 9).every((e) => /^Created pod: web-/.test(e.message))).toBe(true);
    const lastPod = c.list<Pod>('Pod', 'default').at(-1)!.metadata.name;
    expect(created[9].message).toBe(`(combined from similar events): Created pod: ${lastPod}`);
    // Scheduler events name each Pod, so they are not combined.
    expect(events.filter((e) => e.reason === 'Scheduled')).toHaveLength(30);
  });

  it('words a mixed FitError with every reason counted and sorted', () => {
    const c = testCluster({ nodes: 2 });
    const node2 = c.get<KubeObject & { spec: Record<string, unknown> }>('Node', '', 'node-2')!;
    c.apply({ ...node2, spec: { ...node2.spec, unschedulable: true } } as KubeObject);
    c.apply(deployment('web', 120));
    const pending = c.list<Pod>('Pod', 'default').filter((p) => p.status?.phase === 'Pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(scheduled(pending[0])?.message).toBe(
      '0/2 nodes are available: 1 Too many pods, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    );
  });
});

describe('replicas beyond the cluster object quota', () => {
  it("creates Pods up to the quota, then FailedCreate with ResourceQuota's wording and ReplicaFailure", () => {
    const c = testCluster({}, { maxObjects: 200 });
    const before = c.snapshot.objects.length;
    const { events } = c.apply(deployment('web', 100_000));
    // Deployment and ReplicaSet first, then Pods until the state holds 200 objects.
    expect(c.snapshot.objects.length).toBe(200);
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(200 - before - 2);
    const rs = c.list<ReplicaSet>('ReplicaSet', 'default')[0];
    const failedCreate = events.filter((e) => e.reason === 'FailedCreate');
    expect(failedCreate).toHaveLength(1);
    expect(failedCreate[0]).toMatchObject({ type: 'Warning', source: 'replicaset-controller' });
    expect(failedCreate[0].message).toMatch(
      new RegExp(
        `^Error creating: pods "${rs.metadata.name}-[bcdfghjklmnpqrstvwxz2456789]{5}" is forbidden: exceeded quota: ${OBJECT_QUOTA_NAME}, requested: count=1, used: count=200, limited: count=200$`,
      ),
    );
    const failure = {
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
      message: failedCreate[0].message.replace(/^Error creating: /, ''),
    };
    expect(rs.status?.conditions).toEqual([expect.objectContaining(failure)]);
    const d = c.get<Deployment>('Deployment', 'default', 'web');
    expect(d?.status?.conditions).toEqual(
      expect.arrayContaining([expect.objectContaining(failure)]),
    );
  });

  it('clears ReplicaFailure when the Deployment is scaled back within the quota', () => {
    const c = testCluster({}, { maxObjects: 200 });
    c.apply(deployment('web', 100_000));
    c.apply(deployment('web', 3));
    c.advance(30); // the surplus Pods' grace period
    expect(c.list<Pod>('Pod', 'default')).toHaveLength(3);
    const rs = c.list<ReplicaSet>('ReplicaSet', 'default')[0];
    expect(rs.status?.conditions).toBeUndefined();
    const d = c.get<Deployment>('Deployment', 'default', 'web');
    expect(d?.status?.conditions?.map((x) => x.type)).toEqual(['Available', 'Progressing']);
  });

  it('answers replicas: 100000 with the cost of the quota, not of the replicas (no endless name search)', () => {
    const c = testCluster({}, { maxObjects: 2_000 });
    const started = performance.now();
    c.apply(deployment('web', 100_000));
    const elapsed = performance.now() - started;
    expect(c.snapshot.objects.length).toBe(2_000);
    // Generous: a guard against a search loop, not a benchmark (test/bench/workload-scale measures).
    expect(elapsed).toBeLessThan(3_000);
  });
});
