/**
 * The hops of a reachability trace: one learner sentence per step a packet takes, each built
 * from the evidence another module already produced (a DNS answer, a kube-proxy decision, a
 * NetworkPolicy verdict, a CNI path) — never re-derived here, so the sentence and the verdict
 * cannot disagree (policy-assistant's explain-from-evidence, kubernetes pkg/proxy's traced rules).
 */
import type { DnsAnswer } from '../dns/types';
import type { ProxyCandidate, ProxyDecision } from '../proxy/select-backend';
import { explainProxy } from './explain-proxy';
import type { DirectionVerdict, PolicyVerdict } from '../netpol/types';
import { describeClosest } from './explain-verdict';

export type HopKind =
  | 'dns'
  | 'ingress'
  | 'load-balancer'
  | 'node-port'
  | 'kube-proxy'
  | 'cni'
  | 'network-policy'
  | 'pod';

export interface Hop {
  kind: HopKind;
  /** One plain sentence (or two) saying what happened at this step. */
  summary: string;
  /** The evidence behind the sentence, for clients that want to show more. */
  details: Record<string, unknown>;
}

const percent = (p: number): string => `${Math.round(p * 1000) / 10}%`;

/** "10.244.1.5:8080 (default/web-1)" */
export function describeCandidate(c: Pick<ProxyCandidate, 'ip' | 'port' | 'pod'>): string {
  return `${c.ip}:${c.port}${c.pod ? ` (${c.pod})` : ''}`;
}

/**
 * The DNS step: who asked, what came back (A records, a CNAME, or the failure rcode) and every
 * name the resolver tried, taken from `answer` as resolveDns returned it.
 */
export function dnsHop(asker: string, name: string, answer: DnsAnswer): Hop {
  const details = {
    name,
    rcode: answer.rcode,
    answers: answer.answers,
    tried: answer.tried,
    ...(answer.nameserver ? { nameserver: answer.nameserver } : {}),
    explanation: answer.explanation,
  };
  const tried = `tried ${answer.tried.join(', ')}`;
  if (answer.rcode !== 'NOERROR' || answer.answers.length === 0) {
    const result = answer.rcode === 'NOERROR' ? 'no address (NODATA)' : answer.rcode;
    return { kind: 'dns', summary: `${asker} looks up "${name}": ${result} (${tried}).`, details };
  }
  const records = answer.answers.map((a) => `${a.type} ${a.data}`).join(', ');
  const found = answer.tried[answer.tried.length - 1] ?? name;
  return {
    kind: 'dns',
    summary: `${asker} looks up "${name}": ${found} answers ${records} (${tried}).`,
    details,
  };
}

/** The kube-proxy step: the Service port matched, the action and every candidate with its share. */
export function proxyHop(
  decision: ProxyDecision,
  destination: string,
  /** Who programs the Service rules: kube-proxy, or Cilium's eBPF kube-proxy replacement. */
  by = 'kube-proxy',
): Hop {
  const { reason, explanation } = explainProxy(decision);
  const details = {
    destination,
    matched: decision.matched,
    action: decision.action,
    mode: decision.mode,
    node: decision.node,
    candidates: decision.candidates,
    sourceIPPreserved: decision.sourceIPPreserved,
    ...(decision.sessionAffinity ? { sessionAffinity: decision.sessionAffinity } : {}),
    explanation,
    ...(by !== 'kube-proxy' && { by }),
  };
  const where = decision.node ? `${by} on ${decision.node}` : by;
  let summary: string;
  if (decision.action === 'DNAT') {
    const list = decision.candidates
      .map((c) => `${describeCandidate(c)} ${percent(c.probability)}`)
      .join(', ');
    const snat = decision.sourceIPPreserved
      ? ''
      : ' The connection is masqueraded (SNAT): the backend sees a node IP as the source.';
    const n = decision.candidates.length;
    const which = n === 1 ? 'its only endpoint' : `one of ${n} endpoints`;
    summary = `${where} rewrites ${destination} (Service ${decision.matched?.service ?? '?'}) to ${which} (DNAT, ${decision.mode} mode): ${list}.${snat}`;
  } else summary = `${where}: ${reason}`;
  return { kind: 'kube-proxy', summary, details };
}

/** The CNI step for one endpoint: the sentence from crossNodePath (or an equivalent one). */
export function cniHop(
  endpoint: string,
  description: string,
  details: Record<string, unknown>,
): Hop {
  const sentence = description.charAt(0).toLowerCase() + description.slice(1);
  return { kind: 'cni', summary: `To ${endpoint}: ${sentence}`, details: { endpoint, ...details } };
}

/**
 * The NetworkPolicy step for one endpoint: the verdict's first sentence plus the sentences that
 * say why (from explainVerdict), and whether the plugin enforces it.
 */
