/**
 * Sentences for a kube-proxy decision, written only from its evidence (proxy/proxy-evidence.ts):
 * one per fact, the last one being the decision's reason.
 */
import type { ServiceAddressKind } from '../model/address-classifier';
import type { ProxyFact } from '../proxy/proxy-evidence';
import type { ProxyDecision } from '../proxy/select-backend';

/** The decision with its sentences, as Simulation.proxy and the kube-proxy hop show it. */
export type ExplainedProxyDecision = Omit<ProxyDecision, 'evidence'> & {
  reason: string;
  explanation: string[];
};

/** The decision's sentences: `explanation` one per fact, `reason` the last of them. */
export function explainProxy(decision: ProxyDecision): { reason: string; explanation: string[] } {
  const explanation = decision.evidence.map(sentence);
  return { reason: explanation[explanation.length - 1] ?? '', explanation };
}

/** The decision as renderers show it: sentences instead of evidence. */
export function explainedProxyDecision(decision: ProxyDecision): ExplainedProxyDecision {
  const { evidence: _evidence, ...rest } = decision;
  return { ...rest, ...explainProxy(decision) };
}

const kindWords = (kind: ServiceAddressKind): string =>
  ({
    ClusterIP: 'ClusterIP',
    NodePort: 'NodePort (on a node IP)',
    LoadBalancer: 'load-balancer IP',
    ExternalIP: 'external IP',
  })[kind];

function sentence(f: ProxyFact): string {
  switch (f.fact) {
    case 'address-is':
      if (f.what === 'cluster-ip-other-port')
        return `${f.ip} is the ClusterIP of ${f.name}, but not for this port and protocol.`;
      if (f.what === 'pod') return `${f.ip} is Pod ${f.name}'s own address, not a Service address.`;
      return `${f.ip} is node ${f.name}, but no Service has that NodePort.`;
    case 'no-rule':
      return `No Service listens on ${f.destination}: kube-proxy has no rule for it, so the packet is routed unchanged.`;
    case 'cluster-ip-from-outside':
      return `A ClusterIP is virtual and exists only in kube-proxy's rules on cluster nodes: ${f.source} outside the cluster cannot reach it.`;
    case 'matched':
      return `${f.destination} is the ${kindWords(f.kind)} of Service ${f.service}${f.portName ? ` (port "${f.portName}")` : ''}.`;
    case 'handled-by':
      return f.node
        ? `kube-proxy on ${f.node} handles the packet (${f.kind === 'NodePort' ? 'it owns that node IP' : `the sender is ${f.source}`}).`
        : `The ${f.kind === 'LoadBalancer' ? 'load balancer' : 'network'} delivers ${f.source}'s packet to a node; every node has the same rules.`;
    case 'endpoints':
      return f.listed === 0
        ? `Service ${f.service} has no endpoints for port ${f.servicePort} (no Pod matches its selector, or none exposes the port).`
        : `Service ${f.service} has ${f.listed} endpoint(s), none ready and none terminating-but-serving.`;
    case 'no-endpoints':
      return `${f.servicePort} has no endpoints: kube-proxy REJECTs the connection (the client sees "connection refused").`;
    case 'no-local-endpoints':
      return `${f.servicePort} has no local endpoints: ${f.policy === 'internal' ? 'internalTrafficPolicy' : 'externalTrafficPolicy'} is Local and no endpoint runs on ${f.node}, so kube-proxy DROPs the packet.`;
    case 'no-healthy-node':
      return `${f.servicePort} has no node that passes the load balancer's health check: externalTrafficPolicy is Local and no node runs a ready endpoint (terminating ones fail the check), so the load balancer sends the packet nowhere.`;
    case 'internal-local':
      return `internalTrafficPolicy Local: only endpoints on ${f.node} are used.`;
    case 'masquerade-outside-pod-cidr':
      return `The sender's address ${f.sourceIP} is outside the pod CIDR ${f.podCIDR}, so the connection is masqueraded (SNAT to the node IP).`;
    case 'external-cluster':
      return 'externalTrafficPolicy Cluster: any ready endpoint on any node may be chosen, and the connection is masqueraded (SNAT), so the backend sees a node IP, not the client.';
    case 'external-local-short-circuit':
      return f.from === 'pod'
        ? 'externalTrafficPolicy Local does not limit traffic from Pods: kube-proxy short-circuits it to all ready endpoints, as if it had gone out to the load balancer and back.'
        : 'Traffic from the node itself to an external destination is sent to all ready endpoints and masqueraded (the node address is the source).';
    case 'external-local-any-node':
      return f.loadBalancer
        ? 'externalTrafficPolicy Local: the load balancer health-checks every node (healthCheckNodePort) and only sends traffic to nodes running an endpoint, each of which delivers it locally with the client IP preserved.'
        : 'externalTrafficPolicy Local: a node that receives the packet delivers it only to its own endpoints (client IP preserved) and drops it when it has none.';
    case 'external-local':
      return `externalTrafficPolicy Local: only endpoints on ${f.node} are used and the client IP is preserved.`;
    case 'terminating-fallback':
      return 'No endpoint is ready, so kube-proxy falls back to endpoints that are terminating but still serving.';
    case 'balance': {
      const n = f.endpoints.length;
      if (f.mode === 'ipvs')
        return `ipvs mode: round robin over ${n} candidate(s) in this order: ${f.endpoints.join(', ')}.`;
      return n === 1
        ? `iptables mode: the only candidate ${f.endpoints[0]} always gets the connection.`
        : `iptables mode: ${n} candidates, each chosen with probability 1/${n}; the rules test them in order with --probability ${f.ruleProbabilities.join(', ')} and the last rule takes what is left.`;
    }
    case 'hairpin':
      return 'If the sender picks itself (hairpin), that connection is masqueraded so the reply comes back through the node.';
    case 'session-affinity':
      return `sessionAffinity ClientIP: a client keeps the same endpoint for ${f.timeoutSeconds}s after its last connection.`;
    case 'dnat':
      return `DNAT ${f.destination} to one of ${f.endpoints.join(', ')}.`;
  }
}
