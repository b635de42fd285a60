/** The stored shape of a cluster's datapath options (validated in datapath-options.ts). */
export const ENCAP_MODES = ['Always', 'CrossSubnet', 'Never'] as const;
export type EncapMode = (typeof ENCAP_MODES)[number];
export const NODE_SUBNETS = ['single', 'per-zone'] as const;
export type NodeSubnets = (typeof NODE_SUBNETS)[number];

export interface CalicoDatapath {
  ipipMode: EncapMode;
  vxlanMode: EncapMode;
  wireguard: boolean;
}
export interface FlannelDatapath {
  backend: 'vxlan' | 'host-gw';
  vni: number;
  port: number;
}
export interface CiliumDatapath {
  routingMode: 'tunnel' | 'native';
  tunnelProtocol: 'vxlan' | 'geneve';
  kubeProxyReplacement: boolean;
  wireguard: boolean;
}
export interface WeaveDatapath {
  fastDatapath: boolean;
  /** True when a password was given (WEAVE_PASSWORD); the password itself is never stored. */
  encryption: boolean;
}

/** The stored, defaulted datapath: shared fields plus the section of the cluster's plugin. */
export interface DatapathOptions {
  /**
   * 'single': every node on 172.18.0.0/16 (one L2 segment, as kind's bridge). 'per-zone': each
   * zone's nodes on their own /24 behind a router, so Calico's CrossSubnet, flannel's host-gw
   * and Cilium's native routing have something to decide.
   */
  nodeSubnets: NodeSubnets;
  /** MTU of the nodes' eth0 (the underlay). */
  hostMTU: number;
  /** The MTU the plugin gives Pods; absent: the plugin's own choice (host MTU minus overhead). */
  podMTU?: number;
  calico?: CalicoDatapath;
  flannel?: FlannelDatapath;
  cilium?: CiliumDatapath;
  weave?: WeaveDatapath;
}
