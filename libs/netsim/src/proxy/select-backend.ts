/**
 * What kube-proxy on the node that handles a packet does with it: the traced answer that
 * render-iptables.ts must agree with. Follows pkg/proxy/iptables/proxier.go syncProxyRules
 * (which chain a destination enters, masquerading, REJECT/DROP) and uses categorizeEndpoints
 * (pkg/proxy/topology.go) for the candidate endpoints. Returns evidence (proxy-evidence.ts);
 * explain/explain-proxy.ts writes the sentences.
 */
import { cidrContains, notFound, parseCIDR, parseIPv4, type Protocol } from '@app/kube';
import { ClusterIndex, keyOf, podIPs } from '../cluster-index';
import type { ServiceAddressKind } from '../model/address-classifier';
import { modelOf } from '../model/cluster-model';
import { categorizeEndpoints, healthyNodes } from './categorize-endpoints';
import type { ProxyFact } from './proxy-evidence';
import type { ProxyEndpoint } from './service-ports';

export type { ServiceAddressKind } from '../model/address-classifier';

export interface ProxyQuery {
  to: { ip: string; port: number; protocol?: Protocol };
  /**
   * The sender: a Pod, an IP (a Pod's, a node's, or an outside client's), and/or a node.
   * With only `node`, the packet comes from a process on that node. With an outside `ip` and a
   * `node`, the packet from that client arrives at that node. Nothing: an outside client.
   */
  from?: { pod?: { namespace: string; name: string }; ip?: string; node?: string };
}

export interface ProxyCandidate {
  pod: string | null;
  ip: string;
  port: number;
  node: string | null;
  /** The share of new connections this endpoint gets (1/n for n candidates). */
  probability: number;
  /**
   * iptables mode: the `--probability` of this endpoint's rule in the KUBE-SVC/KUBE-SVL chain as
   * kube-proxy writes it (1/n, 1/(n-1), …; absent on the last, unconditional rule).
   */
  ruleProbability?: string;
  /** The endpoint is the sender itself: kube-proxy masquerades this hairpin connection. */
  hairpin?: boolean;
}

export interface ProxyDecision {
  matched: { service: string; portName: string; kind: ServiceAddressKind } | null;
  action: 'DNAT' | 'REJECT' | 'DROP' | 'NONE';
  candidates: ProxyCandidate[];
  mode: 'iptables' | 'ipvs';
  sessionAffinity?: { type: 'ClientIP'; timeoutSeconds: number };
  /** False when kube-proxy masquerades (SNAT) the connection, so the backend sees a node IP. */
  sourceIPPreserved: boolean;
  /** The node whose kube-proxy rules handle the packet (undefined: any node a load balancer picks). */
  node?: string;
  /** What the decision rests on, in the order it was taken; the last fact is the verdict's own. */
  evidence: ProxyFact[];
}

/** The sender as kube-proxy's rules see it. */
interface Source {
  ip?: string;
  node?: string;
  /** 'pod': a Pod-network address (inside the cluster CIDR); 'node': a host address; 'external'. */
  kind: 'pod' | 'node' | 'external';
  label: string;
}

/**
 * Decides what kube-proxy does with a new connection to `to`:
 * - the destination is matched as a ClusterIP, an external IP, a load-balancer ingress IP, or a
 *   node IP with a NodePort (any node's IP works); nothing matches → action NONE (no rule applies);
 * - the handling node is the sender's node (ClusterIP, external IP, load-balancer IP) or the node
 *   that owns the NodePort address; an outside client cannot reach a ClusterIP (NONE);
 * - no usable endpoint anywhere → REJECT ("has no endpoints"); internalTrafficPolicy Local with no
 *   endpoint on the handling node → DROP for ClusterIP traffic; externalTrafficPolicy Local with no
 *   local endpoint → DROP for outside traffic to NodePort/LB/external IPs (Pods and the node itself
 *   are short-circuited to the Cluster-policy endpoints, as proxier.go's KUBE-EXT chain does); a
 *   load balancer under Local policy with no node passing its health check (no local ready
 *   endpoint anywhere: healthyNodes) → DROP;
 * - DNAT candidates share traffic equally: iptables mode uses statistic-mode random rules
 *   (1/n, 1/(n-1), … in the order of "ip:port"), ipvs mode round-robin over the same list;
 * - the source IP is preserved unless the connection is masqueraded: ClusterIP traffic from
 *   outside the cluster CIDR, external traffic with externalTrafficPolicy Cluster, node-originated
 *   traffic to external destinations, and hairpin connections (flagged per candidate).
 * Throws NotFound when `from.pod` does not exist.
 */
