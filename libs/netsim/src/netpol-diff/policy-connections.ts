/**
 * Every connection one compiled NetworkPolicy set allows between every pair of endpoints — the
 * connectivity map np-guard's netpol-analyzer builds (`pkg/netpol/eval` AllAllowedConnections)
 * before it diffs two of them — as ConnectionSets ids, row by row.
 *
 * Endpoints are the compiled pods (0…N-1) followed by the external address ranges (N…): the
 * ranges outside the pods cut at every ipBlock boundary of the policies compared, so each range
 * is admitted or not as a whole. Same semantics as `evaluate` and `reachabilityMatrix`: egress of
 * the source AND ingress of the destination; a non-isolated direction allows everything; a pod
 * to itself (or to a pod sharing its IP) always passes; named ports resolve on the destination
 * pod and match nothing on an external address.
 */
import type { Protocol } from '@app/kube';
import { emptyBitset, hasBit, orInto, type Bitset } from '../netpol/bitset';
import { ipBlockContains } from '../netpol/compile';
import type { CompiledPolicies, CompiledRule, PodIndex } from '../netpol/types';
import { MAX_PORT, MIN_PORT, type ConnectionSets } from './connection-set';

/** An inclusive range of IPv4 addresses as unsigned 32-bit numbers. */
export interface AddressRange {
  lo: number;
  hi: number;
}

const ADDRESS_SPACE_END = 2 ** 32;

/**
 * The external ranges for these compiled sets: 0.0.0.0-255.255.255.255 cut at the first and
 * one-past-last address of every ipBlock CIDR and except entry they hold.
 */
export function externalRanges(compiledSets: readonly CompiledPolicies[]): AddressRange[] {
  const cuts = new Set<number>([0, ADDRESS_SPACE_END]);
  const add = (base: number, prefix: number): void => {
    cuts.add(base);
    cuts.add(base + 2 ** (32 - prefix));
  };
  for (const compiled of compiledSets)
    for (const policy of compiled.policies)
      for (const rule of [...(policy.ingress ?? []), ...(policy.egress ?? [])])
        for (const peer of rule.peers)
          if (peer.ipBlock) {
            add(peer.ipBlock.cidr.base, peer.ipBlock.cidr.prefix);
            for (const e of peer.ipBlock.except) add(e.base, e.prefix);
          }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: AddressRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push({ lo: sorted[i], hi: sorted[i + 1] - 1 });
  return out;
}

/** Rules of one direction merged by the connections they allow: one bit test per group. */
interface RuleGroup {
  conn: number;
  /** Pods the group's rules admit (the union of their peers). */
  peers: Bitset;
  /** External ranges the group's rules admit. */
  externals: Uint8Array;
}

/** The work computing every row costs, counted in rule tests: bounded before computing. */
export function connectionWork(compiled: CompiledPolicies, endpoints: number): number {
  let rules = 0;
  for (const policy of compiled.policies) {
    let selected = 0;
    for (const w of policy.selected) selected += popcount(w);
    rules += selected * ((policy.ingress?.length ?? 0) + (policy.egress?.length ?? 0));
  }
  return endpoints * (rules + endpoints);
}

