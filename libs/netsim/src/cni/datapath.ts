/**
 * Each plugin's datapath between nodes: for a packet from a Pod on node A to a Pod on node B,
 * whether it is encapsulated (and how: protocol, UDP port, VNI, device, bytes of overhead),
 * routed as is, or has no route; whether it is encrypted; and the MTU Pods get. Every constant
 * is the plugin's documented default (sources in docs/cni-datapath.md):
 * - Calico: IP-in-IP on tunl0 (IP protocol 4, 20 bytes), VXLAN on vxlan.calico (UDP 4789,
 *   VNI 4096, 50 bytes), WireGuard on wireguard.cali (UDP 51820, 60 bytes); CrossSubnet
 *   encapsulates only towards nodes outside the local node's subnet (docs.tigera.io
 *   "Overlay networking", "Configure MTU", FelixConfiguration reference).
 * - Flannel: vxlan on flannel.<VNI> (VNI 1, UDP 8472, 50 bytes); host-gw routes via the peer
 *   node's IP and needs the nodes on one L2 network (flannel Documentation/backends.md).
 * - Cilium: VXLAN (UDP 8472) on cilium_vxlan or Geneve (UDP 6081) on cilium_geneve, 50 bytes
 *   (pkg/mtu TunnelOverhead); native routing with autoDirectNodeRoutes needs one L2 network;
 *   WireGuard on cilium_wg0 (UDP 51871, 80 bytes, pkg/mtu WireguardOverhead).
 * - Weave Net: fast datapath = in-kernel VXLAN on vxlan-6784 (UDP 6784, 50 bytes), sleeve =
 *   the userspace router's UDP 6783; encryption with a password: IPsec ESP (34 more bytes) on
 *   fast datapath, NaCl on sleeve; WEAVE_MTU default 1376 (weave docs "Using Fast Datapath").
 */
import { cidrContains, formatIPv4, parseCIDR, parseIPv4 } from '@app/kube';
import type { ClusterConfig, NetworkPlugin } from '../cluster-config';
import type { ClusterIndex } from '../cluster-index';
import { resolveDatapath, type DatapathOptions } from './datapath-options';

/** One node as the datapath sees it: its eth0 address, subnet, router and pod CIDR. */
export interface NodeNetwork {
  name: string;
  ip: string;
  prefix: number;
  subnet: string;
  gateway: string;
  podCIDR: string;
}

export interface Tunnel {
  /** The encapsulation: IPIP (IP protocol 4), or VXLAN / Geneve over UDP. */
  encapsulation: 'IPIP' | 'VXLAN' | 'Geneve' | 'Weave sleeve';
  protocol: 'IPIP' | 'UDP';
  udpPort?: number;
  /** The VNI (Cilium: the source's security identity; Weave: one per pair of peers). */
  vni?: number | string;
  device: string;
  overhead: number;
}

export interface Encryption {
  protocol: 'WireGuard' | 'IPsec ESP' | 'NaCl';
  device?: string;
  udpPort?: number;
  overhead: number;
}

/** An `ip route` line, structured. */
export interface Route {
  dst: string;
  via?: string;
  dev: string;
  proto?: string;
  scope?: string;
  src?: string;
  onlink?: boolean;
  mtu?: number;
  table?: number;
  /** "blackhole" routes (Calico's own block) carry no device. */
  type?: 'blackhole';
}

/** How node A's packets for a Pod on node B travel. */
export interface NodeLink {
  mode: 'encapsulated' | 'routed' | 'unroutable';
  tunnel?: Tunnel;
  encryption?: Encryption;
  /** The route on node A that matches B's pod CIDR (the default route when none does). */
  route: Route;
  /** Bytes the datapath adds in front of the Pod's packet. */
  overhead: number;
  /** Why this mode, in a phrase ("ipipMode is CrossSubnet and node-2 is on another subnet"). */
  reason: string;
}

const CALICO_VXLAN = { port: 4789, vni: 4096 };
const WEAVE_MTU = 1376;

