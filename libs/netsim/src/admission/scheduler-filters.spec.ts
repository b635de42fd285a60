/**
 * The sandbox scheduler's filters against kube-scheduler's default plugins: taints and
 * tolerations (kubeadm's control-plane taint), node affinity, pod anti-affinity on hostname and
 * cordoned nodes, with upstream's FitError messages for Pods that stay Pending.
 */
import type { KubeObject, Node, Pod } from '@app/kube';
import { deployment, pod, testCluster, type TestCluster } from './admission.fixtures';

const withSpec = (obj: KubeObject, extra: Record<string, unknown>): KubeObject => ({
  ...obj,
  spec: { ...(obj.spec as object), ...extra },
});
const templated = (d: KubeObject, extra: Record<string, unknown>): KubeObject => {
  const spec = d.spec as { template: { spec: object } };
  return {
    ...d,
    spec: { ...spec, template: { ...spec.template, spec: { ...spec.template.spec, ...extra } } },
  };
};
const placement = (c: TestCluster) =>
  c
    .list<Pod>('Pod', 'default')
    .map((p) => p.spec.nodeName ?? 'Pending')
    .sort();
const pendingMessage = (c: TestCluster, name: string) =>
  c.get<Pod>('Pod', 'default', name)!.status?.conditions?.find((x) => x.type === 'PodScheduled')
    ?.message;
const patchNode = (c: TestCluster, name: string, spec: Record<string, unknown>) => {
  const node = c.get<Node>('Node', '', name)!;
  c.apply({ ...node, spec: { ...node.spec, ...spec } } as KubeObject);
};
const CONTROL_PLANE = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('taints and tolerations', () => {
  it('a kubeadm-like tainted control-plane node gets no Pods without a toleration', () => {
    const c = testCluster({ nodes: 3, controlPlaneTaint: true });
    expect(c.get<Node>('Node', '', 'node-1')!.spec?.taints).toEqual([CONTROL_PLANE]);
    c.apply(deployment('web', 6));
    expect(placement(c)).toEqual(['node-2', 'node-2', 'node-2', 'node-3', 'node-3', 'node-3']);
  });

  it('a toleration lets a Pod onto the tainted node', () => {
    const c = testCluster({ nodes: 2, controlPlaneTaint: true });
    c.apply(
      withSpec(pod('a'), { tolerations: [{ ...CONTROL_PLANE, operator: 'Exists' }] }),
      withSpec(pod('b'), { tolerations: [{ operator: 'Exists' }] }),
    );
    expect(placement(c)).toEqual(['node-1', 'node-2']);
  });

  it('untolerated taints everywhere: Pending with upstream FailedScheduling message', () => {
    const c = testCluster({ nodes: 2 });
    for (const n of ['node-1', 'node-2'])
      patchNode(c, n, { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
    const { events } = c.apply(pod('p'));
    const message =
      '0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
    expect(pendingMessage(c, 'p')).toBe(message);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'Warning', reason: 'FailedScheduling', message }),
    );
  });
});

describe('node affinity', () => {
  it('required terms pick the matching nodes; preferred weights break ties', () => {
    const c = testCluster({ nodes: 3 });
    c.apply(
      withSpec(pod('zone-b'), {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'topology.kubernetes.io/zone', operator: 'In', values: ['zone-b'] },
                  ],
                },
              ],
            },
          },
        },
      }),
      withSpec(pod('likes-3'), {
        affinity: {
          nodeAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [
              {
                weight: 50,
                preference: {
                  matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-3'] }],
                },
              },
            ],
          },
        },
      }),
    );
    expect(c.get<Pod>('Pod', 'default', 'zone-b')!.spec.nodeName).toBe('node-2');
    expect(c.get<Pod>('Pod', 'default', 'likes-3')!.spec.nodeName).toBe('node-3');
    c.apply(
      withSpec(pod('nowhere'), {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }],
            },
          },
        },
      }),
    );
    expect(pendingMessage(c, 'nowhere')).toBe(
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
});

it('pod anti-affinity on hostname spreads replicas one per node; the rest stay Pending', () => {
  const c = testCluster({ nodes: 2 });
  c.apply(
    templated(deployment('web', 3), {
      affinity: {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            {
              labelSelector: { matchLabels: { app: 'web' } },
              topologyKey: 'kubernetes.io/hostname',
            },
          ],
        },
      },
    }),
  );
  expect(placement(c)).toEqual(['Pending', 'node-1', 'node-2']);
  const pending = c.list<Pod>('Pod', 'default').find((p) => !p.spec.nodeName)!;
  expect(pendingMessage(c, pending.metadata.name!)).toBe(
    "0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
  );
  // Existing Pods' anti-affinity also keeps a matching newcomer away (the symmetric check).
  c.apply(pod('other', { app: 'web' }));
  expect(pendingMessage(c, 'other')).toBe(
    "0/2 nodes are available: 2 node(s) didn't satisfy existing pods anti-affinity rules. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
  );
});

it('a cordoned node takes no new Pods (kubectl cordon sets spec.unschedulable)', () => {
  const c = testCluster({ nodes: 2 });
  patchNode(c, 'node-1', { unschedulable: true });
  c.apply(deployment('web', 3));
  expect(placement(c)).toEqual(['node-2', 'node-2', 'node-2']);
  patchNode(c, 'node-2', { unschedulable: true });
  c.apply(pod('late'));
  expect(pendingMessage(c, 'late')).toBe(
    '0/2 nodes are available: 2 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
  );
});

it('Pending Pods are scheduled again once a node is uncordoned or capacity frees up', () => {
  const c = testCluster({ nodes: 1 });
  patchNode(c, 'node-1', { unschedulable: true });
  c.apply(pod('waiting'));
  expect(placement(c)).toEqual(['Pending']);
  const { events } = (() => {
    const node = c.get<Node>('Node', '', 'node-1')!;
    return c.apply({ ...node, spec: { ...node.spec, unschedulable: false } } as KubeObject);
  })();
  const p = c.get<Pod>('Pod', 'default', 'waiting')!;
  expect(p.spec.nodeName).toBe('node-1');
  expect(p.status?.phase).toBe('Running');
  expect(p.status?.podIP).toMatch(/^10\.244\.1\./);
  expect(events.map((e) => e.reason)).toEqual(
    expect.arrayContaining(['Scheduled', 'Pulled', 'Created', 'Started']),
  );
});
