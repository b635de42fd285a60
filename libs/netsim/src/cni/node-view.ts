/**
 * A node's network as `ip route` and `ip addr` would show it under the cluster's plugin: the
 * kernel's routes for eth0, the routes the plugin programs towards every other node's pod CIDR
 * (Calico: BGP full mesh via bird, blackhole for the local block; flannel: flanneld; Cilium:
 * the agent on cilium_host or autoDirectNodeRoutes; Weave: one route for the whole Pod network
 * onto its bridge), and the devices: eth0, the tunnel, bridges and one host-side veth per Pod.
 * Device names follow each plugin (cali*, lxc*, veth*, vethwepl*); the suffix is a hash of the
 * Pod's name as the plugins do it, though not their exact hash function.
 */
import type { Pod } from '@app/kube';
import type { ClusterIndex } from '../cluster-index';
import { podIPs } from '../cluster-index';
import {
  ciliumHostIP,
  Datapath,
  firstAddress,
  nodeNetworks,
  type NodeNetwork,
  type Route,
} from './datapath';

export interface NodeInterface {
  ifindex: number;
  name: string;
  /** What kind of link: ethernet, loopback, ipip, vxlan, geneve, wireguard, bridge, veth, … */
  kind: string;
  mtu: number;
  addresses: string[];
  /** veths: the Pod at the other end ("ns/name") and its eth0. */
  peer?: { pod: string; interface: 'eth0' };
  /** For tunnel devices: the encapsulation parameters. */
  tunnel?: { udpPort?: number; vni?: number | string };
}

export interface NodeRoutes {
  node: string;
  networkPlugin: string;
  routes: Route[];
  /** The same as `ip route` prints it (table 1 routes as `ip route show table 1`). */
  text: string;
  /**
   * Calico with its BGP backend (bird): the node-to-node mesh as `calicoctl node status` shows
   * it — every other node is a peer (BGPConfiguration defaults: nodeToNodeMeshEnabled, AS 64512),
   * and each announces its pod CIDR, which is where the `proto bird` routes come from.
   */
  bgp?: {
    asNumber: number;
    routerId: string;
    peers: Array<{
      node: string;
      peerAddress: string;
      peerType: 'node-to-node mesh';
      state: 'up';
      info: 'Established';
      announces: string;
    }>;
  };
}

/** Pods with their own network namespace (not hostNetwork) scheduled on `node`, with an IP. */
export function podsOnNode(index: ClusterIndex, node: string): Array<{ pod: Pod; ip: string }> {
  return index.pods
    .filter((p) => p.spec.nodeName === node && !p.spec.hostNetwork)
    .flatMap((pod) => {
      const ip = podIPs(pod)[0];
      return ip ? [{ pod, ip }] : [];
    });
}

const podKey = (pod: Pod): string =>
  `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name ?? ''}`;

/** FNV-1a, hex: a stable suffix for device names. */
function hashHex(text: string, length: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i) + round;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** The host-side veth of a Pod, named as the plugin names it (15 characters at most). */
export function hostVethName(plugin: string, pod: Pod): string {
  const id = `${pod.metadata.namespace ?? 'default'}.${pod.metadata.name ?? ''}`;
  switch (plugin) {
    case 'calico':
      return `cali${hashHex(id, 11)}`;
    case 'cilium':
      return `lxc${hashHex(id, 12)}`;
    case 'weave':
      return `vethwepl${hashHex(id, 7)}`;
    default:
      return `veth${hashHex(id, 8)}`;
  }
}

export function routeText(r: Route): string {
  const parts = [r.type === 'blackhole' ? `blackhole ${r.dst}` : r.dst];
  if (r.via) parts.push(`via ${r.via}`);
  if (r.type !== 'blackhole') parts.push(`dev ${r.dev}`);
  if (r.table !== undefined) parts.push(`table ${r.table}`);
  if (r.proto) parts.push(`proto ${r.proto}`);
  if (r.scope) parts.push(`scope ${r.scope}`);
  if (r.src) parts.push(`src ${r.src}`);
  if (r.mtu !== undefined) parts.push(`mtu ${r.mtu}`);
  if (r.onlink) parts.push('onlink');
  return parts.join(' ');
}

