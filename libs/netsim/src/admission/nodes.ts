import { cidrSize, matchesSelectorMap, parseCIDR, type Cidr, type Node } from '@app/kube';
import type { ClusterState } from './cluster-state';

/** What scheduling and IPAM need to know about a node. */
export interface NodeView {
  node: Node;
  name: string;
  index: number;
  internalIP?: string;
  podCIDR?: Cidr;
  zone?: string;
  schedulable: boolean;
  /**
   * Pods the node can hold: status.allocatable.pods (the kubelet's maxPods, 110 by default), and
   * never more than its podCIDR has addresses, so the scheduler never places a Pod the CNI
   * could not address (GKE sizes maxPods from the range the same way).
   */
  podCapacity: number;
}

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
      podCapacity: podCapacity(node, podCIDR),
    };
  });
}

/** Where the sandbox scheduler put a Pod, or upstream's FitError message when nowhere fits. */
export type SchedulingResult = { node: NodeView } | { failure: string };

// Filter reasons as the scheduler plugins word them (NodeUnschedulable, NodeAffinity, NodeResourcesFit).
const UNSCHEDULABLE = 'node(s) were unschedulable';
const SELECTOR_MISMATCH = "node(s) didn't match Pod's node affinity/selector";
const TOO_MANY_PODS = 'Too many pods';
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
 * - filters in upstream plugin order: Ready and not spec.unschedulable with a podCIDR
 *   (NodeUnschedulable), labels matching the nodeSelector (NodeAffinity), fewer Pods than
 *   podCapacity (NodeResourcesFit "Too many pods");
 * - among the nodes left, the one running the fewest Pods; ties go to the earliest node, a
 *   reproducible stand-in for kube-scheduler's balanced-allocation/spreading scores;
 * - none left: `0/N nodes are available: <count reason, … sorted>. preemption: 0/N nodes are
 *   available: <count No preemption victims found for incoming pod | Preemption is not helpful
 *   for scheduling>.`, or `no nodes available to schedule pods` when the cluster has no Node.
 */
export function scheduleOnto(
  nodes: readonly NodeView[],
  podsPerNode: ReadonlyMap<string, number>,
  nodeSelector: Record<string, string> | undefined,
): SchedulingResult {
  if (nodes.length === 0) return { failure: 'no nodes available to schedule pods' };
  let best: NodeView | undefined;
  const reasons: string[] = [];
  for (const n of nodes) {
    const running = podsPerNode.get(n.name) ?? 0;
    if (!n.schedulable) reasons.push(UNSCHEDULABLE);
    else if (
      nodeSelector &&
      Object.keys(nodeSelector).length &&
      !matchesSelectorMap(nodeSelector, n.node.metadata.labels)
    )
      reasons.push(SELECTOR_MISMATCH);
    else if (running >= n.podCapacity) reasons.push(TOO_MANY_PODS);
    else if (!best || running < (podsPerNode.get(best.name) ?? 0)) best = n;
  }
  if (best) return { node: best };
  const preemption = reasons.map((r) => (r === TOO_MANY_PODS ? NO_VICTIMS : NOT_HELPFUL));
  const total = nodes.length;
  return {
    failure: `0/${total} nodes are available: ${histogram(reasons)}. preemption: 0/${total} nodes are available: ${histogram(preemption)}.`,
  };
}