/** A plugin's datapath in one cluster: options, MTUs and the links between nodes. */
export class Datapath {
  readonly options: ReturnType<typeof resolveDatapath>;
  readonly plugin: NetworkPlugin;
  /** The cluster's whole pod CIDR (Weave routes all of it onto its bridge). */
  readonly podCIDR: string;

  constructor(config: Pick<ClusterConfig, 'networkPlugin' | 'datapath' | 'podCIDR'>) {
    this.plugin = config.networkPlugin;
    this.podCIDR = config.podCIDR;
    this.options = resolveDatapath(config.networkPlugin, config.datapath);
  }

  get hostMTU(): number {
    return this.options.hostMTU;
  }

  /** The largest overhead the plugin may add, which its automatic Pod MTU leaves room for. */
  get maxOverhead(): number {
    const o = this.options;
    switch (this.plugin) {
      case 'calico': {
        const c = o.calico!;
        return Math.max(
          c.ipipMode !== 'Never' ? 20 : 0,
          c.vxlanMode !== 'Never' ? 50 : 0,
          c.wireguard ? 60 : 0,
        );
      }
      case 'flannel':
        return o.flannel!.backend === 'vxlan' ? 50 : 0;
      case 'cilium': {
        const c = o.cilium!;
        return (c.routingMode === 'tunnel' ? 50 : 0) + (c.wireguard ? 80 : 0);
      }
      case 'weave':
        return o.weave!.fastDatapath ? 50 + (o.weave!.encryption ? 34 : 0) : 0;
    }
  }

  /** The MTU of Pods' eth0: the configured podMTU, else the plugin's own choice. */
  get podMTU(): number {
    if (this.options.podMTU !== undefined) return this.options.podMTU;
    if (this.plugin === 'weave') return WEAVE_MTU;
    return this.hostMTU - this.maxOverhead;
  }

  /** Cilium with kube-proxy replacement: Services are eBPF maps, there are no iptables rules. */
  get kubeProxyReplaced(): boolean {
    return this.plugin === 'cilium' && this.options.cilium!.kubeProxyReplacement;
  }

  /** The tunnel device a node has (absent: the plugin routes without one). */
  tunnelDevice(): Tunnel | undefined {
    const o = this.options;
    switch (this.plugin) {
      case 'calico':
        if (o.calico!.vxlanMode !== 'Never')
          return {
            encapsulation: 'VXLAN',
            protocol: 'UDP',
            udpPort: CALICO_VXLAN.port,
            vni: CALICO_VXLAN.vni,
            device: 'vxlan.calico',
            overhead: 50,
          };
        if (o.calico!.ipipMode !== 'Never')
          return { encapsulation: 'IPIP', protocol: 'IPIP', device: 'tunl0', overhead: 20 };
        return undefined;
      case 'flannel': {
        const f = o.flannel!;
        if (f.backend !== 'vxlan') return undefined;
        return {
          encapsulation: 'VXLAN',
          protocol: 'UDP',
          udpPort: f.port,
          vni: f.vni,
          device: `flannel.${f.vni}`,
          overhead: 50,
        };
      }
      case 'cilium': {
        const c = o.cilium!;
        if (c.routingMode !== 'tunnel') return undefined;
        const geneve = c.tunnelProtocol === 'geneve';
        return {
          encapsulation: geneve ? 'Geneve' : 'VXLAN',
          protocol: 'UDP',
          udpPort: geneve ? 6081 : 8472,
          vni: "the source endpoint's security identity",
          device: geneve ? 'cilium_geneve' : 'cilium_vxlan',
          overhead: 50,
        };
      }
      case 'weave':
        return o.weave!.fastDatapath
          ? {
              encapsulation: 'VXLAN',
              protocol: 'UDP',
              udpPort: 6784,
              vni: 'one per pair of Weave peers',
              device: 'vxlan-6784',
              overhead: 50,
            }
          : {
              encapsulation: 'Weave sleeve',
              protocol: 'UDP',
              udpPort: 6783,
              device: 'weave (userspace router)',
              overhead: 0,
            };
    }
  }

