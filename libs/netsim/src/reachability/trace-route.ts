/**
 * The route stage: a load balancer in front of the nodes, kube-proxy's decision
 * (proxy/select-backend.ts) and its SNAT, or the packet leaving the cluster — each returning the
 * hops it adds and the targets handed to the judge stage.
 */
import { PacketTracer } from '../cni/packet';
import type { Protocol, Service, ServicePort } from '@app/kube';
import { keyOf, splitKey } from '../cluster-index';
import { externalHint, verdictReason } from '../explain/explain-reachability';
import { explainProxy } from '../explain/explain-proxy';
import { explainVerdict } from '../explain/explain-verdict';
import { evaluate } from '../netpol/evaluate';
import { healthyNodes } from '../proxy/categorize-endpoints';
import type { ProxyDecision } from '../proxy/select-backend';
import {
  capturedLoadBalancerHop,
  cniHop,
  loadBalancerHops,
  policyHop,
  proxyHop,
  type Hop,
} from '../explain/explain-hops';
import { proxyFrom } from './trace-dns';
import { deliver, sourceEndpoint } from './trace-judge';
import {
  after,
  cap,
  ended,
  fail,
  type Leg,
  type SeenAs,
  type TraceEnv,
  type TraceSource,
  type TraceTarget,
} from './trace-state';

/** Outside clients reach a LoadBalancer through the load balancer; Pods are captured by kube-proxy. */
export function viaLoadBalancer(
  env: TraceEnv,
  src: TraceSource,
  svc: Service,
  sp: ServicePort,
  lbIP: string,
  protocol: Protocol,
): Leg {
  const key = keyOf(svc);
  const local = svc.spec.externalTrafficPolicy === 'Local';
  let hops: Hop[];
  if (src.kind === 'pod') {
    hops = [capturedLoadBalancerHop({ ip: lbIP, service: key, port: sp.port, node: src.node })];
  } else {
    const row = env.model.servicePort(key, sp.name ?? '', protocol);
    // The same health check decideProxy reads: the hop and the verdict cannot disagree.
    const nodes = local
      ? row
        ? healthyNodes(row)
        : []
      : env.ctx.index.nodes.map((n) => n.metadata.name ?? '');
    hops = loadBalancerHops({
      ip: lbIP,
      service: key,
      port: sp.port,
      nodePort: sp.nodePort,
      protocol,
      externalTrafficPolicy: local ? 'Local' : 'Cluster',
      healthCheckNodePort: svc.spec.healthCheckNodePort,
      nodes,
    });
  }
  return after(
    hops,
    viaProxy(
      env,
      src,
      lbIP,
      sp.port,
      protocol,
      `${lbIP}:${sp.port} (load-balancer IP of Service ${key})`,
    ),
  );
}

/** The packet through kube-proxy, then (after DNAT) to the judge stage. */
export function viaProxy(
  env: TraceEnv,
  src: TraceSource,
  ip: string,
  port: number,
  protocol: Protocol,
  destination: string,
): Leg {
  const decision = proxyFrom(env, src, ip, port, protocol);
  return after(
    [proxyHop(decision, `${ip}:${port}/${protocol}`, proxyName(env))],
    afterProxy(env, src, decision, destination, protocol, { ip, port }),
  );
}

