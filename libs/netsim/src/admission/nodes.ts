import { cidrSize, parseCIDR, type Cidr, type Node, type Pod } from '@app/kube';
import type { NodeView } from './node-view';
import { filterReason, preferredScore, TOO_MANY_PODS, type PlacedPods } from './scheduling';
import type { ClusterState } from './cluster-state';

export type { NodeView } from './node-view';

/** The kubelet's --max-pods default, what a Node without allocatable pods reports. */
export const DEFAULT_MAX_PODS = 110;

function podCapacity(node: Node, podCIDR: Cidr | undefined): number {
  const allocatable = (node.status as { allocatable?: Record<string, unknown> } | undefined)
    ?.allocatable?.pods;
  const parsed = Number(allocatable);
  const maxPods =
    allocatable !== undefined && Number.isInteger(parsed) && parsed >= 0
      ? parsed
      : DEFAULT_MAX_PODS;
  if (!podCIDR) return maxPods;
  const size = cidrSize(podCIDR);
  // Network, gateway (.1) and broadcast are not handed out (Allocations.podRangeBounds).
  return Math.min(maxPods, size >= 4 ? size - 3 : size);
}

export const ZONE_LABEL = 'topology.kubernetes.io/zone';

/** The cluster's nodes in creation order (node-1 first for a bootstrapped cluster). */
export function nodeViews(state: ClusterState): NodeView[] {
  return state.list<Node>('Node').map((node, index) => {
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    const cidrText = node.spec?.podCIDR ?? node.spec?.podCIDRs?.[0];
    const podCIDR = cidrText ? parseCIDR(cidrText) : undefined;
    return {
      node,
      name: node.metadata.name ?? '',
      index,
      internalIP: node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address,
      podCIDR,
      zone: node.metadata.labels?.[ZONE_LABEL],
      schedulable: ready && !node.spec?.unschedulable && podCIDR !== undefined,
      ready,
      podCapacity: podCapacity(node, podCIDR),
    };
  });
}

/** Where the sandbox scheduler put a Pod, or upstream's FitError message when nowhere fits. */
export type SchedulingResult = { node: NodeView } | { failure: string };

// What DefaultPreemption says per node: resource shortage might free up by evicting lower-priority
// Pods, but every sandbox Pod has the same priority; the other filters cannot be fixed by eviction.
const NO_VICTIMS = 'No preemption victims found for incoming pod';
const NOT_HELPFUL = 'Preemption is not helpful for scheduling';

/** "2 Too many pods, 1 node(s) were unschedulable" sorted as FitError.Error sorts them. */
function histogram(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort()
    .join(', ');
}

/**
 * The sandbox scheduler (pkg/scheduler: filters, then a score, then FitError on no fit):
 * - filters (scheduling.ts filterReason) in the default profile's order: NodeUnschedulable,
 *   TaintToleration, NodeAffinity (nodeSelector and required node affinity), NodeResourcesFit
 *   ("Too many pods" against podCapacity), InterPodAffinity (required pod (anti-)affinity);
 * - among the nodes left, the highest preferred node-affinity weight, then the one running the
 *   fewest Pods, then the earliest node: a reproducible stand-in for kube-scheduler's scores;
 * - none left: `0/N nodes are available: <count reason, … sorted>. preemption: 0/N nodes are
 *   available: <count No preemption victims found for incoming pod | Preemption is not helpful
 *   for scheduling>.`, or `no nodes available to schedule pods` when the cluster has no Node.
 */
export function scheduleOnto(
  nodes: readonly NodeView[],
  podsPerNode: ReadonlyMap<string, number>,
  pod: Pod,
  placed: () => PlacedPods = () => ({ byNode: new Map(), withAntiAffinity: [] }),
): SchedulingResult {
  if (nodes.length === 0) return { failure: 'no nodes available to schedule pods' };
  let best: { node: NodeView; score: number; running: number } | undefined;
  const reasons: string[] = [];
  for (const n of nodes) {
    const running = podsPerNode.get(n.name) ?? 0;
    const reason = filterReason(pod, n, running, nodes, placed);
    if (reason) {
      reasons.push(reason);
      continue;
    }
    const score = preferredScore(pod, n);
    if (!best || score > best.score || (score === best.score && running < best.running))
      best = { node: n, score, running };
  }
  if (best) return { node: best.node };
  const preemption = reasons.map((r) => (r === TOO_MANY_PODS ? NO_VICTIMS : NOT_HELPFUL));
  const total = nodes.length;
  return {
    failure: `0/${total} nodes are available: ${histogram(reasons)}. preemption: 0/${total} nodes are available: ${histogram(preemption)}.`,
  };
}
