import type { Cidr, Node } from '@app/kube';

/** What scheduling and IPAM need to know about a node. */
export interface NodeView {
  node: Node;
  name: string;
  index: number;
  internalIP?: string;
  podCIDR?: Cidr;
  zone?: string;
  schedulable: boolean;
  /** The Ready condition is True (a not-ready node counts as tainted node.kubernetes.io/not-ready). */
  ready: boolean;
  /**
   * Pods the node can hold: status.allocatable.pods (the kubelet's maxPods, 110 by default), and
   * never more than its podCIDR has addresses, so the scheduler never places a Pod the CNI
   * could not address (GKE sizes maxPods from the range the same way).
   */
  podCapacity: number;
}
