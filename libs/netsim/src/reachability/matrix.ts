import { matchesLabelSelector } from '@app/kube';
import type { LabelSelector, Protocol } from '@app/kube';
import {
  emptyBitset,
  fullBitset,
  hasBit,
  members,
  orAndInto,
  orInto,
  wordsFor,
  type Bitset,
} from '../netpol/bitset';
import { resolveProbe, rulePortsAllow, type ResolvedProbe } from '../netpol/evaluate';
import type { CompiledPolicies, CompiledRule, PodRef } from '../netpol/types';

export interface MatrixQuery {
  port: number | string;
  /** TCP when omitted. */
  protocol?: Protocol;
  /** Restrict rows and columns (policies still see every pod). */
  podFilter?:
    { namespaces?: readonly string[]; selector?: LabelSelector } | ((pod: PodRef) => boolean);
}

export interface ReachabilityMatrix {
  /** "namespace/name", in the order of the compiled pods. */
  pods: string[];
  /** allowed[source][destination]: the NetworkPolicy verdict, as `evaluate` gives it. */
  allowed: boolean[][];
  /** False when the plugin ignores NetworkPolicy: every pair then passes whatever `allowed` says. */
  enforced: boolean;
}

/**
 * The pod-to-pod truth table for one port and protocol — the e2e suite's `Reachability` grid
 * (kubernetes test/e2e/network/netpol/reachability.go), row = source, column = destination.
 * Agrees cell by cell with `evaluate(compiled, {from: s, to: d, port, protocol}).allowed`.
 *
 * Computed from the compiled bitsets without re-evaluating selectors: for every policy rule, the
 * destinations whose ports admit the probe (named ports resolved per destination); then each
 * isolated destination ORs the peer sets of the rules that select it (who may send to it) and
 * each isolated source ORs peer ∩ port-admitted sets (where it may send). A cell is the AND of
 * the two, or true on the diagonal (a pod talking to itself is never blocked).
 */
export function reachabilityMatrix(
  compiled: CompiledPolicies,
  query: MatrixQuery,
): ReachabilityMatrix {
  const protocol: Protocol = query.protocol ?? 'TCP';
  const { pods } = compiled;
  const size = pods.length;
  const words = wordsFor(size);

  const probes: ResolvedProbe[] = new Array(size);
  for (let d = 0; d < size; d++) probes[d] = resolveProbe(compiled, d, query.port, protocol);
  const all = fullBitset(size);
  const none = emptyBitset(size);
  // Destinations whose port the rule admits; shared `all`/`none` when it cannot vary per pod.
  const portTargets = (rule: CompiledRule): Bitset => {
    if (!rule.ports) return all;
    const perPod = typeof query.port === 'string' || rule.ports.some((p) => p.name !== undefined);
    if (!perPod)
      return rulePortsAllow(
        rule,
        probes[0] ?? { number: query.port as number, names: [] },
        protocol,
      )
        ? all
        : none;
    const set = emptyBitset(size);
    for (let d = 0; d < size; d++)
      if (rulePortsAllow(rule, probes[d], protocol)) set[d >>> 5] |= 1 << (d & 31);
    return set;
  };

  // inFrom[d]: sources d's ingress admits; outTo[s]: destinations s's egress admits.
  const inFrom = new Uint32Array(size * words);
  const outTo = new Uint32Array(size * words);
  const ingressIsolated = new Uint8Array(size);
  const egressIsolated = new Uint8Array(size);

  for (const policy of compiled.policies) {
    if (!policy.ingress && !policy.egress) continue;
    const selected = members(policy.selected);
    if (selected.length === 0) continue;
    if (policy.ingress) {
      for (const d of selected) ingressIsolated[d] = 1;
      for (const rule of policy.ingress) {
        const targets = portTargets(rule);
        for (const d of selected) {
          if (!hasBit(targets, d)) continue;
          orInto(inFrom.subarray(d * words, (d + 1) * words), rule.peerPods);
        }
      }
    }
    if (policy.egress) {
      for (const s of selected) egressIsolated[s] = 1;
      for (const rule of policy.egress) {
        const targets = portTargets(rule);
        for (const s of selected) {
          orAndInto(outTo.subarray(s * words, (s + 1) * words), rule.peerPods, targets);
        }
      }
    }
  }

  const keep = filterIndexes(compiled, query.podFilter);
  const allowed: boolean[][] = new Array(keep.length);
  for (let r = 0; r < keep.length; r++) {
    const s = keep[r];
    const row: boolean[] = new Array(keep.length);
    const out = egressIsolated[s] === 1 ? outTo.subarray(s * words, (s + 1) * words) : all;
    const sWord = s >>> 5;
    const sBit = 1 << (s & 31);
    for (let c = 0; c < keep.length; c++) {
      const d = keep[c];
      if (d === s) {
        row[c] = true;
        continue;
      }
      const egressOk = (out[d >>> 5] & (1 << (d & 31))) !== 0;
      row[c] = egressOk && (ingressIsolated[d] === 0 || (inFrom[d * words + sWord] & sBit) !== 0);
    }
    allowed[r] = row;
  }
  // Pods sharing one IP (hostNetwork) count as talking to themselves, as `evaluate` says.
  const byIp = new Map<number, number[]>();
  keep.forEach((i, position) => {
    const ip = compiled.podIps[i];
    if (Number.isNaN(ip)) return;
    const list = byIp.get(ip);
    if (list) list.push(position);
    else byIp.set(ip, [position]);
  });
  byIp.forEach((positions) => {
    if (positions.length < 2) return;
    for (const r of positions) for (const c of positions) allowed[r][c] = true;
  });

  return {
    pods: keep.map((i) => `${pods[i].namespace}/${pods[i].name}`),
    allowed,
    enforced: compiled.enforced,
  };
}

function filterIndexes(compiled: CompiledPolicies, filter: MatrixQuery['podFilter']): number[] {
  const out: number[] = [];
  compiled.pods.forEach((pod, i) => {
    if (!filter) out.push(i);
    else if (typeof filter === 'function') {
      if (filter(pod)) out.push(i);
    } else if (
      (!filter.namespaces || filter.namespaces.includes(pod.namespace)) &&
      (!filter.selector ||
        matchesLabelSelector(filter.selector, pod.labels as Record<string, string>))
    ) {
      out.push(i);
    }
  });
  return out;
}