  encryption(): Encryption | undefined {
    const o = this.options;
    if (this.plugin === 'calico' && o.calico!.wireguard)
      return { protocol: 'WireGuard', device: 'wireguard.cali', udpPort: 51820, overhead: 60 };
    if (this.plugin === 'cilium' && o.cilium!.wireguard)
      return { protocol: 'WireGuard', device: 'cilium_wg0', udpPort: 51871, overhead: 80 };
    if (this.plugin === 'weave' && o.weave!.encryption)
      return o.weave!.fastDatapath
        ? { protocol: 'IPsec ESP', overhead: 34 }
        : { protocol: 'NaCl', udpPort: 6783, overhead: 0 };
    return undefined;
  }

  private readonly links = new Map<string, NodeLink>();

  /** How `from`'s packets reach Pods on `to` (two different nodes); computed once per pair. */
  link(from: NodeNetwork, to: NodeNetwork): NodeLink {
    const key = `${from.name}\u0000${from.ip}\u0000${to.name}\u0000${to.ip}\u0000${to.podCIDR}`;
    let link = this.links.get(key);
    if (!link) this.links.set(key, (link = this.computeLink(from, to)));
    return link;
  }

  private computeLink(from: NodeNetwork, to: NodeNetwork): NodeLink {
    const sameSubnet = inSubnet(from, to.ip);
    const direct: Route = { dst: to.podCIDR, via: to.ip, dev: 'eth0' };
    const noRoute = (reason: string): NodeLink => ({
      mode: 'unroutable',
      route: { dst: 'default', via: from.gateway, dev: 'eth0' },
      overhead: 0,
      reason,
    });
    const otherSubnet = `${to.name} (${to.ip}) is on another subnet than ${from.name} (${from.subnet})`;
    const o = this.options;
    const enc = this.encryption();
    switch (this.plugin) {
      case 'calico': {
        const c = o.calico!;
        if (enc) {
          // Felix routes encrypted traffic through wireguard.cali (routing table 1).
          return {
            mode: 'encapsulated',
            encryption: enc,
            route: { dst: to.podCIDR, dev: 'wireguard.cali', scope: 'link', table: 1 },
            overhead: enc.overhead,
            reason:
              'WireGuard is enabled, so Felix sends node-to-node Pod traffic through wireguard.cali',
          };
        }
        const mode = c.vxlanMode !== 'Never' ? c.vxlanMode : c.ipipMode;
        const tunnel = this.tunnelDevice();
        const setting = c.vxlanMode !== 'Never' ? 'vxlanMode' : 'ipipMode';
        const encap = tunnel && (mode === 'Always' || (mode === 'CrossSubnet' && !sameSubnet));
        if (encap && tunnel) {
          const route: Route =
            tunnel.encapsulation === 'IPIP'
              ? { dst: to.podCIDR, via: to.ip, dev: 'tunl0', proto: 'bird', onlink: true }
              : {
                  dst: to.podCIDR,
                  via: firstAddress(to.podCIDR),
                  dev: 'vxlan.calico',
                  onlink: true,
                };
          return {
            mode: 'encapsulated',
            tunnel,
            route,
            overhead: tunnel.overhead,
            reason:
              mode === 'Always'
                ? `${setting} is Always`
                : `${setting} is CrossSubnet and ${otherSubnet}`,
          };
        }
        if (!sameSubnet)
          return noRoute(
            `no encapsulation (ipipMode and vxlanMode Never) and ${otherSubnet}: the router at ${from.gateway} knows no pod CIDRs, so the packet is lost`,
          );
        return {
          mode: 'routed',
          route: { ...direct, proto: 'bird' },
          overhead: 0,
          reason:
            mode === 'CrossSubnet'
              ? `${setting} is CrossSubnet and both nodes are on ${from.subnet}, so BGP's route sends it unencapsulated`
              : 'encapsulation is off (Never): the BGP-learned route sends it to the node as is',
        };
      }
      case 'flannel': {
        const tunnel = this.tunnelDevice();
        if (tunnel)
          return {
            mode: 'encapsulated',
            tunnel,
            route: {
              dst: to.podCIDR,
              via: firstAddress(to.podCIDR),
              dev: tunnel.device,
              onlink: true,
            },
            overhead: tunnel.overhead,
            reason: 'the vxlan backend encapsulates everything between nodes',
          };
        if (!sameSubnet)
          return noRoute(
            `the host-gw backend needs every node on one L2 network, and ${otherSubnet}: flanneld cannot add a route via a gateway it cannot reach directly`,
          );
        return {
          mode: 'routed',
          route: direct,
          overhead: 0,
          reason: 'the host-gw backend routes to the node as is',
        };
      }
      case 'cilium': {
        const tunnel = this.tunnelDevice();
        const overhead = (tunnel?.overhead ?? 0) + (enc?.overhead ?? 0);
        if (tunnel) {
          const host = ciliumHostIP(from.podCIDR);
          return {
            mode: 'encapsulated',
            tunnel,
            ...(enc && { encryption: enc }),
            route: {
              dst: to.podCIDR,
              via: host,
              dev: 'cilium_host',
              proto: 'kernel',
              src: host,
              mtu: this.podMTU,
            },
            overhead,
            reason: `routingMode is tunnel (${tunnel.encapsulation}): eBPF on cilium_host encapsulates towards ${to.name}`,
          };
        }
        if (!sameSubnet)
          return noRoute(
            `native routing with autoDirectNodeRoutes needs the nodes on one L2 network, and ${otherSubnet}`,
          );
        return {
          mode: enc ? 'encapsulated' : 'routed',
          ...(enc && { encryption: enc }),
          route: enc ? { dst: to.podCIDR, dev: 'cilium_wg0' } : { ...direct, proto: 'kernel' },
          overhead,
          reason: 'routingMode is native: autoDirectNodeRoutes installs a route to the node',
        };
      }
      case 'weave': {
        const tunnel = this.tunnelDevice()!;
        return {
          mode: 'encapsulated',
          tunnel,
          ...(enc && { encryption: enc }),
          route: {
            dst: this.podCIDR,
            dev: 'weave',
            proto: 'kernel',
            scope: 'link',
            src: firstAddress(from.podCIDR, 1),
          },
          overhead: tunnel.overhead + (enc?.overhead ?? 0),
          reason: o.weave!.fastDatapath
            ? 'the Pod network is one flat L2 segment on the weave bridge; fast datapath carries it between peers in VXLAN'
            : 'the Pod network is one flat L2 segment on the weave bridge; fast datapath is off (WEAVE_NO_FASTDP), so the userspace router carries it over sleeve',
        };
      }
    }
  }
}

