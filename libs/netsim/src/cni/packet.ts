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
  /** How the plugin carries it, as a phrase after "<plugin> uses …". */
  how: string;
  summary: string;
}

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
  const rewrites = changes.map((c) => `${c.action} ${c.from} → ${c.to}`).join(', ');
  const rewritten = changes.length
    ? ` ${by === 'cilium-ebpf' ? "Cilium's eBPF load balancer" : 'kube-proxy'} rewrites it (${rewrites}).`
    : '';
  const sent = `The packet ${hostPort(original.src, undefined)} → ${hostPort(original.dst, original.dstPort)} ${input.protocol}.${rewritten}`;

  if (from.name === to.name) {
    const route = localRoute(index, dp, from, input.dst.pod, input.dst.ip);
    return {
      mode: 'local',
      delivered: true,
      fromNode: from.name,
      toNode: to.name,
      original,
      changes,
      inner,
      route: { node: from.name, line: routeText(route), ...route },
      mtu: { pod: dp.podMTU, host: dp.hostMTU, overhead: 0, largestPacket: dp.podMTU, fits: true },
      reason: 'both ends are on one node',
      how: 'local delivery on the node',
      summary: `${sent} ${from.name} delivers it locally by the route "${routeText(route)}"; nothing is encapsulated.`,
    };
  }

  const link = dp.link(from, to);
  const largest = dp.hostMTU - link.overhead;
  const fits = dp.podMTU <= largest;
  const outer = outerHeader(from, to, link.tunnel, link.encryption);
  const line = routeText(link.route);
  const parts = [sent];
  if (link.mode === 'unroutable') {
    parts.push(
      `${from.name} has no route for ${to.podCIDR}, so it follows "${line}" and is lost: ${link.reason}.`,
    );
  } else {
    parts.push(`${from.name} chooses the route "${line}" (${link.reason}).`);
    if (outer)
      parts.push(
        `It travels inside ${outer.encapsulation}: outer ${outer.src} → ${outer.dst} ${outer.protocol}${outer.udpPort ? ` port ${outer.udpPort}` : ''}${outer.vni !== undefined ? `, VNI ${outer.vni}` : ''}.`,
      );
    else parts.push(`It crosses the node network unencapsulated, from ${from.ip} to ${to.ip}.`);
    parts.push(
      link.encryption ? `It is encrypted (${link.encryption.protocol}).` : 'It is not encrypted.',
    );
    parts.push(
      fits
        ? `The Pod MTU is ${dp.podMTU} (host MTU ${dp.hostMTU}${link.overhead ? ` minus ${link.overhead} bytes of overhead leaves ${largest}` : ''}).`
        : `The Pods' MTU is ${dp.podMTU}, but only ${largest} bytes fit once ${link.overhead} bytes of overhead are added to the host MTU of ${dp.hostMTU}: packets over ${largest} bytes are dropped, so small requests work and large ones stall.`,
    );
  }
  return {
    mode: link.mode,
    delivered: link.mode !== 'unroutable',
    fromNode: from.name,
    toNode: to.name,
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
    how:
      link.mode === 'unroutable'
        ? `no route to ${to.podCIDR} (${link.reason})`
        : outer
          ? `${outer.encapsulation} between node IPs${link.encryption ? `, encrypted with ${link.encryption.protocol}` : ''} (${link.reason})`
          : `plain routing to the node IP${link.encryption ? `, encrypted with ${link.encryption.protocol}` : ''} (${link.reason})`,
    summary: parts.join(' '),
  };
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

/** Why the datapath fails this delivery, as a phrase; undefined when it delivers it whole. */
export function datapathProblem(packet: PacketEvidence | undefined): string | undefined {
  if (!packet) return undefined;
  if (!packet.delivered) return `the packet is lost: ${packet.reason}`;
  if (!packet.mtu.fits)
    return `full-size packets are dropped: the Pod MTU ${packet.mtu.pod} leaves no room for ${packet.mtu.overhead} bytes of encapsulation within eth0's ${packet.mtu.host}`;
  return undefined;
}

/**
 * The trace's verdict when the datapath, not policy, decides: `no-route` when some endpoint's
 * packets have no route, `dropped` when full-size packets do not fit the encapsulated path (the
 * handshake passes, large transfers stall). Undefined when every delivery works.
 */
export function datapathFailure(
  endpoints: ReadonlyArray<{ pod: string | null; ip: string; packet?: PacketEvidence }>,
  who: string,
  destination: string,
): { verdict: 'no-route' | 'dropped'; summary: string } | undefined {
  const n = endpoints.length;
  const names = (list: typeof endpoints): string => list.map((e) => e.pod ?? e.ip).join(', ');
  const lost = endpoints.filter((e) => e.packet && !e.packet.delivered);
  if (lost.length) {
    const reach =
      lost.length === n ? 'cannot reach' : `reaches only ${n - lost.length} of ${n} endpoints of`;
    return {
      verdict: 'no-route',
      summary: `${who} ${reach} ${destination}: packets to ${names(lost)} are lost — ${lost[0].packet?.reason}.`,
    };
  }
  const tooBig = endpoints.filter((e) => e.packet && !e.packet.mtu.fits);
  if (!tooBig.length) return undefined;
  const p = tooBig[0].packet!;
  const reach =
    tooBig.length === n ? 'cannot use' : `can use only ${n - tooBig.length} of ${n} endpoints of`;
  return {
    verdict: 'dropped',
    summary: `${who} ${reach} ${destination}: to ${names(tooBig)} the connection opens, but full-size packets (${p.mtu.pod} bytes, the Pod MTU) plus ${p.mtu.overhead} bytes of encapsulation exceed ${p.fromNode}'s eth0 MTU of ${p.mtu.host} and are dropped, so large requests and responses stall.`,
  };
}
