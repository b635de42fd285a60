/**
 * What kube-proxy on the node that handles a packet does with it: the traced answer that
 * render-iptables.ts must agree with. Follows pkg/proxy/iptables/proxier.go syncProxyRules
 * (which chain a destination enters, masquerading, REJECT/DROP) and uses categorizeEndpoints
 * (pkg/proxy/topology.go) for the candidate endpoints.
 */
import { cidrContains, notFound, parseCIDR, parseIPv4, type Protocol } from '@app/kube';
import { ClusterIndex, podIPs } from '../cluster-index';
import type { ServiceAddressKind } from '../model/address-classifier';
import { modelOf } from '../model/cluster-model';
import { categorizeEndpoints, healthyNodes } from './categorize-endpoints';
import type { ProxyEndpoint, ProxyServicePort } from './service-ports';

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
  reason: string;
  explanation: string[];
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
 *   are short-circuited to the Cluster-policy endpoints, as proxier.go's KUBE-EXT chain does);
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
  const none = (reason: string, explanation: string[] = []): ProxyDecision => ({
    matched: null,
    action: 'NONE',
    candidates: [],
    mode,
    sourceIPPreserved: true,
    node: source.node,
    reason,
    explanation: [...explanation, reason],
  });

  const match = modelOf(index).addresses.matchServiceAddress(query.to.ip, query.to.port, protocol);
  if (!match) {
    return none(
      `No Service listens on ${dest}: kube-proxy has no rule for it, so the packet is routed unchanged.`,
      describeAddress(index, query.to.ip),
    );
  }
  const { sp, kind } = match;
  const handlingNode =
    kind === 'NodePort' ? index.nodeByIP(query.to.ip)?.metadata.name : source.node;
  const matched = { service: sp.serviceKey, portName: sp.portName, kind };
  const explanation: string[] = [
    `${dest} is the ${kindWords(kind)} of Service ${sp.serviceKey}${sp.portName ? ` (port "${sp.portName}")` : ''}.`,
  ];
  if (kind === 'ClusterIP' && source.kind === 'external') {
    return {
      ...none(
        `A ClusterIP is virtual and exists only in kube-proxy's rules on cluster nodes: ${source.label} outside the cluster cannot reach it.`,
      ),
      matched,
    };
  }
  explanation.push(
    handlingNode
      ? `kube-proxy on ${handlingNode} handles the packet (${kind === 'NodePort' ? 'it owns that node IP' : `the sender is ${source.label}`}).`
      : `The ${kind === 'LoadBalancer' ? 'load balancer' : 'network'} delivers ${source.label}'s packet to a node; every node has the same rules.`,
  );

  const cat = categorizeEndpoints(sp, handlingNode);
  const base = {
    matched,
    mode,
    node: handlingNode,
    ...(sp.sessionAffinity ? { sessionAffinity: sp.sessionAffinity } : {}),
  };
  if (!cat.hasAnyEndpoints) {
    const reason = `${sp.name} has no endpoints: kube-proxy REJECTs the connection (the client sees "connection refused").`;
    return {
      ...base,
      action: 'REJECT',
      candidates: [],
      sourceIPPreserved: true,
      reason,
      explanation: [...explanation, describeEndpoints(sp), reason],
    };
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
      if (!chosen.length) {
        const reason = `${sp.name} has no local endpoints: internalTrafficPolicy is Local and no endpoint runs on ${handlingNode}, so kube-proxy DROPs the packet.`;
        return {
          ...base,
          action: 'DROP',
          candidates: [],
          sourceIPPreserved: true,
          reason,
          explanation: [...explanation, reason],
        };
      }
      explanation.push(`internalTrafficPolicy Local: only endpoints on ${handlingNode} are used.`);
    } else chosen = cat.clusterEndpoints ?? [];
    // KUBE-SVC's first rule: traffic to the ClusterIP from outside the cluster CIDR is masqueraded.
    masquerade = !fromPodNetwork;
    if (masquerade)
      explanation.push(
        `The sender's address ${source.ip ?? ''} is outside the pod CIDR ${index.config.podCIDR}, so the connection is masqueraded (SNAT to the node IP).`,
      );
  } else if (!sp.externalPolicyLocal) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = true;
    explanation.push(
      'externalTrafficPolicy Cluster: any ready endpoint on any node may be chosen, and the connection is masqueraded (SNAT), so the backend sees a node IP, not the client.',
    );
  } else if (fromPodNetwork) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = false;
    explanation.push(
      'externalTrafficPolicy Local does not limit traffic from Pods: kube-proxy short-circuits it to all ready endpoints, as if it had gone out to the load balancer and back.',
    );
  } else if (fromHandlingNode) {
    chosen = cat.clusterEndpoints ?? [];
    masquerade = true;
    explanation.push(
      'Traffic from the node itself to an external destination is sent to all ready endpoints and masqueraded (the node address is the source).',
    );
  } else if (!handlingNode) {
    if (kind === 'LoadBalancer' && !healthyNodes(sp).length) {
      // The health check counts only local ready endpoints: the load balancer drains every node.
      const reason = `${sp.name} has no node that passes the load balancer's health check: externalTrafficPolicy is Local and no node runs a ready endpoint (terminating ones fail the check), so the load balancer sends the packet nowhere.`;
      return {
        ...base,
        action: 'DROP',
        candidates: [],
        sourceIPPreserved: true,
        reason,
        explanation: [...explanation, reason],
      };
    }
    chosen = cat.clusterEndpoints ?? cat.allReachableEndpoints;
    masquerade = false;
    explanation.push(
      kind === 'LoadBalancer'
        ? 'externalTrafficPolicy Local: the load balancer health-checks every node (healthCheckNodePort) and only sends traffic to nodes running an endpoint, each of which delivers it locally with the client IP preserved.'
        : 'externalTrafficPolicy Local: a node that receives the packet delivers it only to its own endpoints (client IP preserved) and drops it when it has none.',
    );
  } else {
    chosen = cat.localEndpoints ?? [];
    masquerade = false;
    if (!chosen.length) {
      const reason = `${sp.name} has no local endpoints: externalTrafficPolicy is Local and no endpoint runs on ${handlingNode}, so kube-proxy DROPs the packet.`;
      return {
        ...base,
        action: 'DROP',
        candidates: [],
        sourceIPPreserved: true,
        reason,
        explanation: [...explanation, reason],
      };
    }
    explanation.push(
      `externalTrafficPolicy Local: only endpoints on ${handlingNode} are used and the client IP is preserved.`,
    );
  }
  if (cat.clusterUsesTerminating || cat.localUsesTerminating) {
    explanation.push(
      'No endpoint is ready, so kube-proxy falls back to endpoints that are terminating but still serving.',
    );
  }

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
  explanation.push(
    mode === 'iptables'
      ? n === 1
        ? `iptables mode: the only candidate ${chosen[0].endpoint} always gets the connection.`
        : `iptables mode: ${n} candidates, each chosen with probability 1/${n}; the rules test them in order with --probability ${candidates
            .slice(0, -1)
            .map((c) => c.ruleProbability)
            .join(', ')} and the last rule takes what is left.`
      : `ipvs mode: round robin over ${n} candidate(s) in this order: ${chosen.map((e) => e.endpoint).join(', ')}.`,
  );
  if (candidates.some((c) => c.hairpin))
    explanation.push(
      'If the sender picks itself (hairpin), that connection is masqueraded so the reply comes back through the node.',
    );
  if (sp.sessionAffinity)
    explanation.push(
      `sessionAffinity ClientIP: a client keeps the same endpoint for ${sp.sessionAffinity.timeoutSeconds}s after its last connection.`,
    );
  const reason = `DNAT ${dest} to one of ${chosen.map((e) => e.endpoint).join(', ')}.`;
  return {
    ...base,
    action: 'DNAT',
    candidates,
    sourceIPPreserved: !masquerade,
    reason,
    explanation: [...explanation, reason],
  };
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