function popcount(w: number): number {
  let n = w - ((w >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Allowed connections of one compiled set, one source row at a time. */
export class PolicyConnections {
  private readonly n: number;
  /** Per pod: its ingress rules grouped by what they allow on it (undefined: not isolated). */
  private readonly ingressGroups: (RuleGroup[] | undefined)[];
  private readonly ruleConnCache = new Map<CompiledRule, number | Int32Array>();
  private readonly externalAdmitted = new Map<CompiledRule, Uint8Array>();

  constructor(
    private readonly compiled: CompiledPolicies,
    private readonly sets: ConnectionSets,
    private readonly externals: readonly AddressRange[],
  ) {
    this.n = compiled.pods.length;
    // Pods isolated by the same policies share their groups unless a named port is involved.
    const shared = new Map<string, RuleGroup[]>();
    this.ingressGroups = compiled.pods.map((_, d) => {
      const policies = compiled.ingressPoliciesOf[d];
      if (policies.length === 0) return undefined;
      const rules = policies.flatMap((p) => compiled.policies[p].ingress ?? []);
      const named = rules.some((r) => this.hasNamedPort(r));
      const key = policies.join(',');
      if (!named && shared.has(key)) return shared.get(key);
      const groups = this.group(rules.map((rule) => ({ rule, conn: this.ruleConn(rule, d) })));
      if (!named) shared.set(key, groups);
      return groups;
    });
  }

  get endpoints(): number {
    return this.n + this.externals.length;
  }

  /**
   * row[d]: the ConnectionSets id of what endpoint `s` may open to endpoint `d`. Rows of external
   * sources hold `none` towards other external ranges (traffic that never enters the cluster).
   */
  row(s: number): Int32Array {
    const { sets, n } = this;
    const total = this.endpoints;
    const out = new Int32Array(total);
    if (s >= n) {
      for (let d = 0; d < n; d++) out[d] = this.ingress(d, s);
      out.fill(sets.none, n);
      return out;
    }
    const egressPolicies = this.compiled.egressPoliciesOf[s];
    const egressRules = egressPolicies.flatMap((p) => this.compiled.policies[p].egress ?? []);
    const isolated = egressPolicies.length > 0;
    const fixed = this.group(
      egressRules
        .filter((r) => !this.hasNamedPort(r))
        .map((rule) => ({ rule, conn: this.ruleConn(rule, 0) })),
    );
    const named = egressRules.filter((r) => this.hasNamedPort(r));
    const ips = this.compiled.podIps;
    for (let d = 0; d < total; d++) {
      if (d === s || (d < n && !Number.isNaN(ips[s]) && ips[s] === ips[d])) {
        out[d] = sets.all;
        continue;
      }
      let egress = sets.all;
      if (isolated) {
        egress = sets.none;
        for (const g of fixed) if (this.groupAdmits(g, d)) egress = sets.union(egress, g.conn);
        for (const rule of named)
          if (this.admits(rule, d)) egress = sets.union(egress, this.ruleConn(rule, d));
      }
      out[d] = egress === sets.none || d >= n ? egress : sets.intersect(egress, this.ingress(d, s));
    }
    return out;
  }

  /** What pod `d`'s ingress admits from endpoint `s`. */
  private ingress(d: PodIndex, s: number): number {
    const groups = this.ingressGroups[d];
    if (!groups) return this.sets.all;
    let conn = this.sets.none;
    for (const g of groups) if (this.groupAdmits(g, s)) conn = this.sets.union(conn, g.conn);
    return conn;
  }

  private groupAdmits(g: RuleGroup, e: number): boolean {
    return e < this.n ? hasBit(g.peers, e) : g.externals[e - this.n] === 1;
  }

  /** Merges rules allowing the same connections into one group (peers ORed). */
  private group(rules: ReadonlyArray<{ rule: CompiledRule; conn: number }>): RuleGroup[] {
    const byConn = new Map<number, RuleGroup>();
    for (const { rule, conn } of rules) {
      let g = byConn.get(conn);
      if (!g) {
        g = { conn, peers: emptyBitset(this.n), externals: new Uint8Array(this.externals.length) };
        byConn.set(conn, g);
      }
      orInto(g.peers, rule.peerPods);
      const ext = this.externalsOf(rule);
      for (let i = 0; i < ext.length; i++) g.externals[i] |= ext[i];
    }
    return [...byConn.values()];
  }

  private hasNamedPort(rule: CompiledRule): boolean {
    return rule.ports?.some((p) => p.name !== undefined) ?? false;
  }

  /** The rule's peers include endpoint `e` (a pod by bitset, an external range by ipBlock). */
  private admits(rule: CompiledRule, e: number): boolean {
    if (rule.allPeers) return true;
    if (e < this.n) return hasBit(rule.peerPods, e);
    return this.externalsOf(rule)[e - this.n] === 1;
  }

  /** Which external ranges the rule admits: all without peers, else those in an ipBlock. */
  private externalsOf(rule: CompiledRule): Uint8Array {
    let admitted = this.externalAdmitted.get(rule);
    if (!admitted) {
      const out = new Uint8Array(this.externals.length);
      this.externals.forEach((range, i) => {
        if (rule.allPeers) out[i] = 1;
        for (const peer of rule.peers)
          if (peer.ipBlock && ipBlockContains(peer.ipBlock, range.lo)) out[i] = 1;
      });
      this.externalAdmitted.set(rule, out);
      admitted = out;
    }
    return admitted;
  }
  /** The rule's ports on destination endpoint `d` (named ports only resolve on pods). */
  private ruleConn(rule: CompiledRule, d: number): number {
    const cached = this.ruleConnCache.get(rule);
    if (typeof cached === 'number') return cached;
    if (cached) return cached[Math.min(d, this.n)];
    const named = rule.ports?.some((p) => p.name !== undefined) ?? false;
    if (!named) {
      const id = this.portsConn(rule, undefined);
      this.ruleConnCache.set(rule, id);
      return id;
    }
    // One entry per pod, and a last one for every external destination.
    const perPod = new Int32Array(this.n + 1);
    for (let p = 0; p <= this.n; p++) perPod[p] = this.portsConn(rule, p < this.n ? p : undefined);
    this.ruleConnCache.set(rule, perPod);
    return perPod[Math.min(d, this.n)];
  }

  private portsConn(rule: CompiledRule, dst: PodIndex | undefined): number {
    const { sets } = this;
    if (!rule.ports) return sets.all;
    let conn = sets.none;
    for (const entry of rule.ports) {
      const ranges: Array<[number, number]> = [];
      if (entry.name !== undefined) {
        if (dst !== undefined)
          for (const p of this.compiled.pods[dst].ports)
            if (p.name === entry.name && (p.protocol ?? 'TCP') === entry.protocol)
              ranges.push([p.containerPort, p.containerPort]);
      } else if (entry.number === undefined) ranges.push([MIN_PORT, MAX_PORT]);
      else ranges.push([entry.number, entry.endPort ?? entry.number]);
      conn = sets.union(conn, sets.ofProtocol(entry.protocol as Protocol, ranges));
    }
    return conn;
  }
}