/** The node's routes; undefined when the node does not exist or has no IP. */
export function nodeRoutes(
  index: ClusterIndex,
  dp: Datapath,
  nodeName: string,
): NodeRoutes | undefined {
  const nets = nodeNetworks(index, dp.options);
  const self = nets.find((n) => n.name === nodeName);
  if (!self) return undefined;
  const routes: Route[] = [
    { dst: 'default', via: self.gateway, dev: 'eth0' },
    { dst: self.subnet, dev: 'eth0', proto: 'kernel', scope: 'link', src: self.ip },
  ];
  const local = podsOnNode(index, nodeName);
  const remote = nets.filter((n) => n.name !== nodeName && n.podCIDR);
  switch (dp.plugin) {
    case 'calico':
      // bird announces the whole local block and blackholes what no local Pod uses.
      routes.push({ dst: self.podCIDR, dev: '', proto: 'bird', type: 'blackhole' });
      for (const { pod, ip } of local)
        routes.push({ dst: ip, dev: hostVethName('calico', pod), scope: 'link' });
      break;
    case 'flannel':
      routes.push({
        dst: self.podCIDR,
        dev: 'cni0',
        proto: 'kernel',
        scope: 'link',
        src: firstAddress(self.podCIDR, 1),
      });
      break;
    case 'cilium': {
      const host = ciliumHostIP(self.podCIDR);
      routes.push({ dst: self.podCIDR, via: host, dev: 'cilium_host', proto: 'kernel', src: host });
      routes.push({ dst: `${host}/32`, dev: 'cilium_host', proto: 'kernel', scope: 'link' });
      break;
    }
    case 'weave':
      routes.push({
        dst: dp.podCIDR,
        dev: 'weave',
        proto: 'kernel',
        scope: 'link',
        src: firstAddress(self.podCIDR, 1),
      });
      break;
  }
  if (dp.plugin !== 'weave') {
    for (const peer of remote) {
      const link = dp.link(self, peer);
      if (link.mode !== 'unroutable') routes.push(link.route);
    }
  }
  routes.sort((a, b) => (a.table ?? 0) - (b.table ?? 0));
  const bird = dp.plugin === 'calico' && dp.options.calico?.vxlanMode === 'Never';
  return {
    node: nodeName,
    networkPlugin: dp.plugin,
    routes,
    text: routes.map(routeText).join('\n') + '\n',
    ...(bird && {
      bgp: {
        asNumber: 64512,
        routerId: self.ip,
        peers: remote.map((peer) => ({
          node: peer.name,
          peerAddress: peer.ip,
          peerType: 'node-to-node mesh' as const,
          state: 'up' as const,
          info: 'Established' as const,
          announces: peer.podCIDR,
        })),
      },
    }),
  };
}

/** The node's interfaces as `ip addr` lists them; undefined for an unknown node. */
export function nodeInterfaces(
  index: ClusterIndex,
  dp: Datapath,
  nodeName: string,
): NodeInterface[] | undefined {
  const self = nodeNetworks(index, dp.options).find((n) => n.name === nodeName);
  if (!self) return undefined;
  const list: Array<Omit<NodeInterface, 'ifindex'>> = [
    { name: 'lo', kind: 'loopback', mtu: 65536, addresses: ['127.0.0.1/8'] },
    { name: 'eth0', kind: 'ethernet', mtu: dp.hostMTU, addresses: [`${self.ip}/${self.prefix}`] },
    ...pluginDevices(dp, self),
  ];
  for (const { pod } of podsOnNode(index, nodeName)) {
    list.push({
      name: hostVethName(dp.plugin, pod),
      kind: 'veth',
      mtu: dp.podMTU,
      addresses: [],
      peer: { pod: podKey(pod), interface: 'eth0' },
    });
  }
  return list.map((iface, i) => ({ ifindex: i + 1, ...iface }));
}

