/**
 * The filters and scores of kube-scheduler's default profile that decide where a sandbox Pod can
 * run (pkg/scheduler/framework/plugins: nodeunschedulable, tainttoleration, nodeaffinity,
 * noderesources, interpodaffinity), with their FitError reasons word for word. One reason per
 * node: the first filter that fails, in the profile's order.
 */
import { matchesLabelSelector, type LabelSelector, type Pod } from '@app/kube';
import type { NodeView } from './node-view';

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | string;
}

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal' | string;
  value?: string;
  effect?: string;
}

interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt' | string;
  values?: string[];
}
interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}
interface PodAffinityTerm {
  labelSelector?: LabelSelector;
  namespaces?: string[];
  topologyKey: string;
}
interface Affinity {
  nodeAffinity?: {
    requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: NodeSelectorTerm[] };
    preferredDuringSchedulingIgnoredDuringExecution?: Array<{
      weight: number;
      preference: NodeSelectorTerm;
    }>;
  };
  podAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[] };
  podAntiAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[] };
}

export const UNSCHEDULABLE = 'node(s) were unschedulable';
export const SELECTOR_MISMATCH = "node(s) didn't match Pod's node affinity/selector";
export const TOO_MANY_PODS = 'Too many pods';
export const POD_AFFINITY_MISMATCH = "node(s) didn't match pod affinity rules";
export const POD_ANTI_AFFINITY_MISMATCH = "node(s) didn't match pod anti-affinity rules";
export const EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
const untolerated = (t: Taint) => `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`;