export function decideProxy(index: ClusterIndex, query: ProxyQuery): ProxyDecision {
  const mode = index.config.proxyMode;
  const protocol = query.to.protocol ?? 'TCP';
  const dest = `${query.to.ip}:${query.to.port}/${protocol}`;
  const source = resolveSource(index, query.from);
  const evidence: ProxyFact[] = [];
  const none = (fact: ProxyFact): ProxyDecision => ({
    matched: null,
    action: 'NONE',
    candidates: [],
    mode,
    sourceIPPreserved: true,
    node: source.node,
    evidence: [...evidence, fact],
  });

  const match = modelOf(index).addresses.matchServiceAddress(query.to.ip, query.to.port, protocol);
  if (!match) {
    evidence.push(...addressFacts(index, query.to.ip));
    return none({ fact: 'no-rule', destination: dest });
  }
  const { sp, kind } = match;
  const handlingNode =
    kind === 'NodePort' ? index.nodeByIP(query.to.ip)?.metadata.name : source.node;
  const matched = { service: sp.serviceKey, portName: sp.portName, kind };
  if (kind === 'ClusterIP' && source.kind === 'external') {
    return { ...none({ fact: 'cluster-ip-from-outside', source: source.label }), matched };
  }
  evidence.push(
    { fact: 'matched', destination: dest, kind, service: sp.serviceKey, portName: sp.portName },
    { fact: 'handled-by', node: handlingNode, kind, source: source.label },
  );

  const cat = categorizeEndpoints(sp, handlingNode);
  const base = {
    matched,
    mode,
    node: handlingNode,
    ...(sp.sessionAffinity ? { sessionAffinity: sp.sessionAffinity } : {}),
  };
  const stop = (action: 'REJECT' | 'DROP', ...facts: ProxyFact[]): ProxyDecision => ({
    ...base,
    action,
    candidates: [],
    sourceIPPreserved: true,
    evidence: [...evidence, ...facts],
  });
  if (!cat.hasAnyEndpoints) {
    return stop(
      'REJECT',
      {
        fact: 'endpoints',
        service: sp.serviceKey,
        servicePort: sp.name,
        listed: sp.endpoints.length,
      },
      { fact: 'no-endpoints', servicePort: sp.name },
    );
  }

  const podCIDR = parseCIDR(index.config.podCIDR);
  const fromPodNetwork =
    source.ip !== undefined &&
    podCIDR !== undefined &&
    cidrContains(podCIDR, parseIPv4(source.ip) ?? -1);
  const handlingNodeIP = handlingNode ? index.nodeIP(handlingNode) : undefined;
  const fromHandlingNode = source.ip !== undefined && source.ip === handlingNodeIP;

  let chosen: ProxyEndpoint[];
  let masquerade: boolean;
  if (kind === 'ClusterIP') {
    if (sp.internalPolicyLocal) {
      chosen = cat.localEndpoints ?? [];
      if (!chosen.length)
        return stop('DROP', {
          fact: 'no-local-endpoints',
          policy: 'internal',
          servicePort: sp.name,
          node: handlingNode,
        });
      evidence.push({ fact: 'internal-local', node: handlingNode });
    } else chosen = cat.clusterEndpoints ?? [];
    // KUBE-SVC's first rule: traffic to the ClusterIP from outside the cluster CIDR is masqueraded.
    masquerade = !fromPodNetwork;
    if (masquerade)
      evidence.push({
        fact: 'masquerade-outside-pod-cidr',
        sourceIP: source.ip ?? '',
        podCIDR: index.config.podCIDR,
      });
  } else if (!sp.externalPolicyLocal) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = true;
    evidence.push({ fact: 'external-cluster' });
  } else if (fromPodNetwork) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = false;
    evidence.push({ fact: 'external-local-short-circuit', from: 'pod' });
  } else if (fromHandlingNode) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = true;
    evidence.push({ fact: 'external-local-short-circuit', from: 'node' });
  } else if (!handlingNode) {
    // The health check counts only local ready endpoints: the load balancer drains every node.
    if (kind === 'LoadBalancer' && !healthyNodes(sp).length)
      return stop('DROP', { fact: 'no-healthy-node', servicePort: sp.name });
    chosen = cat.clusterEndpoints ?? cat.allReachableEndpoints;
    masquerade = false;
    evidence.push({ fact: 'external-local-any-node', loadBalancer: kind === 'LoadBalancer' });
  } else {
    chosen = cat.localEndpoints ?? [];
    masquerade = false;
    if (!chosen.length)
      return stop('DROP', {
        fact: 'no-local-endpoints',
        policy: 'external',
        servicePort: sp.name,
        node: handlingNode,
      });
    evidence.push({ fact: 'external-local', node: handlingNode });
  }
  if (cat.clusterUsesTerminating || cat.localUsesTerminating)
    evidence.push({ fact: 'terminating-fallback' });

  const n = chosen.length;
  const candidates: ProxyCandidate[] = chosen.map((ep, i) => ({
    pod: ep.pod,
    ip: ep.ip,
    port: ep.port,
    node: ep.nodeName ?? null,
    probability: 1 / n,
    ...(mode === 'iptables' && i < n - 1 ? { ruleProbability: ruleProbability(n - i) } : {}),
    ...(source.ip === ep.ip ? { hairpin: true } : {}),
  }));
  const endpoints = chosen.map((e) => e.endpoint);
  evidence.push({
    fact: 'balance',
    mode,
    endpoints,
    ruleProbabilities: candidates.slice(0, -1).map((c) => c.ruleProbability ?? ''),
  });
  if (candidates.some((c) => c.hairpin)) evidence.push({ fact: 'hairpin' });
  if (sp.sessionAffinity)
    evidence.push({ fact: 'session-affinity', timeoutSeconds: sp.sessionAffinity.timeoutSeconds });
  evidence.push({ fact: 'dnat', destination: dest, endpoints });
  return { ...base, action: 'DNAT', candidates, sourceIPPreserved: !masquerade, evidence };
}