function describeAddress(index: ClusterIndex, ip: string): string[] {
  const svc = index.serviceByClusterIP(ip);
  if (svc)
    return [
      `${ip} is the ClusterIP of ${svc.metadata.namespace}/${svc.metadata.name}, but not for this port and protocol.`,
    ];
  const pod = index.podByIP(ip);
  if (pod)
    return [
      `${ip} is Pod ${pod.metadata.namespace}/${pod.metadata.name}'s own address, not a Service address.`,
    ];
  const node = index.nodeByIP(ip);
  if (node) return [`${ip} is node ${node.metadata.name}, but no Service has that NodePort.`];
  return [];
}

function describeEndpoints(sp: ProxyServicePort): string {
  if (!sp.endpoints.length)
    return `Service ${sp.serviceKey} has no endpoints for port ${sp.name} (no Pod matches its selector, or none exposes the port).`;
  return `Service ${sp.serviceKey} has ${sp.endpoints.length} endpoint(s), none ready and none terminating-but-serving.`;
}

const kindWords = (kind: ServiceAddressKind): string =>
  ({
    ClusterIP: 'ClusterIP',
    NodePort: 'NodePort (on a node IP)',
    LoadBalancer: 'load-balancer IP',
    ExternalIP: 'external IP',
  })[kind];
