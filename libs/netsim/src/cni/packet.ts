/**
 * The packet evidence of one delivery in a reachability trace: the packet as the source Pod sent
 * it, kube-proxy's rewrites (DNAT to the endpoint, SNAT to a node IP) as changes to it, the route
 * the sending node chose, and — between nodes — the outer packet the plugin wraps it in (node
 * IPs, IP-in-IP / UDP port / VNI), the encryption and the MTU left to the Pod. Built from
 * Datapath.link, the same function the node's `ip route` view uses, so they cannot disagree.
 */
import type { Protocol } from '@app/kube';
import {
  Datapath,
  nodeNetworks,
  type Encryption,
  type NodeNetwork,
  type Route,
  type Tunnel,
} from './datapath';
import { hostVethName, routeText } from './node-view';
import type { ClusterIndex } from '../cluster-index';
import type { PacketChange, PacketEvidence, PacketHeader } from './packet-types';
import { explainPacket } from '../explain/explain-packet';

export type { PacketChange, PacketEvidence, PacketHeader } from './packet-types';

export interface PacketInput {
  protocol: Protocol;
  src: { ip: string };
  /** The destination the source addressed (a ClusterIP:port) when kube-proxy rewrote it. */
  addressed?: { ip: string; port: number };
  dst: { ip: string; port: number; node: string; pod: string | null };
  /** The node whose route sends the packet on. */
  fromNode: string;
  /** kube-proxy masqueraded: the source becomes this node IP. */
  snat?: string;
}

const hostPort = (ip: string, port: number | undefined): string =>
  port === undefined ? ip : `${ip}:${port}`;

const explained = (ev: Omit<PacketEvidence, 'how' | 'summary'>): PacketEvidence => ({
  ...ev,
  ...explainPacket(ev),
});

/** The evidence for one delivery; undefined when either node is unknown to the datapath. */
export function packetEvidence(
  index: ClusterIndex,
  dp: Datapath,
  nets: readonly NodeNetwork[],
  input: PacketInput,
): PacketEvidence | undefined {
  const from = nets.find((n) => n.name === input.fromNode);
  const to = nets.find((n) => n.name === input.dst.node);
  if (!from || !to) return undefined;
  const by = dp.kubeProxyReplaced ? 'cilium-ebpf' : 'kube-proxy';
  const original: PacketHeader = {
    src: input.src.ip,
    dst: input.addressed?.ip ?? input.dst.ip,
    protocol: input.protocol,
    dstPort: input.addressed?.port ?? input.dst.port,
  };
  const changes: PacketChange[] = [];
  if (
    input.addressed &&
    (input.addressed.ip !== input.dst.ip || input.addressed.port !== input.dst.port)
  )
    changes.push({
      by,
      action: 'DNAT',
      field: 'destination',
      from: hostPort(input.addressed.ip, input.addressed.port),
      to: hostPort(input.dst.ip, input.dst.port),
    });
  if (input.snat && input.snat !== input.src.ip)
    changes.push({ by, action: 'SNAT', field: 'source', from: input.src.ip, to: input.snat });
  const inner: PacketHeader = {
    src: input.snat ?? input.src.ip,
    dst: input.dst.ip,
    protocol: input.protocol,
    dstPort: input.dst.port,
  };
  const nodes = { fromIP: from.ip, toIP: to.ip, toPodCIDR: to.podCIDR };

  if (from.name === to.name) {
    const route = localRoute(index, dp, from, input.dst.pod, input.dst.ip);
    return explained({
      mode: 'local',
      delivered: true,
      fromNode: from.name,
      toNode: to.name,
      nodes,
      original,
      changes,
      inner,
      route: { node: from.name, line: routeText(route), ...route },
      mtu: { pod: dp.podMTU, host: dp.hostMTU, overhead: 0, largestPacket: dp.podMTU, fits: true },
      reason: 'both ends are on one node',
    });
  }

  const link = dp.link(from, to);
  const largest = dp.hostMTU - link.overhead;
  const fits = dp.podMTU <= largest;
  const outer = outerHeader(from, to, link.tunnel, link.encryption);
  const line = routeText(link.route);
  return explained({
    mode: link.mode,
    delivered: link.mode !== 'unroutable',
    fromNode: from.name,
    toNode: to.name,
    nodes,
    original,
    changes,
    inner,
    ...(outer && link.mode !== 'unroutable' && { outer }),
    ...(link.encryption && { encryption: link.encryption }),
    route: { node: from.name, line, ...link.route },
    mtu: {
      pod: dp.podMTU,
      host: dp.hostMTU,
      overhead: link.overhead,
      largestPacket: largest,
      fits,
    },
    reason: link.reason,
  });
}

