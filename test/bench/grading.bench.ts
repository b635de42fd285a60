/**
 * Grading benchmark (issue 7): grades a built-in exercise against a cluster of about 500
 * objects — the exercise's setup and reference solution plus many extra namespaces, Pods and
 * Services (their EndpointSlices and Endpoints are derived by admission) — and prints the time
 * per grade, cold (Simulation.build for the revision + grade, what the first grading of a new
 * revision costs) and warm (grade on an already-built Simulation). The baseline, measured in the
 * same process, is the same exercise graded on its small cluster (setup + solution only).
 * Target: well under a second per grade.
 *
 * Run: node -r @swc-node/register test/bench/grading.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { KubeObject } from '@app/kube';
import { Simulation, type ClusterSnapshot, type WriteOp } from '@app/netsim';
import {
  admitInto,
  deterministicContext,
  findBuiltInExercise,
  grade,
  simulateExercise,
} from '@app/grading';

const SLUG = process.argv[2] ?? 'netpol-default-deny';
const TARGET_OBJECTS = 500;
const RUNS = 30;

function extraObjects(namespaces: number, podsPerNs: number, servicesPerNs: number): KubeObject[] {
  const out: KubeObject[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n}`;
    out.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { team: String(n) } },
    });
    for (let p = 0; p < podsPerNs; p++) {
      out.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `app-${p}`,
          namespace: ns,
          labels: { app: `app-${p % servicesPerNs}`, tier: p % 2 ? 'web' : 'api' },
        },
        spec: {
          containers: [
            { name: 'main', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] },
          ],
        },
      } as KubeObject);
    }
    for (let s = 0; s < servicesPerNs; s++) {
      out.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `app-${s}`, namespace: ns },
        spec: {
          selector: { app: `app-${s}` },
          ports: [{ name: 'http', port: 80, targetPort: 'http' }],
        },
      } as KubeObject);
    }
    out.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'web-only', namespace: ns },
      spec: {
        podSelector: { matchLabels: { tier: 'api' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'web' } } }] }],
      },
    } as KubeObject);
  }
  return out;
}

function time(label: string, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) fn();
  const ms = (performance.now() - start) / RUNS;
  console.log(`${label.padEnd(48)} ${ms.toFixed(2).padStart(8)} ms/grade`);
  return ms;
}

export function run(): void {
  const exercise = findBuiltInExercise(SLUG);
  if (!exercise) throw new Error(`no built-in exercise ${SLUG}`);
  const spec = exercise.parsed;
  const ctx = deterministicContext();
  const small: ClusterSnapshot = simulateExercise(spec, exercise.solution, ctx).snapshot;

  // Grow the cluster in one request until it holds about TARGET_OBJECTS objects.
  let big = small;
  for (let namespaces = 1; big.objects.length < TARGET_OBJECTS; namespaces++) {
    const ops: WriteOp[] = extraObjects(namespaces, 18, 6).map((object) => ({
      op: 'apply',
      object,
    }));
    big = admitInto(small, ops, ctx);
  }
  const counts = new Map<string, number>();
  for (const o of big.objects) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  console.log(
    `exercise ${SLUG}: ${spec.checks.length} checks (${spec.checks.map((c) => c.kind).join(', ')})`,
  );
  console.log(
    `small cluster: ${small.objects.length} objects; big cluster: ${big.objects.length} objects`,
  );
  console.log(`  ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  const bigSim = Simulation.build(big);
  const smallSim = Simulation.build(small);
  const check = grade(spec, bigSim);
  if (!check.passed)
    throw new Error(
      `the solution should pass on the big cluster too: ${JSON.stringify(check.checks.filter((c) => !c.passed))}`,
    );

  const baseCold = time('baseline (small cluster): build + grade', () =>
    grade(spec, Simulation.build(small)),
  );
  const baseWarm = time('baseline (small cluster): grade', () => grade(spec, smallSim));
  const cold = time(`${big.objects.length}-object cluster: build + grade`, () =>
    grade(spec, Simulation.build(big)),
  );
  const warm = time(`${big.objects.length}-object cluster: grade`, () => grade(spec, bigSim));
  console.log(
    `ratio big/small: cold ${(cold / baseCold).toFixed(1)}x, warm ${(warm / baseWarm).toFixed(1)}x`,
  );

  let worst = { slug: '', ms: 0 };
  for (const e of [
    findBuiltInExercise('ingress-path-routing'),
    findBuiltInExercise('netpol-egress-dns'),
    findBuiltInExercise('env-vars-ham-and-eggs'),
  ]) {
    if (!e) continue;
    const snap = simulateExercise(e.parsed, e.solution, deterministicContext()).snapshot;
    const grown = admitInto(
      snap,
      extraObjects(Math.ceil((TARGET_OBJECTS - snap.objects.length) / 36), 18, 6).map((object) => ({
        op: 'apply',
        object,
      })),
      ctx,
    );
    const ms = time(`${e.slug} on ${grown.objects.length} objects: build + grade`, () =>
      grade(e.parsed, Simulation.build(grown)),
    );
    if (ms > worst.ms) worst = { slug: e.slug, ms };
  }
  const verdict = Math.max(cold, worst.ms) < 1000 ? 'OK' : 'TOO SLOW';
  console.log(
    `target: well under 1000 ms per grade — ${verdict} (worst ${Math.max(cold, worst.ms).toFixed(2)} ms)`,
  );
}

if (require.main === module) run();
