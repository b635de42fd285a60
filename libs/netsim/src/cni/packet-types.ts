/** The shape of a delivery's packet evidence (built in packet.ts, worded in explain/explain-packet.ts). */
import type { Encryption, Route } from './datapath';

export interface PacketHeader {
  src: string;
  dst: string;
  protocol: string;
  dstPort?: number;
}

export interface PacketChange {
  /** kube-proxy's iptables/IPVS rules, or Cilium's eBPF service load balancer. */
  by: 'kube-proxy' | 'cilium-ebpf';
  action: 'DNAT' | 'SNAT';
  field: 'destination' | 'source';
  from: string;
  to: string;
}

export interface PacketEvidence {
  /** Where the Pod's packet goes after the sending node's route. */
  mode: 'local' | 'encapsulated' | 'routed' | 'unroutable';
  /** False when no route delivers it (the packet is lost on the way). */
  delivered: boolean;
  fromNode: string;
  toNode: string;
  /** The two nodes' eth0 addresses and the destination node's pod CIDR. */
  nodes: { fromIP: string; toIP: string; toPodCIDR: string };
  /** The packet as the source sent it, before any rewrite. */
  original: PacketHeader;
  changes: PacketChange[];
  /** The packet as it leaves the sending node (after the rewrites): the inner packet when wrapped. */
  inner: PacketHeader;
  outer?: PacketHeader & { encapsulation: string; udpPort?: number; vni?: number | string };
  encryption?: Encryption;
  route: { node: string; line: string } & Route;
  mtu: { pod: number; host: number; overhead: number; largestPacket: number; fits: boolean };
  reason: string;
  /** How the plugin carries it, as a phrase after "<plugin> uses …" (explain/explain-packet.ts). */
  how: string;
  /** The evidence in sentences (explain/explain-packet.ts). */
  summary: string;
}
