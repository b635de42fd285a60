/**
 * The semantic diff of two NetworkPolicy sets over one cluster, after np-guard's
 * netpol-analyzer `diff` (pkg/netpol/diff/diff.go): which connections — source, destination,
 * protocol and port — one set allows and the other denies, for every pair of pods and for the
 * addresses outside the cluster, grouped into classes that read as sentences ("any Pod in any
 * namespace → role=backend in namespace default on TCP port 80").
 *
 * Bounded: at most MAX_MATRIX_PODS pods, and at most MAX_DIFF_WORK rule tests (counted before
 * any is made); over either bound the caller gets a BadRequest naming the limit.
 */
import { KubeError, KubeErrorCode } from '@app/kube';
import type { NetworkPolicy } from '@app/kube';
import { compilePolicies } from '../netpol/compile';
import type { CompiledPolicies, CompilePoliciesInput } from '../netpol/types';
import { MAX_MATRIX_PODS } from '../reachability/trace-context';
import {
  ConnectionSets,
  describeConnections,
  protocolPorts,
  type ProtocolPorts,
} from './connection-set';
import { EndpointDescriber, type EndpointSetDescription } from './describe-endpoints';
import {
  connectionWork,
  externalRanges,
  PolicyConnections,
  type AddressRange,
} from './policy-connections';

/** Rule tests one diff may make (both sets together): about a second of work. */
export const MAX_DIFF_WORK = 50_000_000;
/** Classes one answer lists by default (the rest are counted). */
export const DEFAULT_MAX_DIFF_CLASSES = 100;

/** added: denied by `from`, allowed by `to`; removed: allowed by `from`, denied by `to`. */
export type DiffChange = 'added' | 'removed';

export interface PolicyDiffClass {
  change: DiffChange;
  from: EndpointSetDescription;
  to: EndpointSetDescription;
  /** The connections that changed, identical for every pair of the class. */
  connections: ProtocolPorts[];
  /** "TCP port 80", "every port and protocol", "every port and protocol except UDP port 53". */
  connectionsText: string;
  /** "any Pod in any namespace → role=backend in namespace default on TCP port 80". */
  summary: string;
  /** Source-destination pairs in the class. */
  pairs: number;
}

export interface PolicyDiff {
  /** No connection differs. */
  identical: boolean;
  /** Pairs (source, destination) whose allowed connections differ. */
  changedPairs: number;
  /** Largest classes first; at most `maxClasses`. */
  classes: PolicyDiffClass[];
  totalClasses: number;
  truncated: boolean;
  /** False on a plugin that ignores NetworkPolicy: the diff says what the policies would do. */
  enforced: boolean;
  /** Pods and external address ranges compared. */
  endpoints: { pods: number; externalRanges: number };
}

export interface PolicyDiffOptions {
  /** Also compare connections with addresses outside the cluster (default true). */
  external?: boolean;
  maxClasses?: number;
}

/** One differing cell, for callers that check the classes against matrices. */
export interface DiffCell {
  source: number;
  destination: number;
  change: DiffChange;
  connection: number;
}

/**
 * The diff of `from` and `to`, two compilations over the same pods and namespaces (throws a
 * RangeError otherwise). Identical sets give `identical: true` and no classes. Classes are
 * rectangles (every source with every destination) that share one change and one connection
 * set; within such a group pairs are cut by destination or by source, whichever makes fewer.
 */
