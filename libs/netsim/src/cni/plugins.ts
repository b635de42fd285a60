/**
 * What each supported CNI plugin does with pod traffic, as its own documentation describes it:
 * Calico (docs.tigera.io "Overlay networking": IP-in-IP or VXLAN between node IPs, routes
 * distributed by BGP), Cilium (docs.cilium.io "Routing": VXLAN tunnel mode, eBPF datapath),
 * Weave Net ("fast datapath" VXLAN in the kernel, falling back to the userspace "sleeve"),
 * Flannel (vxlan backend, the flannel.1 device; no NetworkPolicy support).
 */
import type { NetworkPlugin } from '../cluster-config';

export interface PluginDescription {
  name: NetworkPlugin;
  /** calico, cilium and weave implement NetworkPolicy; flannel does not. */
  enforcesNetworkPolicy: boolean;
  /** How pod packets cross between nodes. */
  overlay: string;
  /** The device a packet leaves a node through for another node's pod. */
  tunnelDevice: string;
  /** How two pods on one node reach each other. */
  sameNode: string;
}

const PLUGINS: Record<NetworkPlugin, PluginDescription> = {
  calico: {
    name: 'calico',
    enforcesNetworkPolicy: true,
    overlay:
      'IP-in-IP (or VXLAN) encapsulation between node IPs, with routes to each node’s pod CIDR distributed by BGP',
    tunnelDevice: 'tunl0',
    sameNode: 'a host route to the destination’s cali* veth interface (no bridge)',
  },
  cilium: {
    name: 'cilium',
    enforcesNetworkPolicy: true,
    overlay: 'a VXLAN tunnel between node IPs, with policy and forwarding done by eBPF programs',
    tunnelDevice: 'cilium_vxlan',
    sameNode: 'eBPF redirect between the pods’ lxc* veth interfaces',
  },
  weave: {
    name: 'weave',
    enforcesNetworkPolicy: true,
    overlay:
      'Weave’s fast datapath (in-kernel VXLAN) between node IPs, falling back to the sleeve (userspace UDP) overlay',
    tunnelDevice: 'vxlan-6784',
    sameNode: 'the weave bridge joining the pods’ veth interfaces',
  },
  flannel: {
    name: 'flannel',
    enforcesNetworkPolicy: false,
    overlay: 'VXLAN encapsulation between node IPs through the flannel.1 device',
    tunnelDevice: 'flannel.1',
    sameNode: 'the cni0 bridge joining the pods’ veth interfaces',
  },
};

/**
 * The behaviour of `plugin`: whether it enforces NetworkPolicy and how it carries pod traffic.
 * Unknown names are refused at cluster creation, so every NetworkPlugin has an entry.
 */
export function describePlugin(plugin: NetworkPlugin): PluginDescription {
  return PLUGINS[plugin];
}

export interface CrossNodePath {
  sameNode: boolean;
  plugin: NetworkPlugin;
  srcNode: string;
  dstNode: string;
  srcNodeIP?: string;
  dstNodeIP?: string;
  /** One learner sentence for the hop. */
  description: string;
}

/**
 * The hop a pod-to-pod packet takes under `plugin`: on one node, the plugin's local path between
 * veth interfaces; between nodes, the plugin's overlay/routing from the source node IP to the
 * destination node IP (IPs taken from `nodeIPs`; a node missing there is named without its IP).
 */
export function crossNodePath(
  srcNode: string,
  dstNode: string,
  plugin: NetworkPlugin,
  nodeIPs: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
  /** The configured datapath's device and how it carries the packet (cni/packet.ts). */
  link?: { device: string; how: string },
): CrossNodePath {
  const ipOf = (node: string): string | undefined =>
    nodeIPs instanceof Map
      ? nodeIPs.get(node)
      : (nodeIPs as Readonly<Record<string, string>>)[node];
  const info = PLUGINS[plugin];
  const srcNodeIP = ipOf(srcNode);
  const dstNodeIP = ipOf(dstNode);
  const named = (node: string, ip: string | undefined): string => (ip ? `${node} (${ip})` : node);
  if (srcNode === dstNode) {
    return {
      sameNode: true,
      plugin,
      srcNode,
      dstNode,
      ...(srcNodeIP && { srcNodeIP, dstNodeIP: srcNodeIP }),
      description: `Both pods run on ${named(srcNode, srcNodeIP)}: ${plugin} delivers the packet locally through ${info.sameNode}.`,
    };
  }
  return {
    sameNode: false,
    plugin,
    srcNode,
    dstNode,
    ...(srcNodeIP && { srcNodeIP }),
    ...(dstNodeIP && { dstNodeIP }),
    description: `The packet leaves ${named(srcNode, srcNodeIP)} for ${named(dstNode, dstNodeIP)} through ${link?.device ?? info.tunnelDevice}: ${plugin} uses ${link?.how ?? info.overlay}.`,
  };
}