function outerHeader(
  from: NodeNetwork,
  to: NodeNetwork,
  tunnel: Tunnel | undefined,
  enc: Encryption | undefined,
): PacketEvidence['outer'] | undefined {
  if (enc?.protocol === 'WireGuard')
    return {
      src: from.ip,
      dst: to.ip,
      protocol: 'UDP',
      udpPort: enc.udpPort,
      encapsulation: tunnel ? `WireGuard (around ${tunnel.encapsulation})` : 'WireGuard',
    };
  if (!tunnel) return undefined;
  if (enc?.protocol === 'IPsec ESP')
    return {
      src: from.ip,
      dst: to.ip,
      protocol: 'ESP',
      encapsulation: `IPsec ESP around ${tunnel.encapsulation} (UDP ${tunnel.udpPort})`,
    };
  return {
    src: from.ip,
    dst: to.ip,
    protocol: tunnel.protocol === 'IPIP' ? 'IPIP' : 'UDP',
    ...(tunnel.udpPort && { udpPort: tunnel.udpPort }),
    ...(tunnel.vni !== undefined && { vni: tunnel.vni }),
    encapsulation:
      tunnel.encapsulation === 'IPIP' ? 'IP-in-IP (IP protocol 4)' : tunnel.encapsulation,
  };
}

function localRoute(
  index: ClusterIndex,
  dp: Datapath,
  node: NodeNetwork,
  pod: string | null,
  ip: string,
): Route {
  const p = pod ? index.pod(...(pod.split('/') as [string, string])) : undefined;
  switch (dp.plugin) {
    case 'calico':
      return p
        ? { dst: ip, dev: hostVethName('calico', p), scope: 'link' }
        : { dst: node.podCIDR, dev: '', proto: 'bird', type: 'blackhole' };
    case 'flannel':
      return {
        dst: node.podCIDR,
        dev: 'cni0',
        proto: 'kernel',
        scope: 'link',
        src: node.podCIDR.replace(/\.0\/\d+$/, '.1'),
      };
    case 'cilium':
      return { dst: ip, dev: p ? hostVethName('cilium', p) : 'cilium_host', scope: 'link' };
    case 'weave':
      return { dst: dp.podCIDR, dev: 'weave', proto: 'kernel', scope: 'link' };
  }
}

/** One datapath model per snapshot index (per cluster revision), shared by every trace on it. */
const models = new WeakMap<ClusterIndex, { dp: Datapath; nets: NodeNetwork[] }>();

/** The revision's datapath and node networks, built on first use. */
export function datapathOf(index: ClusterIndex): { dp: Datapath; nets: NodeNetwork[] } {
  let model = models.get(index);
  if (!model) {
    const dp = new Datapath(index.config);
    models.set(index, (model = { dp, nets: nodeNetworks(index, dp.options) }));
  }
  return model;
}

/** Packet evidence for one trace, from the revision's datapath model. */
export class PacketTracer {
  constructor(private readonly index: ClusterIndex) {}

  private get built(): { dp: Datapath; nets: NodeNetwork[] } {
    return datapathOf(this.index);
  }

  /** Cilium's kube-proxy replacement handles Services instead of kube-proxy. */
  get kubeProxyReplaced(): boolean {
    return this.built.dp.kubeProxyReplaced;
  }

  evidence(input: PacketInput): PacketEvidence | undefined {
    const { dp, nets } = this.built;
    return packetEvidence(this.index, dp, nets, input);
  }
}
