/** Shared helpers for the admission, controller and bootstrap specs. */
import type { KubeObject } from '@app/kube';
import { DEFAULT_CLUSTER_CONFIG, type ClusterConfig } from '../cluster-config';
import type { AdmissionContext } from '../ports/context';
import type { ClusterSnapshot } from '../snapshot';
import { bootstrapCluster } from '../bootstrap/bootstrap-cluster';
import { admit, type AdmitOptions } from './admit';
import { applyAdmission } from './cluster-state';
import type { AdmissionResult, EventRecord, WriteOp } from './write-op';
import { advanceClock, nextWakeUp } from '../lifecycle/clock';
import { clusterTime } from '../runtime';

/** A fixed clock and counting UIDs ("uid-0001", …). */
export function fakeContext(at = '2026-01-01T00:00:00Z'): AdmissionContext {
  let n = 0;
  return { now: () => new Date(at), newUid: () => `uid-${String(++n).padStart(4, '0')}` };
}

export interface TestCluster {
  snapshot: ClusterSnapshot;
  ctx: AdmissionContext;
  /** Applies the objects (op apply) and keeps the new snapshot; returns the admission result. */
  apply(...objects: KubeObject[]): AdmissionResult;
  run(...ops: WriteOp[]): AdmissionResult;
  /** Steps the cluster clock (POST /clock) and keeps the new snapshot. */
  advance(seconds: number): AdmissionResult;
  /** Runs the clock's due work (rollout steps…) until nothing is due now; returns its events. */
  settle(): EventRecord[];
  get<T extends KubeObject>(kind: string, namespace: string, name: string): T | undefined;
  list<T extends KubeObject>(kind: string, namespace?: string): T[];
}

export function testCluster(
  overrides: Partial<ClusterConfig> = {},
  options: AdmitOptions = {},
): TestCluster {
  const config = { ...DEFAULT_CLUSTER_CONFIG, ...overrides };
  const ctx = fakeContext();
  const boot = bootstrapCluster(config, ctx);
  const cluster: TestCluster = {
    snapshot: applyAdmission({ config, revision: 0, objects: [] }, boot),
    ctx,
    apply: (...objects) =>
      cluster.run(...objects.map((object) => ({ op: 'apply' as const, object }))),
    run: (...ops) => {
      const result = admit(cluster.snapshot, ops, ctx, options);
      cluster.snapshot = applyAdmission(cluster.snapshot, result);
      return result;
    },
    advance: (seconds) => {
      const result = advanceClock(cluster.snapshot, ctx, seconds, options);
      cluster.snapshot = applyAdmission(cluster.snapshot, result);
      return result;
    },
    settle: () => {
      const events: EventRecord[] = [];
      for (let i = 0; i < 1000; i++) {
        const due = nextWakeUp(cluster.snapshot);
        if (!due || due > clusterTime(cluster.snapshot.runtime, ctx.now())) return events;
        events.push(...cluster.advance(0).events);
      }
      throw new Error('the cluster never settles');
    },
    get: <T extends KubeObject>(kind: string, namespace: string, name: string) =>
      cluster.snapshot.objects.find(
        (o) =>
          o.kind === kind && (o.metadata.namespace ?? '') === namespace && o.metadata.name === name,
      ) as T | undefined,
    list: <T extends KubeObject>(kind: string, namespace?: string) =>
      cluster.snapshot.objects.filter(
        (o) => o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace),
      ) as T[],
  };
  return cluster;
}

export const pod = (
  name: string,
  labels: Record<string, string> = { app: name },
  extra: Partial<KubeObject> = {},
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels },
  spec: {
    containers: [
      { name: 'app', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }] },
    ],
  },
  ...extra,
});

export const service = (
  name: string,
  spec: Record<string, unknown> = {},
  namespace = 'default',
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace },
  spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 80 }], ...spec },
});

export const deployment = (
  name: string,
  replicas: number,
  image = 'nginx:1.27',
  labels: Record<string, string> = { app: name },
): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        containers: [{ name: 'app', image, ports: [{ name: 'http', containerPort: 8080 }] }],
      },
    },
  },
});