/** The nodes of the cluster as the datapath needs them (nodes without an IP are left out). */
export function nodeNetworks(index: ClusterIndex, options: DatapathOptions): NodeNetwork[] {
  const prefix = options.nodeSubnets === 'per-zone' ? 24 : 16;
  const out: NodeNetwork[] = [];
  for (const node of index.nodes) {
    const name = node.metadata.name ?? '';
    const ip = index.nodeIP(name);
    const n = ip === undefined ? undefined : parseIPv4(ip);
    if (ip === undefined || n === undefined) continue;
    const base = (n & (~0 << (32 - prefix))) >>> 0;
    out.push({
      name,
      ip,
      prefix,
      subnet: `${formatIPv4(base)}/${prefix}`,
      gateway: formatIPv4(base + 1),
      podCIDR: node.spec?.podCIDR ?? '',
    });
  }
  return out;
}

function inSubnet(node: NodeNetwork, ip: string): boolean {
  const c = parseCIDR(node.subnet);
  const a = parseIPv4(ip);
  return !!c && a !== undefined && cidrContains(c, a);
}

/** The n-th address of a CIDR (Calico and flannel put the tunnel address at .0, the gateway at .1). */
export function firstAddress(cidr: string, n = 0): string {
  const c = parseCIDR(cidr);
  return c ? formatIPv4(c.base + n) : cidr;
}

/** cilium_host's address: the sandbox gives it the node pod CIDR's .1 (Cilium's router IP). */
export const ciliumHostIP = (podCIDR: string): string => firstAddress(podCIDR, 1);