function pluginDevices(dp: Datapath, self: NodeNetwork): Array<Omit<NodeInterface, 'ifindex'>> {
  const tunnel = dp.tunnelDevice();
  const enc = dp.encryption();
  const devices: Array<Omit<NodeInterface, 'ifindex'>> = [];
  const tunnelAddr = `${firstAddress(self.podCIDR)}/32`;
  const tunnelInfo = tunnel && {
    tunnel: {
      ...(tunnel.udpPort && { udpPort: tunnel.udpPort }),
      ...(tunnel.vni !== undefined && { vni: tunnel.vni }),
    },
  };
  switch (dp.plugin) {
    case 'calico':
      if (tunnel)
        devices.push({
          name: tunnel.device,
          kind: tunnel.encapsulation === 'IPIP' ? 'ipip' : 'vxlan',
          mtu: dp.hostMTU - tunnel.overhead,
          addresses: [tunnelAddr],
          ...tunnelInfo,
        });
      break;
    case 'flannel':
      if (tunnel)
        devices.push({
          name: tunnel.device,
          kind: 'vxlan',
          mtu: dp.hostMTU - 50,
          addresses: [tunnelAddr],
          ...tunnelInfo,
        });
      devices.push({
        name: 'cni0',
        kind: 'bridge',
        mtu: dp.podMTU,
        addresses: [`${firstAddress(self.podCIDR, 1)}/${self.podCIDR.split('/')[1]}`],
      });
      break;
    case 'cilium':
      devices.push({ name: 'cilium_net', kind: 'veth', mtu: dp.podMTU, addresses: [] });
      devices.push({
        name: 'cilium_host',
        kind: 'veth',
        mtu: dp.podMTU,
        addresses: [`${ciliumHostIP(self.podCIDR)}/32`],
      });
      if (tunnel)
        devices.push({
          name: tunnel.device,
          kind: tunnel.encapsulation.toLowerCase(),
          mtu: dp.hostMTU - 50,
          addresses: [],
          ...tunnelInfo,
        });
      break;
    case 'weave': {
      devices.push({ name: 'datapath', kind: 'openvswitch', mtu: dp.podMTU, addresses: [] });
      devices.push({
        name: 'weave',
        kind: 'bridge',
        mtu: dp.podMTU,
        addresses: [`${firstAddress(self.podCIDR, 1)}/${dp.podCIDR.split('/')[1]}`],
      });
      devices.push({ name: 'vethwe-datapath', kind: 'veth', mtu: dp.podMTU, addresses: [] });
      devices.push({ name: 'vethwe-bridge', kind: 'veth', mtu: dp.podMTU, addresses: [] });
      if (tunnel && tunnel.encapsulation === 'VXLAN')
        devices.push({
          name: tunnel.device,
          kind: 'vxlan',
          mtu: 65535,
          addresses: [],
          ...tunnelInfo,
        });
      break;
    }
  }
  if (enc?.device)
    devices.push({
      name: enc.device,
      kind: 'wireguard',
      mtu: dp.hostMTU - enc.overhead,
      addresses: dp.plugin === 'calico' ? [tunnelAddr] : [],
      ...(enc.udpPort && { tunnel: { udpPort: enc.udpPort } }),
    });
  return devices;
}

/** The interfaces as `ip addr` prints them (flags simplified to the ones that matter here). */
export function interfacesText(list: readonly NodeInterface[]): string {
  return list
    .map((i) => {
      const flags =
        i.kind === 'loopback' ? '<LOOPBACK,UP,LOWER_UP>' : '<BROADCAST,MULTICAST,UP,LOWER_UP>';
      const name = i.peer ? `${i.name}@if2` : i.name;
      const link = i.peer ? ` link-netns ${i.peer.pod}` : '';
      const details =
        i.kind === 'ethernet' || i.kind === 'loopback'
          ? ''
          : `\n    ${i.kind}${i.tunnel?.udpPort ? ` dstport ${i.tunnel.udpPort}` : ''}${i.tunnel?.vni !== undefined && typeof i.tunnel.vni === 'number' ? ` id ${i.tunnel.vni}` : ''}`;
      const addrs = i.addresses
        .map((a) => `\n    inet ${a} scope ${i.kind === 'loopback' ? 'host' : 'global'} ${i.name}`)
        .join('');
      return `${i.ifindex}: ${name}: ${flags} mtu ${i.mtu}${link}${details}${addrs}`;
    })
    .join('\n')
    .concat('\n');
}
