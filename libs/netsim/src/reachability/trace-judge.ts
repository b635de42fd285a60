/**
 * The judge stage: every candidate endpoint's CNI path and NetworkPolicy verdict (netpol/evaluate.ts),
 * judged the way the plugin sees the packet — the destination Pod IP and the port after DNAT,
 * the source as kube-proxy's SNAT left it — then the delivery summarised (explain/).
 */
import type { Protocol } from '@app/kube';
import { crossNodePath } from '../cni/plugins';
import { PacketTracer, type PacketEvidence } from '../cni/packet';
import { datapathFailure, datapathProblem } from '../explain/explain-packet';
import {
  HAIRPIN_NOTE,
  HAIRPIN_REASON,
  snatNote,
  summariseDelivery,
  verdictReason,
} from '../explain/explain-reachability';
import { explainVerdict } from '../explain/explain-verdict';
import { evaluate } from '../netpol/evaluate';
import type { PolicyEndpoint, PolicyVerdict } from '../netpol/types';
import { cniHop, podHop, policyHop, type Hop } from '../explain/explain-hops';
import { podIndexOf } from './trace-context';
import {
  cap,
  type Leg,
  type SeenAs,
  type TraceEnv,
  type TraceSource,
  type TraceTarget,
} from './trace-state';
import type { EndpointReachability } from './trace-types';

interface Judged {
  endpoint: EndpointReachability;
  policyAllowed: boolean;
  hops: Hop[];
}

export function sourceEndpoint(env: TraceEnv, src: TraceSource): PolicyEndpoint {
  if (src.kind === 'external') return { ip: src.ip };
  return podIndexOf(env.ctx.compiled, src.key) ?? { ip: src.ip };
}

/**
 * Judges every target and summarises: `allowed` only when every candidate passes (kube-proxy
 * picks one per connection). `seenAs` set: kube-proxy masqueraded, the destination sees those node
 * IPs as the source. `fromNode`: where the packet is when it is sent to the endpoint (undefined:
 * whichever node a load balancer chose).
 */
export function deliver(
  env: TraceEnv,
  src: TraceSource,
  targets: readonly TraceTarget[],
  protocol: Protocol,
  destination: string,
  seenAs: SeenAs[] | undefined,
  fromNode: string | undefined,
  /** The address kube-proxy rewrote (the packet's destination before DNAT). */
  addressed?: { ip: string; port: number },
): Leg {
  const packets = new PacketTracer(env.ctx.index);
  const packetTo = (t: TraceTarget, snat: string | undefined): PacketEvidence | undefined =>
    fromNode && t.node
      ? packets.evidence({
          protocol,
          src: { ip: src.ip },
          ...(addressed && { addressed }),
          dst: { ip: t.ip, port: t.port, node: t.node, pod: t.pod },
          fromNode,
          ...(snat && { snat }),
        })
      : undefined;
  const judged = targets.map((t) => judge(env, src, t, protocol, seenAs, fromNode, packetTo));
  const endpoints = judged.map((j) => j.endpoint);
  const passing = endpoints.filter((e) => e.allowed);
  const hops = judged.flatMap((j) => j.hops);
  if (passing.length) hops.push(podHop(passing, protocol));
  const datapath = datapathFailure(endpoints, cap(src.label), destination);
  if (datapath) return { hops, end: { allowed: false, ...datapath, endpoints } };
  const outcome = summariseDelivery({
    who: cap(src.label),
    destination,
    endpoints,
    wouldDeny: judged.filter((j) => !j.policyAllowed).map((j) => j.endpoint),
    enforced: env.ctx.compiled.enforced,
    pluginName: env.plugin.name,
  });
  return { hops, end: { ...outcome, endpoints } };
}

