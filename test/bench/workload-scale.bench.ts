/**
 * Workload scale benchmark (issue 11): what `replicas: 100000` costs admission now that it is
 * bounded — the ReplicaSet creates Pods up to the object quota (10,000 by default), the scheduler
 * leaves those beyond 110 per node Pending, and the rest is one FailedCreate. Baseline, in the
 * same run: a Deployment of 100 replicas on the same cluster, per Pod. The ratio (cost per Pod
 * at the quota / cost per Pod at 100) shows the bound is linear, with no search that grows with
 * the cluster; the generated-name search is timed on its own against a filling name space.
 * Seeded and deterministic (fixed clock, counted uids, revision-seeded names).
 *
 * Run: node -r @swc-node/register test/bench/workload-scale.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { KubeObject } from '@app/kube';
import {
  DEFAULT_CLUSTER_CONFIG,
  admit,
  applyAdmission,
  bootstrapCluster,
  generateName,
  seededRandom,
  type AdmissionContext,
  type ClusterSnapshot,
} from '@app/netsim';

const QUOTA = 10_000;
const HUGE = 100_000;
const BASELINE_REPLICAS = 100;
const ROUNDS = 5;

const context = (): AdmissionContext => {
  let n = 0;
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    newUid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
};

const deployment = (replicas: number): KubeObject =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }],
        },
      },
    },
  }) as KubeObject;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median ms of admitting the Deployment with `replicas` on a fresh 3-node cluster, and Pods made. */
function admitOnce(snapshot: ClusterSnapshot, replicas: number): { ms: number; pods: number } {
  const t0 = performance.now();
  const result = admit(snapshot, [{ op: 'apply', object: deployment(replicas) }], context(), {
    maxObjects: QUOTA,
  });
  const ms = performance.now() - t0;
  return { ms, pods: result.upserts.filter((o) => o.kind === 'Pod').length };
}

export function run(): { perPodRatio: number; hugeMs: number } {
  const config = { ...DEFAULT_CLUSTER_CONFIG, nodes: 3 };
  const snapshot = applyAdmission(
    { config, revision: 0, objects: [] },
    bootstrapCluster(config, context()),
  );
  admitOnce(snapshot, BASELINE_REPLICAS); // warm-up
  admitOnce(snapshot, HUGE);

  const base = Array.from({ length: ROUNDS }, () => admitOnce(snapshot, BASELINE_REPLICAS));
  const huge = Array.from({ length: ROUNDS }, () => admitOnce(snapshot, HUGE));
  const basePerPod = median(base.map((b) => b.ms / b.pods));
  const hugeMs = median(huge.map((h) => h.ms));
  const hugePerPod = hugeMs / huge[0].pods;
  const perPodRatio = hugePerPod / basePerPod;

  // The name search alone: 100,000 names under one prefix, each checked against all taken so far.
  const taken = new Set<string>();
  const random = seededRandom('bench');
  const n0 = performance.now();
  for (let i = 0; i < 100_000; i++)
    taken.add(generateName('web-7d4b9c8f5-', random, (n) => taken.has(n)));
  const nameUs = ((performance.now() - n0) * 1000) / 100_000;

  console.log(`workload scale: Deployment on 3 nodes (110 pods each), object quota ${QUOTA}`);
  console.log(
    `  baseline  replicas ${BASELINE_REPLICAS}: ${median(base.map((b) => b.ms)).toFixed(1)} ms, ${(basePerPod * 1000).toFixed(1)} µs/pod`,
  );
  console.log(
    `  replicas ${HUGE}: ${hugeMs.toFixed(0)} ms for ${huge[0].pods} pods (quota reached, rest FailedCreate), ${(hugePerPod * 1000).toFixed(1)} µs/pod`,
  );
  console.log(`  ratio     ${perPodRatio.toFixed(2)}× the baseline's cost per pod (1 = linear)`);
  console.log(
    `  names     100,000 generated under one prefix: ${nameUs.toFixed(2)} µs each, ${taken.size} distinct`,
  );
  return { perPodRatio, hugeMs };
}

if (require.main === module) run();
