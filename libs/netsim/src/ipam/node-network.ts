import { formatCIDR, formatIPv4, parseCIDR, type Cidr } from '@app/kube';

/** The network node IPs live on (kind's docker bridge: gateway 172.18.0.1, node-i at .(i+1)). */
export const NODE_NETWORK_CIDR = '172.18.0.0/16';

/** Each node gets one /24 of the pod CIDR, as kube-controller-manager's --node-cidr-mask-size default. */
export const NODE_POD_CIDR_PREFIX = 24;

const nodeNetwork = parseCIDR(NODE_NETWORK_CIDR) as Cidr;

/** node-i's InternalIP (i starts at 1): 172.18.0.(i+1). */
export const nodeInternalIP = (i: number): string => formatIPv4(nodeNetwork.base + 1 + i);

/** Zones node-i is spread over (topology.kubernetes.io/zone zone-a, zone-b, zone-c in turn). */
export const NODE_ZONES = 3;

/**
 * node-i's eth0 address. 'single' (the default): 172.18.0.(i+1)/16 behind gateway 172.18.0.1,
 * one L2 segment. 'per-zone': zone z (0-based, i-1 mod 3) is 172.18.z.0/24 behind router
 * 172.18.z.1, its nodes from .2 up — nodes of different zones are in different subnets, as in a
 * cloud region, which is what Calico's CrossSubnet mode and flannel's host-gw care about.
 */
export function nodeAddress(
  i: number,
  subnets: 'single' | 'per-zone' = 'single',
): { ip: string; prefix: number; subnet: string; gateway: string } {
  if (subnets === 'single') {
    return {
      ip: nodeInternalIP(i),
      prefix: 16,
      subnet: NODE_NETWORK_CIDR,
      gateway: formatIPv4(nodeNetwork.base + 1),
    };
  }
  const zone = (i - 1) % NODE_ZONES;
  const base = nodeNetwork.base + zone * 256;
  return {
    ip: formatIPv4(base + 2 + Math.floor((i - 1) / NODE_ZONES)),
    prefix: 24,
    subnet: formatCIDR({ base, prefix: 24 }),
    gateway: formatIPv4(base + 1),
  };
}

/** node-i's podCIDR: the i-th /24 of the pod CIDR (10.244.i.0/24 for 10.244.0.0/16). */
export const nodePodCIDR = (podCIDR: Cidr, i: number): string =>
  formatCIDR({
    base: podCIDR.base + i * 2 ** (32 - NODE_POD_CIDR_PREFIX),
    prefix: NODE_POD_CIDR_PREFIX,
  });

/** How many nodes a pod CIDR can serve: its /24 count minus the unused 0th one. */
export const maxNodesFor = (podCIDR: Cidr): number =>
  podCIDR.prefix > NODE_POD_CIDR_PREFIX ? 0 : 2 ** (NODE_POD_CIDR_PREFIX - podCIDR.prefix) - 1;
