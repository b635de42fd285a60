/**
 * NetworkPolicy matrix benchmark (issue 4): 1,000 pods in 20 namespaces with 300 varied policies
 * (seeded, deterministic). Times the compiled engine (compile + matrix, and matrix alone) against
 * a straightforward evaluator kept here as the baseline, which re-evaluates every selector per
 * pair and per policy; asserts both truth tables are identical and prints the ratio.
 *
 * Run: node -r @swc-node/register test/bench/netpol-matrix.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { cidrContains, matchesLabelSelector, parseCIDR } from '@app/kube';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, Protocol } from '@app/kube';
import { compilePolicies, reachabilityMatrix } from '@app/netsim';
import type { NamespaceRef, PodRef } from '@app/netsim';
// The generator lives beside the engine's specs, which use it too.
// eslint-disable-next-line no-restricted-imports
import { syntheticCluster } from '../../libs/netsim/src/netpol/test-support/synthetic-cluster';

const PORT = 80;
const PROTOCOL: Protocol = 'TCP';

// ---- baseline: per pair, per policy, selectors evaluated on the spot ----

function policyTypes(policy: NetworkPolicy): string[] {
  if (policy.spec.policyTypes && policy.spec.policyTypes.length > 0) return policy.spec.policyTypes;
  return (policy.spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function peerMatches(
  peer: NetworkPolicyPeer,
  policyNs: string,
  other: PodRef,
  nsLabels: Map<string, Record<string, string>>,
): boolean {
  if (peer.ipBlock) {
    const cidr = parseCIDR(peer.ipBlock.cidr);
    const ip = ipNumber(other.ip);
    if (!cidr || ip === undefined || !cidrContains(cidr, ip)) return false;
    return !(peer.ipBlock.except ?? []).some((e) => {
      const c = parseCIDR(e);
      return !!c && cidrContains(c, ip);
    });
  }
  if (peer.namespaceSelector) {
    if (!matchesLabelSelector(peer.namespaceSelector, nsLabels.get(other.namespace) ?? {}))
      return false;
    return matchesLabelSelector(peer.podSelector ?? {}, other.labels as Record<string, string>);
  }
  if (peer.podSelector) {
    return (
      other.namespace === policyNs &&
      matchesLabelSelector(peer.podSelector, other.labels as Record<string, string>)
    );
  }
  return false;
}

function ipNumber(ip: string): number | undefined {
  const parts = ip.split('.').map(Number);
  return parts.length === 4
    ? ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0
    : undefined;
}

function portMatches(ports: NetworkPolicyPort[] | undefined, dst: PodRef): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== PROTOCOL) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') {
      return dst.ports.some(
        (c) => c.name === p.port && c.containerPort === PORT && (c.protocol ?? 'TCP') === PROTOCOL,
      );
    }
    return p.endPort !== undefined ? PORT >= p.port && PORT <= p.endPort : PORT === p.port;
  });
}

function directionAllows(
  direction: 'Ingress' | 'Egress',
  subject: PodRef,
  other: PodRef,
  dst: PodRef,
  policies: readonly NetworkPolicy[],
  nsLabels: Map<string, Record<string, string>>,
): boolean {
  let isolated = false;
  for (const policy of policies) {
    const ns = policy.metadata.namespace ?? 'default';
    if (ns !== subject.namespace || !policyTypes(policy).includes(direction)) continue;
    if (!matchesLabelSelector(policy.spec.podSelector, subject.labels as Record<string, string>))
      continue;
    isolated = true;
    const rules =
      direction === 'Ingress'
        ? (policy.spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports }))
        : (policy.spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports }));
    for (const rule of rules) {
      const peerOk =
        !rule.peers ||
        rule.peers.length === 0 ||
        rule.peers.some((p) => peerMatches(p, ns, other, nsLabels));
      if (peerOk && portMatches(rule.ports, dst)) return true;
    }
  }
  return !isolated;
}

export function baselineMatrix(
  pods: readonly PodRef[],
  namespaces: readonly NamespaceRef[],
  policies: readonly NetworkPolicy[],
): boolean[][] {
  const nsLabels = new Map(namespaces.map((n) => [n.name, n.labels as Record<string, string>]));
  return pods.map((src, s) =>
    pods.map((dst, d) => {
      if (s === d || src.ip === dst.ip) return true;
      return (
        directionAllows('Egress', src, dst, dst, policies, nsLabels) &&
        directionAllows('Ingress', dst, src, dst, policies, nsLabels)
      );
    }),
  );
}

// ---- run ----

export interface BenchResult {
  engineMs: number;
  compileMs: number;
  matrixMs: number;
  baselineMs: number;
  ratio: number;
  identical: boolean;
  deniedPairs: number;
}

export function run(): BenchResult {
  const cluster = syntheticCluster({ pods: 1000, namespaces: 20, policies: 300, seed: 20240604 });

  // Warm-up so both sides are measured with JIT-compiled code.
  reachabilityMatrix(compilePolicies(cluster), { port: PORT, protocol: PROTOCOL });
  baselineMatrix(cluster.pods.slice(0, 100), cluster.namespaces, cluster.policies);

  const runs = 5;
  let compileMs = Infinity;
  let matrixMs = Infinity;
  let engineMs = Infinity;
  let engine: boolean[][] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const compiled = compilePolicies(cluster);
    const t1 = performance.now();
    engine = reachabilityMatrix(compiled, { port: PORT, protocol: PROTOCOL }).allowed;
    const t2 = performance.now();
    compileMs = Math.min(compileMs, t1 - t0);
    matrixMs = Math.min(matrixMs, t2 - t1);
    engineMs = Math.min(engineMs, t2 - t0);
  }

  const b0 = performance.now();
  const baseline = baselineMatrix(cluster.pods, cluster.namespaces, cluster.policies);
  const baselineMs = performance.now() - b0;

  let identical = true;
  let deniedPairs = 0;
  for (let s = 0; s < baseline.length; s++) {
    for (let d = 0; d < baseline.length; d++) {
      if (baseline[s][d] !== engine[s][d]) identical = false;
      if (!engine[s][d]) deniedPairs++;
    }
  }
  const ratio = baselineMs / engineMs;
  console.log(
    `netpol matrix: ${cluster.pods.length} pods, ${cluster.namespaces.length} namespaces, ${cluster.policies.length} policies, port ${PORT}/${PROTOCOL}`,
  );
  console.log(
    `  engine   ${engineMs.toFixed(1)} ms (compile ${compileMs.toFixed(1)} ms + matrix ${matrixMs.toFixed(1)} ms; best of ${runs})`,
  );
  console.log(
    `  baseline ${baselineMs.toFixed(1)} ms (per pair, per policy, selectors re-evaluated)`,
  );
  console.log(
    `  ratio    ${ratio.toFixed(1)}x   identical: ${identical}   denied pairs: ${deniedPairs} of ${baseline.length ** 2}`,
  );
  if (!identical) throw new Error('engine and baseline matrices differ');
  return { engineMs, compileMs, matrixMs, baselineMs, ratio, identical, deniedPairs };
}

if (require.main === module) run();