function judge(
  env: TraceEnv,
  src: TraceSource,
  t: TraceTarget,
  protocol: Protocol,
  seenAs: SeenAs[] | undefined,
  fromNode: string | undefined,
  packetTo: (t: TraceTarget, snat: string | undefined) => PacketEvidence | undefined,
): Judged {
  const compiled = env.ctx.compiled;
  const label = t.pod ? `${t.pod} (${t.ip}:${t.port})` : `${t.ip}:${t.port}`;
  const dst: PolicyEndpoint = (t.pod ? podIndexOf(compiled, t.pod) : undefined) ?? { ip: t.ip };
  const from = sourceEndpoint(env, src);
  const self = src.kind === 'pod' && t.pod === src.key;
  const verdicts: Array<{ verdict: PolicyVerdict; seen?: SeenAs }> =
    self || !seenAs || !seenAs.length
      ? [{ verdict: evaluate(compiled, { from, to: dst, port: t.port, protocol }) }]
      : seenAs.map((seen) => ({
          verdict: snatVerdict(env, from, seen, dst, t.port, protocol),
          seen,
        }));
  const failing = verdicts.filter((v) => !v.verdict.allowed);
  const chosen = failing[0] ?? verdicts[0];
  const policyAllowed = failing.length === 0;
  const passes = policyAllowed || !compiled.enforced;

  const explanation = explainVerdict(chosen.verdict);
  if (self && (t.hairpin || seenAs)) explanation.push(HAIRPIN_NOTE);
  else if (chosen.seen && seenAs) {
    explanation.push(
      snatNote(
        t.pod ?? t.ip,
        src.ip,
        seenAs,
        chosen.seen,
        failing.map((f) => f.seen?.node ?? ''),
        verdicts.length,
      ),
    );
  }
  const reason = self ? HAIRPIN_REASON : verdictReason(chosen.verdict, !compiled.enforced);
  const packet = packetTo(t, self ? undefined : chosen.seen?.ip);
  const path = pathTo(env, t, fromNode, seenAs === undefined, packet);
  return {
    policyAllowed,
    hops: [
      cniHop(label, packet ? `${path} ${packet.summary}` : path, {
        fromNode: fromNode ?? null,
        toNode: t.node,
        ...(packet && { packet }),
      }),
      policyHop(label, chosen.verdict, passes, explanation, reason),
    ],
    endpoint: {
      pod: t.pod,
      ip: t.ip,
      port: t.port,
      node: t.node ?? '',
      allowed: passes && !datapathProblem(packet),
      reason: datapathProblem(packet) ?? reason,
      policies: {
        egress: chosen.verdict.egress.isolatingPolicies,
        ingress: chosen.verdict.ingress.isolatingPolicies,
      },
      explanation,
      path,
      ...(packet && { packet }),
    },
  };
}

/** Egress judged for the real source, ingress for the address kube-proxy rewrote it to. */
function snatVerdict(
  env: TraceEnv,
  src: PolicyEndpoint,
  seen: SeenAs,
  dst: PolicyEndpoint,
  port: number,
  protocol: Protocol,
): PolicyVerdict {
  const compiled = env.ctx.compiled;
  const egress = evaluate(compiled, { from: src, to: dst, port, protocol });
  const ingress = evaluate(compiled, { from: { ip: seen.ip }, to: dst, port, protocol });
  return {
    ...egress,
    from: `${egress.from} (seen as ${seen.ip} after SNAT on ${seen.node})`,
    loopback: false,
    ingress: ingress.ingress,
    allowed: egress.egress.allowed && ingress.ingress.allowed,
  };
}

/** `preserved`: no SNAT; with no sending node that means a load balancer under Local policy. */
function pathTo(
  env: TraceEnv,
  t: TraceTarget,
  fromNode: string | undefined,
  preserved: boolean,
  packet?: PacketEvidence,
): string {
  const index = env.ctx.index;
  if (!t.node)
    return `${t.ip} is on no known node; the packet is routed towards it from ${fromNode ?? 'the receiving node'}.`;
  const nodeIPs = new Map<string, string>();
  for (const n of index.nodes) {
    const ip = index.nodeIP(n.metadata.name ?? '');
    if (ip) nodeIPs.set(n.metadata.name ?? '', ip);
  }
  if (fromNode === undefined && preserved) {
    return `The load balancer sends the packet straight to ${t.node} (${nodeIPs.get(t.node) ?? '?'}), which delivers it to the Pod locally (externalTrafficPolicy Local).`;
  }
  if (fromNode === undefined) {
    return `The node the load balancer chose forwards the packet to ${t.node} (${nodeIPs.get(t.node) ?? '?'}): locally if it is ${t.node}, otherwise ${env.plugin.name} carries it over ${env.plugin.overlay}.`;
  }
  const link = packet && { device: packet.route.dev || 'eth0', how: packet.how };
  return crossNodePath(fromNode, t.node, env.plugin.name, nodeIPs, link).description;
}
