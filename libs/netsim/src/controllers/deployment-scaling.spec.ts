/**
 * Deployments → ReplicaSets → Pods, after the Deployments concept page ("Creating a Deployment",
 * "Updating a Deployment", "Scaling a Deployment") and pkg/controller/deployment sync.go events.
 */
import type { Deployment, Pod, ReplicaSet } from '@app/kube';
import { deployment, testCluster } from '../admission/admission.fixtures';

const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';

describe('creating a Deployment', () => {
  it('makes a ReplicaSet <deploy>-<pod-template-hash> and its Pods <rs>-<5 chars>, with owner references and labels', () => {
    const c = testCluster();
    const { events } = c.apply(deployment('web', 3));
    const [rs] = c.list<ReplicaSet>('ReplicaSet', 'default');
    const hash = rs.metadata.labels?.['pod-template-hash'];
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(hash).toMatch(new RegExp(`^${SAFE}+$`));
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        controller: true,
      }),
    ]);
    expect(rs.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
    });
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-${SAFE}{5}$`));
      expect(p.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.metadata.ownerReferences?.[0]).toMatchObject({
        kind: 'ReplicaSet',
        name: rs.metadata.name,
        uid: rs.metadata.uid,
      });
      expect(p.spec.enableServiceLinks).toBe(true);
    }
    expect(pods.map((p) => p.status?.podIP)).toEqual(['10.244.1.2', '10.244.2.2', '10.244.1.3']);
    const messages = events.map((e) => `${e.source} ${e.reason}: ${e.message}`);
    expect(messages).toContain(
      `deployment-controller ScalingReplicaSet: Scaled up replica set web-${hash} to 3 from 0`,
    );
    expect(messages).toContain(
      `replicaset-controller SuccessfulCreate: Created pod: ${pods[0].metadata.name}`,
    );
  });

  it('names everything the same way in two clusters built by the same requests', () => {
    const names = () => {
      const c = testCluster();
      c.apply(deployment('web', 4));
      return c.list<Pod>('Pod', 'default').map((p) => p.metadata.name);
    };
    expect(names()).toEqual(names());
    expect(new Set(names()).size).toBe(4);
  });

  it('reports a complete, available rollout in status', () => {
    const c = testCluster();
    c.apply(deployment('web', 2));
    const d = c.get<Deployment>('Deployment', 'default', 'web')!;
    expect(d.metadata.generation).toBe(1);
    expect(d.status).toMatchObject({
      observedGeneration: 1,
      replicas: 2,
      updatedReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
    });
    expect(d.status?.conditions?.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
  });
});

describe('scaling a Deployment', () => {
  it('adds Pods scaling up and removes the newest first scaling down', () => {
    const c = testCluster();
    c.apply(deployment('web', 2));
    const first = c.list<Pod>('Pod', 'default').map((p) => p.metadata.name);
    const up = c.apply(deployment('web', 4));
    const all = c.list<Pod>('Pod', 'default').map((p) => p.metadata.name);
    expect(all.slice(0, 2)).toEqual(first);
    expect(up.events.map((e) => e.message)).toContain(
      `Scaled up replica set ${c.list('ReplicaSet', 'default')[0].metadata.name} to 4 from 2`,
    );
    expect(c.get<Deployment>('Deployment', 'default', 'web')!.metadata.generation).toBe(2);
    const down = c.apply(deployment('web', 1));
    const active = c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
    expect(active.map((p) => p.metadata.name)).toEqual([first[0]]);
    expect(down.events.filter((e) => e.reason === 'SuccessfulDelete')).toHaveLength(3);
    // The three surplus Pods terminate for their grace period, then go.
    expect(c.advance(30).deletes.map((k) => k.name)).toEqual(expect.arrayContaining(all.slice(1)));
  });

  it('replaces a Pod the user deletes with a new name and a new address', () => {
    const c = testCluster();
    c.apply(deployment('web', 2));
    const [victim] = c.list<Pod>('Pod', 'default');
    c.run({
      op: 'delete',
      key: { kind: 'Pod', namespace: 'default', name: victim.metadata.name! },
    });
    // The victim terminates for its 30 s grace period while the replacement runs.
    const active = c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
    expect(active).toHaveLength(2);
    expect(active.map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
    expect(active.map((p) => p.status?.podIP)).not.toContain(victim.status?.podIP);
    c.advance(30);
    expect(c.list<Pod>('Pod', 'default')).toHaveLength(2);
    // Deleted at once (--grace-period=0 --force): host-local still hands out the next address.
    const [second] = c.list<Pod>('Pod', 'default');
    c.run({
      op: 'delete',
      key: { kind: 'Pod', namespace: 'default', name: second.metadata.name! },
      options: { gracePeriodSeconds: 0 },
    });
    const ips = c.list<Pod>('Pod', 'default').map((p) => p.status?.podIP);
    expect(ips).toHaveLength(2);
    expect(ips).not.toContain(second.status?.podIP);
  });

  it('re-applying the same Deployment changes nothing', () => {
    const c = testCluster();
    c.apply(deployment('web', 2));
    const again = c.apply(deployment('web', 2));
    expect(again.results[0].action).toBe('unchanged');
    expect(again.upserts).toEqual([]);
    expect(again.events).toEqual([]);
  });
});

describe('updating the Pod template', () => {
  it('rolls out a new ReplicaSet step by step (25% surge on 3: one up, one down), then replaces every Pod', () => {
    const c = testCluster();
    c.apply(deployment('web', 3));
    const [oldRS] = c.list<ReplicaSet>('ReplicaSet', 'default');
    const oldPods = c.list<Pod>('Pod', 'default').map((p) => p.metadata.name);
    const { events } = c.apply(deployment('web', 3, 'nginx:1.28'));
    const rss = c.list<ReplicaSet>('ReplicaSet', 'default');
    expect(rss).toHaveLength(2);
    const newRS = rss.find((r) => r.metadata.name !== oldRS.metadata.name)!;
    expect(newRS.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    const steps = [...events, ...c.settle()]
      .filter((e) => e.reason === 'ScalingReplicaSet')
      .map((e) => e.message);
    expect(steps).toEqual([
      `Scaled up replica set ${newRS.metadata.name} to 1 from 0`,
      `Scaled down replica set ${oldRS.metadata.name} to 2 from 3`,
      `Scaled up replica set ${newRS.metadata.name} to 2 from 1`,
      `Scaled down replica set ${oldRS.metadata.name} to 1 from 2`,
      `Scaled up replica set ${newRS.metadata.name} to 3 from 2`,
      `Scaled down replica set ${oldRS.metadata.name} to 0 from 1`,
    ]);
    expect(c.get<ReplicaSet>('ReplicaSet', 'default', oldRS.metadata.name!)!.spec.replicas).toBe(0);
    c.advance(30); // the old Pods' grace period
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.metadata.name!.startsWith(`${newRS.metadata.name}-`))).toBe(true);
    expect(pods.some((p) => oldPods.includes(p.metadata.name))).toBe(false);
    expect(
      c.get<Deployment>('Deployment', 'default', 'web')!.metadata.annotations?.[
        'deployment.kubernetes.io/revision'
      ],
    ).toBe('2');
  });

  it('rolling back to an earlier template reuses its ReplicaSet with a new revision', () => {
    const c = testCluster();
    c.apply(deployment('web', 1));
    const [first] = c.list<ReplicaSet>('ReplicaSet', 'default');
    c.apply(deployment('web', 1, 'nginx:1.28'));
    c.apply(deployment('web', 1));
    const rs = c.get<ReplicaSet>('ReplicaSet', 'default', first.metadata.name!)!;
    expect(rs.spec.replicas).toBe(1);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(c.list('ReplicaSet', 'default')).toHaveLength(2);
  });
});

it('deleting a Deployment deletes its ReplicaSets; its Pods terminate, then go', () => {
  const c = testCluster();
  c.apply(deployment('web', 2));
  const result = c.run({
    op: 'delete',
    key: { kind: 'Deployment', namespace: 'default', name: 'web' },
  });
  expect(result.deletes.map((k) => k.kind).sort()).toEqual(['Deployment', 'ReplicaSet']);
  const pods = c.list<Pod>('Pod', 'default');
  expect(pods.map((p) => p.metadata.deletionGracePeriodSeconds)).toEqual([30, 30]);
  expect(c.advance(29).deletes).toEqual([]);
  expect(c.advance(1).deletes.map((k) => k.kind)).toEqual(['Pod', 'Pod']);
  expect(c.list('Pod', 'default')).toEqual([]);
});
