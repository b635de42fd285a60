/**
 * Cluster clock benchmark (issue 15): what the clock costs a cluster where nothing waits. An idle
 * cluster has no wake-up (so the API holds no timer and runs no tick); what remains is the one
 * `nextWakeUp` scan per revision. Baseline, in the same run: admitting one small write (a
 * Service) to the same 2,000-Pod cluster, which every revision costs anyway. Ratios printed:
 * nextWakeUp / write, and a stray tick (advanceClock with nothing due) / write.
 * Seeded and deterministic (fixed clock, counted uids, revision-seeded names).
 *
 * Run: node -r @swc-node/register test/bench/cluster-clock.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { KubeObject } from '@app/kube';
import {
  DEFAULT_CLUSTER_CONFIG,
  admit,
  advanceClock,
  applyAdmission,
  bootstrapCluster,
  nextWakeUp,
  type AdmissionContext,
  type ClusterSnapshot,
} from '@app/netsim';

const REPLICAS = 2_000;
const ROUNDS = 15;

const context = (): AdmissionContext => {
  let n = 0;
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    newUid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
};

const deployment: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: REPLICAS,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
    },
  },
} as KubeObject;

const service = (name: string): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector: { app: name }, ports: [{ port: 80 }] },
  }) as KubeObject;

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export function run(): { wakeUpRatio: number; tickRatio: number } {
  const config = { ...DEFAULT_CLUSTER_CONFIG, nodes: 20 };
  let snapshot: ClusterSnapshot = applyAdmission(
    { config, revision: 0, objects: [] },
    bootstrapCluster(config, context()),
  );
  snapshot = applyAdmission(
    snapshot,
    admit(
      snapshot,
      [
        { op: 'apply', object: deployment },
        { op: 'apply', object: service('web') },
      ],
      context(),
    ),
  );
  const pods = snapshot.objects.filter((o) => o.kind === 'Pod').length;
  if (nextWakeUp(snapshot) !== undefined) throw new Error('an idle cluster must not wake up');

  const write = median(() =>
    admit(snapshot, [{ op: 'apply', object: service('other') }], context()),
  );
  const wakeUp = median(() => nextWakeUp(snapshot));
  const tick = median(() => {
    const result = advanceClock(snapshot, context(), 0);
    if (result.upserts.length || result.deletes.length)
      throw new Error('a tick changed an idle cluster');
  });
  const wakeUpRatio = wakeUp / write;
  const tickRatio = tick / write;
  console.log(
    `idle cluster: ${snapshot.objects.length} objects, ${pods} Pods; nextWakeUp: none (no timer, no tick)`,
  );
  console.log(`baseline one-Service write: ${write.toFixed(2)} ms (median of ${ROUNDS})`);
  console.log(
    `nextWakeUp scan, once per revision: ${wakeUp.toFixed(2)} ms, ratio ${wakeUpRatio.toFixed(3)}`,
  );
  console.log(`stray tick with nothing due: ${tick.toFixed(2)} ms, ratio ${tickRatio.toFixed(3)}`);
  return { wakeUpRatio, tickRatio };
}

if (require.main === module) run();