export function policyHop(
  endpoint: string,
  verdict: PolicyVerdict,
  passes: boolean,
  explanation: readonly string[],
  reason: string,
): Hop {
  const outcome = passes
    ? verdict.allowed
      ? 'allowed'
      : 'would be denied, but the plugin does not enforce NetworkPolicy'
    : 'denied';
  return {
    kind: 'network-policy',
    summary: `NetworkPolicy check for ${endpoint}: ${outcome} — ${reason}.`,
    details: {
      endpoint,
      allowed: verdict.allowed,
      enforced: verdict.enforced,
      passes,
      from: verdict.from,
      to: verdict.to,
      port: verdict.resolvedPort ?? verdict.port,
      protocol: verdict.protocol,
      loopback: verdict.loopback,
      egress: directionDetails(verdict.egress),
      ingress: directionDetails(verdict.ingress),
      explanation,
    },
  };
}

/** The last step: which Pods receive the connection, and on which port. */
export function podHop(
  receivers: ReadonlyArray<{ pod: string | null; ip: string; port: number }>,
  protocol: string,
): Hop {
  const names = receivers.map((r) => `${r.pod ?? r.ip} (${r.ip})`);
  const summary =
    receivers.length === 1
      ? `${names[0]} receives the connection on ${protocol} port ${receivers[0].port}.`
      : `Each of ${receivers.length} endpoints can receive the connection: ${receivers
          .map((r, i) => `${names[i]} on ${protocol} port ${r.port}`)
          .join(', ')}.`;
  return { kind: 'pod', summary, details: { receivers, protocol } };
}

/** A direction's verdict as hops show it: the NetworkPolicy evidence, the closest rule in words. */
function directionDetails(d: DirectionVerdict): Record<string, unknown> {
  return {
    direction: d.direction,
    ...(d.subject !== undefined ? { subject: d.subject } : {}),
    isolated: d.isolated,
    isolatingPolicies: d.isolatingPolicies,
    allowedBy: d.allowedBy,
    allowed: d.allowed,
    ...(d.closest
      ? {
          closest: {
            policy: d.closest.policy,
            ruleIndex: d.closest.ruleIndex,
            mismatch: d.closest.mismatch,
            detail: describeClosest(d),
          },
        }
      : {}),
  };
}

/** A Pod sends to a load-balancer IP: kube-proxy on its node captures the packet. */
export function capturedLoadBalancerHop(e: {
  ip: string;
  service: string;
  port: number;
  node: string;
}): Hop {
  return {
    kind: 'load-balancer',
    summary: `${e.ip} is the load-balancer IP of Service ${e.service}; kube-proxy on ${e.node} captures traffic to it from inside the cluster, so the packet never goes out to the load balancer.`,
    details: { ip: e.ip, service: e.service, port: e.port },
  };
}

/** What the load balancer does with outside traffic, then the node that receives it. */
export function loadBalancerHops(e: {
  ip: string;
  service: string;
  port: number;
  nodePort?: number;
  protocol: string;
  externalTrafficPolicy: 'Local' | 'Cluster';
  healthCheckNodePort?: number;
  /** Local: the nodes passing the health check; Cluster: every node. */
  nodes: string[];
}): Hop[] {
  const local = e.externalTrafficPolicy === 'Local';
  return [
    {
      kind: 'load-balancer',
      summary: local
        ? `The load balancer for Service ${e.service} (${e.ip}:${e.port}) health-checks every node on healthCheckNodePort ${e.healthCheckNodePort ?? '(unset)'} and sends traffic only to nodes with a local endpoint (externalTrafficPolicy Local): ${e.nodes.length ? e.nodes.join(', ') : 'none passes'}.`
        : `The load balancer for Service ${e.service} (${e.ip}:${e.port}) spreads connections over every node (externalTrafficPolicy Cluster): ${e.nodes.join(', ')}.`,
      details: {
        ip: e.ip,
        service: e.service,
        port: e.port,
        nodePort: e.nodePort,
        externalTrafficPolicy: e.externalTrafficPolicy,
        healthCheckNodePort: e.healthCheckNodePort,
        nodes: e.nodes,
      },
    },
    {
      kind: 'node-port',
      summary: `The chosen node receives the packet on NodePort ${e.nodePort ?? '(none)'}/${e.protocol} (or on the load-balancer IP itself), and its kube-proxy takes over.`,
      details: { nodePort: e.nodePort, nodes: e.nodes },
    },
  ];
}

/** A sender connects to a node's IP on a NodePort. */
export function nodePortHop(e: {
  sender: string;
  node: string;
  nodeIP: string;
  nodePort: number;
  protocol: string;
  service: string;
  port: number;
  externalTrafficPolicy: string;
}): Hop {
  return {
    kind: 'node-port',
    summary: `${e.sender} connects to node ${e.node} (${e.nodeIP}) on NodePort ${e.nodePort}/${e.protocol}, which kube-proxy opens on every node for Service ${e.service} (port ${e.port}).`,
    details: {
      node: e.node,
      nodeIP: e.nodeIP,
      nodePort: e.nodePort,
      protocol: e.protocol,
      service: e.service,
      port: e.port,
      externalTrafficPolicy: e.externalTrafficPolicy,
    },
  };
}
