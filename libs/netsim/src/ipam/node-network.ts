import { formatCIDR, formatIPv4, parseCIDR, type Cidr } from '@app/kube';

/** The network node IPs live on (kind's docker bridge: gateway 172.18.0.1, node-i at .(i+1)). */
export const NODE_NETWORK_CIDR = '172.18.0.0/16';

/** Each node gets one /24 of the pod CIDR, as kube-controller-manager's --node-cidr-mask-size default. */
export const NODE_POD_CIDR_PREFIX = 24;

const nodeNetwork = parseCIDR(NODE_NETWORK_CIDR) as Cidr;

/** node-i's InternalIP (i starts at 1): 172.18.0.(i+1). */
export const nodeInternalIP = (i: number): string => formatIPv4(nodeNetwork.base + 1 + i);

/** node-i's podCIDR: the i-th /24 of the pod CIDR (10.244.i.0/24 for 10.244.0.0/16). */
export const nodePodCIDR = (podCIDR: Cidr, i: number): string =>
  formatCIDR({
    base: podCIDR.base + i * 2 ** (32 - NODE_POD_CIDR_PREFIX),
    prefix: NODE_POD_CIDR_PREFIX,
  });

/** How many nodes a pod CIDR can serve: its /24 count minus the unused 0th one. */
export const maxNodesFor = (podCIDR: Cidr): number =>
  podCIDR.prefix > NODE_POD_CIDR_PREFIX ? 0 : 2 ** (NODE_POD_CIDR_PREFIX - podCIDR.prefix) - 1;