export function diffCompiledPolicies(
  from: CompiledPolicies,
  to: CompiledPolicies,
  options: PolicyDiffOptions = {},
): PolicyDiff & { sets: ConnectionSets; cells: DiffCell[]; externals: AddressRange[] } {
  if (from.pods !== to.pods && from.pods.length !== to.pods.length)
    throw new RangeError('both policy sets must be compiled over the same pods');
  const n = from.pods.length;
  if (n > MAX_MATRIX_PODS) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the diff would compare ${n} Pods (${n}² pairs); at most ${MAX_MATRIX_PODS} are compared at once`,
    );
  }
  const externals = options.external === false ? [] : externalRanges([from, to]);
  const endpoints = n + externals.length;
  const work = connectionWork(from, endpoints) + connectionWork(to, endpoints);
  if (work > MAX_DIFF_WORK) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the diff would make ${work} rule tests, more than ${MAX_DIFF_WORK}: compare fewer policies or a smaller cluster`,
    );
  }
  const sets = new ConnectionSets();
  const a = new PolicyConnections(from, sets, externals);
  const b = new PolicyConnections(to, sets, externals);
  const cells: DiffCell[] = [];
  for (let s = 0; s < endpoints; s++) {
    const rowA = a.row(s);
    const rowB = b.row(s);
    for (let d = 0; d < endpoints; d++) {
      if (rowA[d] === rowB[d]) continue;
      const added = sets.subtract(rowB[d], rowA[d]);
      const removed = sets.subtract(rowA[d], rowB[d]);
      if (added !== sets.none)
        cells.push({ source: s, destination: d, change: 'added', connection: added });
      if (removed !== sets.none)
        cells.push({ source: s, destination: d, change: 'removed', connection: removed });
    }
  }
  const describer = new EndpointDescriber(from.pods, externals);
  const classes = groupCells(cells, sets, describer);
  const max = options.maxClasses ?? DEFAULT_MAX_DIFF_CLASSES;
  const changedPairs = new Set(cells.map((c) => c.source * endpoints + c.destination)).size;
  return {
    identical: cells.length === 0,
    changedPairs,
    classes: classes.slice(0, max),
    totalClasses: classes.length,
    truncated: classes.length > max,
    enforced: from.enforced,
    endpoints: { pods: n, externalRanges: externals.length },
    sets,
    cells,
    externals,
  };
}

/**
 * diffCompiledPolicies over a cluster's pods and namespaces (`base`, policyInputOf without its
 * policies) with `from` and `to` as its NetworkPolicies, leaving out the internals.
 */
export function diffPolicySets(
  base: Omit<CompilePoliciesInput, 'policies'>,
  from: readonly NetworkPolicy[],
  to: readonly NetworkPolicy[],
  options: PolicyDiffOptions = {},
): PolicyDiff {
  const a = compilePolicies({ ...base, policies: from });
  const b = compilePolicies({ ...base, policies: to });
  const {
    sets: _sets,
    cells: _cells,
    externals: _externals,
    ...diff
  } = diffCompiledPolicies(a, { ...b, pods: a.pods }, options);
  return diff;
}

function groupCells(
  cells: readonly DiffCell[],
  sets: ConnectionSets,
  describer: EndpointDescriber,
): PolicyDiffClass[] {
  const groups = new Map<string, DiffCell[]>();
  for (const c of cells) {
    const key = `${c.change}:${c.connection}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: PolicyDiffClass[] = [];
  for (const group of groups.values()) {
    const { change, connection } = group[0];
    const byDestination = rectangles(
      group,
      (c) => c.destination,
      (c) => c.source,
    );
    const bySource = rectangles(
      group,
      (c) => c.source,
      (c) => c.destination,
    );
    const chosen =
      byDestination.length <= bySource.length
        ? byDestination.map((r) => ({ sources: r.others, destinations: r.keys }))
        : bySource.map((r) => ({ sources: r.keys, destinations: r.others }));
    const connectionsText = describeConnections(sets, connection);
    for (const r of chosen) {
      const fromSet = describer.describe(r.sources);
      const toSet = describer.describe(r.destinations);
      out.push({
        change,
        from: fromSet,
        to: toSet,
        connections: protocolPorts(sets.get(connection)),
        connectionsText,
        summary: `${fromSet.description} → ${toSet.description} on ${connectionsText}`,
        pairs: r.sources.length * r.destinations.length,
      });
    }
  }
  return out.sort(
    (x, y) =>
      y.pairs - x.pairs || x.change.localeCompare(y.change) || x.summary.localeCompare(y.summary),
  );
}

/** Keys sharing one identical list of others, as (keys × others) rectangles. */
function rectangles(
  cells: readonly DiffCell[],
  keyOf: (c: DiffCell) => number,
  otherOf: (c: DiffCell) => number,
): Array<{ keys: number[]; others: number[] }> {
  const othersByKey = new Map<number, number[]>();
  for (const c of cells) {
    const list = othersByKey.get(keyOf(c));
    if (list) list.push(otherOf(c));
    else othersByKey.set(keyOf(c), [otherOf(c)]);
  }
  const byOthers = new Map<string, { keys: number[]; others: number[] }>();
  for (const [key, others] of othersByKey) {
    others.sort((x, y) => x - y);
    const sig = others.join(',');
    const r = byOthers.get(sig);
    if (r) r.keys.push(key);
    else byOthers.set(sig, { keys: [key], others });
  }
  for (const r of byOthers.values()) r.keys.sort((x, y) => x - y);
  return [...byOthers.values()];
}