const UNSCHEDULABLE_TAINT: Taint = {
  key: 'node.kubernetes.io/unschedulable',
  effect: 'NoSchedule',
};
const NOT_READY_TAINT: Taint = { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' };

export const taintsOf = (view: NodeView): Taint[] =>
  ((view.node.spec as { taints?: Taint[] } | undefined)?.taints ?? []).filter(
    (t) => t && typeof t.key === 'string',
  );
const affinityOf = (pod: Pod): Affinity | undefined =>
  (pod.spec as { affinity?: Affinity }).affinity ?? undefined;
const tolerationsOf = (pod: Pod): Toleration[] =>
  ((pod.spec as { tolerations?: Toleration[] }).tolerations ?? []).filter(Boolean);

/** v1helper.ToleratesTaint. */
export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if ((t.key ?? '') !== '' && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return (t.key ?? '') !== '' && (t.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint no toleration covers (TaintToleration Filter). */
export function untoleratedTaint(pod: Pod, taints: readonly Taint[]): Taint | undefined {
  const tolerations = tolerationsOf(pod);
  return taints.find(
    (taint) =>
      (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') &&
      !tolerations.some((t) => tolerates(t, taint)),
  );
}

function matchesRequirement(req: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const n = Number(value);
      const bound = Number(values[0]);
      if (value === undefined || !Number.isInteger(n) || !Number.isInteger(bound)) return false;
      return req.operator === 'Gt' ? n > bound : n < bound;
    }
    default:
      return false;
  }
}

/** A node selector term: all its expressions (labels) and fields (metadata.name) match. */
function matchesTerm(term: NodeSelectorTerm, view: NodeView): boolean {
  const labels = view.node.metadata.labels ?? {};
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return (
    exprs.every((r) => matchesRequirement(r, labels[r.key])) &&
    fields.every((r) => r.key === 'metadata.name' && matchesRequirement(r, view.name))
  );
}

/** NodeAffinity Filter: nodeSelector AND (any of the required node selector terms). */
function matchesNodeAffinity(pod: Pod, view: NodeView): boolean {
  const selector = pod.spec.nodeSelector as Record<string, string> | undefined;
  const labels = view.node.metadata.labels ?? {};
  if (selector && Object.entries(selector).some(([k, v]) => labels[k] !== v)) return false;
  const terms =
    affinityOf(pod)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms;
  return !terms || terms.some((t) => matchesTerm(t, view));
}

/** NodeAffinity Score: the weights of the preferred terms the node matches. */
export function preferredScore(pod: Pod, view: NodeView): number {
  const preferred =
    affinityOf(pod)?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return preferred.reduce(
    (n, p) => n + (p?.preference && matchesTerm(p.preference, view) ? (p.weight ?? 0) : 0),
    0,
  );
}

/** Whether an existing Pod is selected by a term of `owner` (namespaces default to owner's). */
function selects(term: PodAffinityTerm, owner: Pod, other: Pod): boolean {
  const namespaces = term.namespaces?.length
    ? term.namespaces
    : [owner.metadata.namespace ?? 'default'];
  return (
    namespaces.includes(other.metadata.namespace ?? 'default') &&
    matchesLabelSelector(term.labelSelector ?? null, other.metadata.labels)
  );
}

/** What InterPodAffinity needs: the Pods on nodes, by node name. */
export interface PlacedPods {
  byNode: ReadonlyMap<string, readonly Pod[]>;
  /** Placed Pods that carry required anti-affinity terms (the symmetric check). */
  withAntiAffinity: readonly Pod[];
}

const topologyValue = (view: NodeView | undefined, key: string): string | undefined =>
  view?.node.metadata.labels?.[key];

/**
 * InterPodAffinity Filter, required terms only, checked in upstream's order: the node's topology
 * domain (the value of the term's topologyKey label) must hold a Pod each affinity term selects
 * (or none exists anywhere and the Pod selects itself), no Pod an anti-affinity term selects, and
 * no placed Pod whose own anti-affinity term selects this Pod. Returns the FitError reason.
 */
export function interPodAffinityReason(
  pod: Pod,
  view: NodeView,
  nodes: readonly NodeView[],
  placed: PlacedPods,
): string | undefined {
  const viewByName = new Map(nodes.map((n) => [n.name, n]));
  const sameDomain = (key: string, other: Pod): boolean => {
    const mine = topologyValue(view, key);
    return (
      mine !== undefined && topologyValue(viewByName.get(other.spec.nodeName ?? ''), key) === mine
    );
  };
  const affinity = affinityOf(pod);
  const all = () => [...placed.byNode.values()].flat();
  for (const t of affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
    const matching = all().filter((o) => selects(t, pod, o));
    if (matching.length === 0 && selects(t, pod, pod)) continue;
    if (!matching.some((o) => sameDomain(t.topologyKey, o))) return POD_AFFINITY_MISMATCH;
  }
  for (const t of affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (all().some((o) => selects(t, pod, o) && sameDomain(t.topologyKey, o)))
      return POD_ANTI_AFFINITY_MISMATCH;
  }
  for (const existing of placed.withAntiAffinity) {
    const terms =
      affinityOf(existing)?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (terms?.some((t) => selects(t, existing, pod) && sameDomain(t.topologyKey, existing)))
      return EXISTING_ANTI_AFFINITY;
  }
  return undefined;
}

/**
 * The first filter that rejects the node for the Pod, in the default profile's order, or
 * undefined when the Pod fits: NodeUnschedulable (spec.unschedulable, unless the Pod tolerates
 * node.kubernetes.io/unschedulable), TaintToleration (a not-ready node counts as tainted
 * node.kubernetes.io/not-ready), NodeAffinity, NodeResourcesFit (pods), InterPodAffinity.
 */
export function filterReason(
  pod: Pod,
  view: NodeView,
  running: number,
  nodes: readonly NodeView[],
  placed: () => PlacedPods,
): string | undefined {
  const cordoned = Boolean(view.node.spec?.unschedulable);
  if (cordoned && !tolerationsOf(pod).some((t) => tolerates(t, UNSCHEDULABLE_TAINT)))
    return UNSCHEDULABLE;
  const taints = view.ready ? taintsOf(view) : [...taintsOf(view), NOT_READY_TAINT];
  const taint = untoleratedTaint(pod, taints);
  if (taint) return untolerated(taint);
  if (!view.podCIDR) return UNSCHEDULABLE;
  if (!matchesNodeAffinity(pod, view)) return SELECTOR_MISMATCH;
  if (running >= view.podCapacity) return TOO_MANY_PODS;
  const affinity = affinityOf(pod);
  const needsPods =
    affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length ||
    affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length ||
    placed().withAntiAffinity.length;
  return needsPods ? interPodAffinityReason(pod, view, nodes, placed()) : undefined;
}

/** Whether a Pod carries required anti-affinity terms (kept in an index for the symmetric check). */
export const hasRequiredAntiAffinity = (pod: Pod): boolean =>
  Boolean(affinityOf(pod)?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length);