function afterProxy(
  env: TraceEnv,
  src: TraceSource,
  decision: ProxyDecision,
  destination: string,
  protocol: Protocol,
  addressed: { ip: string; port: number },
): Leg {
  const { reason } = explainProxy(decision);
  switch (decision.action) {
    case 'NONE':
      if (decision.matched?.kind === 'ClusterIP' && src.kind === 'external') {
        const svc = env.ctx.index.service(...splitKey(decision.matched.service));
        return fail(
          'unreachable',
          `${destination} cannot be reached by ${src.label}: a ClusterIP is internal only — it exists only in kube-proxy's rules on the cluster's nodes.${svc ? externalHint(svc) : ''}`,
        );
      }
      return fail('no-such-port', `${destination}: ${reason}`);
    case 'REJECT':
      return fail(
        'no-endpoints',
        `${destination} has no ready endpoints: kube-proxy's REJECT rule answers with ICMP port unreachable, so the client sees "connection refused".`,
      );
    case 'DROP':
      return fail(
        'dropped',
        `${destination}: ${reason} The client gets no answer and the connection times out.`,
      );
    case 'DNAT': {
      const seenAs = snatSources(env, decision);
      const fromNode = decision.node ?? (src.kind === 'pod' ? src.node : undefined);
      const targets = decision.candidates.map((c): TraceTarget => ({
        pod: c.pod,
        ip: c.ip,
        port: c.port,
        node: c.node,
        ...(c.hairpin ? { hairpin: true } : {}),
      }));
      return deliver(env, src, targets, protocol, destination, seenAs, fromNode, addressed);
    }
  }
}

/** undefined: the source IP is preserved; else the node IP(s) the destination sees after SNAT. */
function snatSources(env: TraceEnv, decision: ProxyDecision): SeenAs[] | undefined {
  if (decision.sourceIPPreserved) return undefined;
  const index = env.ctx.index;
  const nodes = decision.node ? [decision.node] : index.nodes.map((n) => n.metadata.name ?? '');
  return nodes.flatMap((node) => {
    const ip = index.nodeIP(node);
    return ip ? [{ ip, node }] : [];
  });
}

/** The source's egress to an address outside the cluster (or an unresolvable name). */
export function leaveCluster(
  env: TraceEnv,
  src: TraceSource,
  destination: string,
  ip: string | undefined,
  port: number | string | undefined,
  asked: Protocol | undefined,
): Leg {
  if (src.kind === 'external') {
    return fail(
      'no-route',
      `${destination} is outside the cluster, and so is ${src.label}: the cluster is not on that path.`,
    );
  }
  if (port === undefined)
    return fail(
      'no-such-port',
      `Give a port: ${destination} is outside the cluster, so there is no Service or container port to default to.`,
    );
  const protocol = asked ?? 'TCP';
  const verdict = evaluate(env.ctx.compiled, {
    from: sourceEndpoint(env, src),
    to: { ip: ip ?? '' },
    port,
    protocol,
  });
  const passes = verdict.allowed || !verdict.enforced;
  const nodeIP = env.ctx.index.nodeIP(src.node) ?? src.node;
  const explanation = explainVerdict(verdict);
  if (ip === undefined && verdict.egress.isolated) {
    explanation.push(
      'The address behind the name is unknown to the sandbox (no upstream DNS), so only egress rules that allow every destination can match; ipBlock rules cannot be checked.',
    );
  }
  const reason = verdictReason(verdict, false);
  const hops = [
    cniHop(
      destination,
      `the packet leaves the cluster through ${src.node}; ${env.plugin.name} masquerades Pod traffic bound outside the cluster, so the far end sees the node IP ${nodeIP}.`,
      { node: src.node, nodeIP },
    ),
    policyHop(destination, verdict, passes, explanation, reason),
  ];
  const where = `${destination}${typeof port === 'number' ? ` on ${protocol} port ${port}` : ''}`;
  if (!passes)
    return fail('denied-by-policy', `${cap(src.label)} cannot reach ${where}: ${reason}.`, hops);
  return {
    hops,
    end: ended(
      true,
      verdict.allowed ? 'allowed' : 'not-enforced',
      `${cap(src.label)} can send to ${where}: the traffic leaves the cluster (${reason}); whether the far end answers is beyond what the sandbox simulates.`,
    ),
  };
}

/** Cilium's kube-proxy replacement handles Services with eBPF instead of kube-proxy. */
function proxyName(env: TraceEnv): string {
  return new PacketTracer(env.ctx.index).kubeProxyReplaced
    ? "Cilium's eBPF service load balancer (kube-proxy replacement)"
    : 'kube-proxy';
}
