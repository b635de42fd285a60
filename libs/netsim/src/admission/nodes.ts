import { matchesSelectorMap, parseCIDR, type Cidr, type Node } from '@app/kube';
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
    };
  });
}

/**
 * The sandbox scheduler: among Ready, schedulable nodes with a podCIDR whose labels match the
 * Pod's nodeSelector, the one running the fewest Pods; ties go to the earliest node. A stand-in for
 * kube-scheduler's NodeResourcesBalancedAllocation/spreading scores that is reproducible.
 */
export function pickNode(
  nodes: readonly NodeView[],
  podsPerNode: ReadonlyMap<string, number>,
  nodeSelector: Record<string, string> | undefined,
): NodeView | undefined {
  let best: NodeView | undefined;
  for (const n of nodes) {
    if (!n.schedulable) continue;
    if (
      nodeSelector &&
      Object.keys(nodeSelector).length &&
      !matchesSelectorMap(nodeSelector, n.node.metadata.labels)
    )
      continue;
    if (!best || (podsPerNode.get(n.name) ?? 0) < (podsPerNode.get(best.name) ?? 0)) best = n;
  }
  return best;
}
