/** A cluster's networking configuration, fixed at creation (docs/architecture.md, "Semantics"). */
import type { DatapathOptions } from './cni/datapath-types';

export const NETWORK_PLUGINS = ['calico', 'cilium', 'weave', 'flannel'] as const;
export type NetworkPlugin = (typeof NETWORK_PLUGINS)[number];

export const PROXY_MODES = ['iptables', 'ipvs'] as const;
export type ProxyMode = (typeof PROXY_MODES)[number];

export const INGRESS_CONTROLLERS = ['none', 'ingress-nginx'] as const;
export type IngressControllerName = (typeof INGRESS_CONTROLLERS)[number];

/** Gateway API implementations the sandbox models (`none`: the kinds are stored, nothing programs them). */
export const GATEWAY_CONTROLLERS = ['none', 'envoy-gateway'] as const;
export type GatewayControllerName = (typeof GATEWAY_CONTROLLERS)[number];

export interface ClusterConfig {
  nodes: number;
  networkPlugin: NetworkPlugin;
  proxyMode: ProxyMode;
  serviceCIDR: string;
  podCIDR: string;
  clusterDomain: string;
  /** "min-max", inclusive, as kube-apiserver's --service-node-port-range. */
  nodePortRange: string;
  /** Pool for LoadBalancer ingress IPs (a documentation range by default). */
  loadBalancerCIDR: string;
  ingressController: IngressControllerName;
  /** The plugin's encapsulation, routing, MTU and encryption (docs/cni-datapath.md); absent in
   * clusters stored before it existed, which get the plugin's defaults. */
  datapath?: DatapathOptions;
  /**
   * kubeadm's control-plane taint on node-1 (node-role.kubernetes.io/control-plane:NoSchedule):
   * Pods without a toleration then run on the other nodes. Off by default, so node counts and
   * addresses that labs quote stay as they are.
   */
  controlPlaneTaint: boolean;
  /** Absent in clusters created before Gateway API was modelled: read as 'none'. */
  gatewayController?: GatewayControllerName;
}

export const DEFAULT_CLUSTER_CONFIG: ClusterConfig = {
  nodes: 2,
  networkPlugin: 'calico',
  proxyMode: 'iptables',
  serviceCIDR: '10.96.0.0/12',
  podCIDR: '10.244.0.0/16',
  clusterDomain: 'cluster.local',
  nodePortRange: '30000-32767',
  loadBalancerCIDR: '203.0.113.0/24',
  ingressController: 'none',
  controlPlaneTaint: false,
  gatewayController: 'none',
};