/** kube-proxy's computeProbability: "%0.10f" of 1/n. */
export const ruleProbability = (n: number): string => (1 / n).toFixed(10);

function resolveSource(index: ClusterIndex, from: ProxyQuery['from']): Source {
  if (from?.pod) {
    const pod = index.pod(from.pod.namespace, from.pod.name);
    const label = `Pod ${from.pod.namespace}/${from.pod.name}`;
    if (!pod) throw notFound('pods', from.pod.name);
    const node = pod.spec.nodeName;
    if (pod.spec.hostNetwork)
      return {
        ip: node ? index.nodeIP(node) : pod.status?.hostIP,
        node,
        kind: 'node',
        label: `${label} (hostNetwork)`,
      };
    return { ip: podIPs(pod)[0], node, kind: 'pod', label };
  }
  if (from?.ip) {
    const pod = index.podByIP(from.ip);
    if (pod)
      return {
        ip: from.ip,
        node: pod.spec.nodeName,
        kind: 'pod',
        label: `Pod ${pod.metadata.namespace}/${pod.metadata.name}`,
      };
    const node = index.nodeByIP(from.ip);
    if (node)
      return {
        ip: from.ip,
        node: node.metadata.name,
        kind: 'node',
        label: `node ${node.metadata.name}`,
      };
    return { ip: from.ip, node: from.node, kind: 'external', label: `outside client ${from.ip}` };
  }
  if (from?.node)
    return {
      ip: index.nodeIP(from.node),
      node: from.node,
      kind: 'node',
      label: `node ${from.node}`,
    };
  return { kind: 'external', label: 'an outside client' };
}

/** What else the unmatched address is, so the sentence can say why no rule applies. */
function addressFacts(index: ClusterIndex, ip: string): ProxyFact[] {
  const svc = index.serviceByClusterIP(ip);
  if (svc) return [{ fact: 'address-is', ip, what: 'cluster-ip-other-port', name: keyOf(svc) }];
  const pod = index.podByIP(ip);
  if (pod) return [{ fact: 'address-is', ip, what: 'pod', name: keyOf(pod) }];
  const node = index.nodeByIP(ip);
  if (node) return [{ fact: 'address-is', ip, what: 'node', name: node.metadata.name ?? '' }];
  return [];
}
