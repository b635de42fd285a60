/**
 * A template change rolls out as the Deployment controller rolls it out (rolling.go,
 * recreate.go, progress.go): one step per sync, bounded by maxSurge/maxUnavailable, waiting for
 * readiness and minReadySeconds on the cluster clock, with EndpointSlices changing at every step.
 */
import type { Deployment, EndpointSlice, KubeObject, ReplicaSet } from '@app/kube';
import { service, testCluster, type TestCluster } from '../admission/admission.fixtures';
import { nextWakeUp } from './clock';

function web(image: string, spec: Record<string, unknown> = {}, probeDelay?: number): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas: 4,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              ...(probeDelay === undefined
                ? {}
                : {
                    readinessProbe: {
                      httpGet: { path: '/', port: 80 },
                      initialDelaySeconds: probeDelay,
                    },
                  }),
            },
          ],
        },
      },
      ...spec,
    },
  };
}

const endpoints = (c: TestCluster) =>
  c
    .list<EndpointSlice>('EndpointSlice', 'default')
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web')
    .flatMap((s) => s.endpoints ?? []);
const readyEndpoints = (c: TestCluster): number =>
  endpoints(c).filter((e) => e.conditions?.ready).length;
/** The ReplicaSets (by pod-template-hash) behind the ready endpoints. */
const readyHashes = (c: TestCluster): Set<string> =>
  new Set(
    endpoints(c)
      .filter((e) => e.conditions?.ready)
      .map((e) => e.targetRef?.name?.split('-')[1] ?? ''),
  );

const status = (c: TestCluster) => c.get<Deployment>('Deployment', 'default', 'web')!.status!;
const replicaSets = (c: TestCluster) =>
  c
    .list<ReplicaSet>('ReplicaSet', 'default')
    .map((rs) => `${rs.spec.template.spec?.containers?.[0]?.image}:${rs.spec.replicas}`)
    .sort();

describe('a rolling update with maxSurge 1, maxUnavailable 0 on 4 replicas', () => {
  it('waits for each new Pod to be ready and never has fewer than 4 ready endpoints', () => {
    const c = testCluster();
    c.apply(service('web'), web('nginx:1.27', {}, 10));
    c.advance(10);
    c.settle();
    expect(readyEndpoints(c)).toBe(4);
    const seen: number[] = [];
    let mixed = false;
    const watch = () => {
      seen.push(readyEndpoints(c));
      mixed ||= readyHashes(c).size === 2;
    };
    c.apply(web('nginx:1.28', {}, 10));
    watch();
    expect(replicaSets(c)).toEqual(['nginx:1.27:4', 'nginx:1.28:1']);
    expect(status(c)).toMatchObject({ replicas: 5, updatedReplicas: 1, availableReplicas: 4 });
    // Nothing more until the surge Pod's readiness probe passes 10 s later.
    expect(c.settle()).toEqual([]);
    for (let i = 0; i < 4; i++) {
      c.advance(10);
      watch();
      c.settle();
      watch();
    }
    expect(replicaSets(c)).toEqual(['nginx:1.27:0', 'nginx:1.28:4']);
    expect(status(c)).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
    expect(status(c).conditions?.find((x) => x.type === 'Progressing')?.reason).toBe(
      'NewReplicaSetAvailable',
    );
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(4);
    // Old and new Pods served side by side during the rollout; terminating ones were not ready.
    expect(mixed).toBe(true);
    expect(endpoints(c).filter((e) => e.conditions?.terminating).length).toBeGreaterThan(0);
    c.advance(30);
    expect(nextWakeUp(c.snapshot)).toBeUndefined();
  });

  it('waits minReadySeconds after readiness before counting a Pod available', () => {
    const c = testCluster();
    c.apply(web('nginx:1.27', { minReadySeconds: 5 }));
    c.advance(5);
    c.settle();
    expect(status(c).availableReplicas).toBe(4);
    c.apply(web('nginx:1.28', { minReadySeconds: 5 }));
    c.settle();
    expect(replicaSets(c)).toEqual(['nginx:1.27:4', 'nginx:1.28:1']);
    c.advance(5);
    c.settle();
    expect(replicaSets(c)).toEqual(['nginx:1.27:3', 'nginx:1.28:2']);
  });

  it('reports ProgressDeadlineExceeded when no step succeeds within progressDeadlineSeconds', () => {
    const c = testCluster();
    c.apply(web('nginx:1.27', { progressDeadlineSeconds: 60 }));
    c.apply(web('nginx:1.28', { progressDeadlineSeconds: 60 }, 3600));
    c.advance(59);
    expect(status(c).conditions?.find((x) => x.type === 'Progressing')?.reason).toBe(
      'ReplicaSetUpdated',
    );
    c.advance(1);
    expect(status(c).conditions?.find((x) => x.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: expect.stringMatching(/^ReplicaSet "web-\w+" has timed out progressing\.$/),
    });
  });
});

it('a paused Deployment makes no ReplicaSet for a new template until it is resumed', () => {
  const c = testCluster();
  c.apply(web('nginx:1.27'));
  c.apply(web('nginx:1.28', { paused: true }));
  expect(replicaSets(c)).toEqual(['nginx:1.27:4']);
  expect(status(c).conditions?.find((x) => x.type === 'Progressing')?.reason).toBe(
    'DeploymentPaused',
  );
  c.apply(web('nginx:1.28', { paused: false }));
  expect(replicaSets(c)).toEqual(['nginx:1.27:4', 'nginx:1.28:1']);
});

it('Recreate scales the old ReplicaSet to 0 and starts new Pods only once the old ones are gone', () => {
  const c = testCluster();
  const recreate = { strategy: { type: 'Recreate' } };
  c.apply(web('nginx:1.27', recreate));
  c.apply(web('nginx:1.28', recreate));
  c.settle();
  expect(replicaSets(c)).toEqual(['nginx:1.27:0', 'nginx:1.28:0']);
  c.advance(30);
  c.settle();
  expect(replicaSets(c)).toEqual(['nginx:1.27:0', 'nginx:1.28:4']);
});

it('undo: the earlier template brings its ReplicaSet back with the next revision', () => {
  const c = testCluster();
  c.apply(web('nginx:1.27'));
  c.apply(web('nginx:1.28'));
  c.settle();
  c.apply(web('nginx:1.27'));
  c.settle();
  const revisions = c
    .list<ReplicaSet>('ReplicaSet', 'default')
    .map(
      (rs) =>
        `${rs.spec.template.spec?.containers?.[0]?.image}@${rs.metadata.annotations?.['deployment.kubernetes.io/revision']}`,
    )
    .sort();
  expect(revisions).toEqual(['nginx:1.27@3', 'nginx:1.28@2']);
  expect(replicaSets(c)).toEqual(['nginx:1.27:4', 'nginx:1.28:0']);
});
