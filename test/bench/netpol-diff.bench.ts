/**
 * NetworkPolicy diff benchmark (issue 17): 1,000 pods in 20 namespaces, two sets of 150 varied
 * policies sharing half of them (seeded, deterministic). Times the semantic diff — every pair,
 * every port and protocol, grouped into classes — against the baseline of what a caller would do
 * without it: compile both sets and compute one matrix per set for a single port. Prints the
 * ratio (how many single-port matrix pairs one whole diff costs).
 *
 * Run: node -r @swc-node/register test/bench/netpol-diff.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { compilePolicies, diffCompiledPolicies, reachabilityMatrix } from '@app/netsim';
// The generator lives beside the engine's specs, which use it too.
// eslint-disable-next-line no-restricted-imports
import { syntheticCluster } from '../../libs/netsim/src/netpol/test-support/synthetic-cluster';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => unknown, runs: number): number {
  fn(); // warm up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

export function run(): void {
  const one = syntheticCluster({ pods: 1000, namespaces: 20, policies: 300, seed: 4 });
  const input = { pods: one.pods, namespaces: one.namespaces };
  const setA = one.policies.slice(0, 150);
  const setB = [...one.policies.slice(0, 75), ...one.policies.slice(150, 225)];
  let classes = 0;
  let pairs = 0;
  const diffMs = time(() => {
    const a = compilePolicies({ ...input, policies: setA });
    const b = compilePolicies({ ...input, policies: setB });
    const d = diffCompiledPolicies(a, b, { maxClasses: 1_000_000 });
    classes = d.totalClasses;
    pairs = d.changedPairs;
  }, 3);
  const baselineMs = time(() => {
    for (const policies of [setA, setB])
      reachabilityMatrix(compilePolicies({ ...input, policies }), { port: 80 });
  }, 3);
  console.log(
    `diff of two 150-policy sets over 1000 pods: ${diffMs.toFixed(0)} ms (${pairs} pairs differ, ${classes} classes)`,
  );
  console.log(`baseline, two single-port matrices: ${baselineMs.toFixed(0)} ms`);
  console.log(
    `ratio diff / baseline: ${(diffMs / baselineMs).toFixed(2)} (every port and protocol vs one port)`,
  );
}

if (require.main === module) run();
