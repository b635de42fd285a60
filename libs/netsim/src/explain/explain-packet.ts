/**
 * The packet evidence of a delivery (cni/packet.ts) in a learner's words: what was sent, what
 * kube-proxy rewrote, the route, the outer packet, encryption and MTU — and, when the datapath
 * rather than policy decides, the trace's verdict and summary (no-route, dropped).
 */
import type { PacketEvidence } from '../cni/packet-types';

type Evidence = Omit<PacketEvidence, 'how' | 'summary'>;

const hostPort = (ip: string, port: number | undefined): string =>
  port === undefined ? ip : `${ip}:${port}`;

/** `how`: a phrase after "<plugin> uses …"; `summary`: the sentences of the CNI hop. */
export function explainPacket(ev: Evidence): { how: string; summary: string } {
  const { original, changes, route, mtu, outer, encryption: enc, nodes } = ev;
  const by = changes[0]?.by === 'cilium-ebpf' ? "Cilium's eBPF load balancer" : 'kube-proxy';
  const rewrites = changes.map((c) => `${c.action} ${c.from} → ${c.to}`).join(', ');
  const sent = `The packet ${original.src} → ${hostPort(original.dst, original.dstPort)} ${original.protocol}.${changes.length ? ` ${by} rewrites it (${rewrites}).` : ''}`;
  if (ev.mode === 'local')
    return {
      how: 'local delivery on the node',
      summary: `${sent} ${ev.fromNode} delivers it locally by the route "${route.line}"; nothing is encapsulated.`,
    };
  const encrypted = enc ? `, encrypted with ${enc.protocol}` : '';
  if (ev.mode === 'unroutable')
    return {
      how: `no route to ${nodes.toPodCIDR} (${ev.reason})`,
      summary: `${sent} ${ev.fromNode} has no route for ${nodes.toPodCIDR}, so it follows "${route.line}" and is lost: ${ev.reason}.`,
    };
  const parts = [sent, `${ev.fromNode} chooses the route "${route.line}" (${ev.reason}).`];
  parts.push(
    outer
      ? `It travels inside ${outer.encapsulation}: outer ${outer.src} → ${outer.dst} ${outer.protocol}${outer.udpPort ? ` port ${outer.udpPort}` : ''}${outer.vni !== undefined ? `, VNI ${outer.vni}` : ''}.`
      : `It crosses the node network unencapsulated, from ${nodes.fromIP} to ${nodes.toIP}.`,
  );
  parts.push(enc ? `It is encrypted (${enc.protocol}).` : 'It is not encrypted.');
  parts.push(
    mtu.fits
      ? `The Pod MTU is ${mtu.pod} (host MTU ${mtu.host}${mtu.overhead ? ` minus ${mtu.overhead} bytes of overhead leaves ${mtu.largestPacket}` : ''}).`
      : `The Pods' MTU is ${mtu.pod}, but only ${mtu.largestPacket} bytes fit once ${mtu.overhead} bytes of overhead are added to the host MTU of ${mtu.host}: packets over ${mtu.largestPacket} bytes are dropped, so small requests work and large ones stall.`,
  );
  return {
    how: outer
      ? `${outer.encapsulation} between node IPs${encrypted} (${ev.reason})`
      : `plain routing to the node IP${encrypted} (${ev.reason})`,
    summary: parts.join(' '),
  };
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
