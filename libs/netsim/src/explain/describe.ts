/**
 * Plain-word fragments for the parts of a NetworkPolicy (selectors, peers, ports, rules).
 * Shared by `explainPolicy`, `explainVerdict` and `describeClosest`, so a policy
 * reads the same wherever it is quoted.
 */
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort } from '@app/kube';

/** "role=frontend, tier in (web, api)"; '' for an empty selector. */
export function describeSelector(selector: LabelSelector | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) parts.push(`${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    const values = (e.values ?? []).join(', ');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} not in (${values})`);
    else if (e.operator === 'Exists') parts.push(`with a ${e.key} label`);
    else parts.push(`without a ${e.key} label`);
  }
  return parts.join(', ');
}

/** Which pods a podSelector picks in one namespace: "all pods in namespace x" / "pods labelled …". */
export function describePodsInNamespace(
  selector: LabelSelector | undefined,
  namespace: string,
): string {
  const s = describeSelector(selector);
  return s ? `pods labelled ${s} in namespace ${namespace}` : `all pods in namespace ${namespace}`;
}

/** One peer of a rule; `namespace` is the policy's own (podSelector-only peers stay inside it). */
export function describePeer(peer: NetworkPolicyPeer, namespace: string): string {
  if (peer.ipBlock) {
    const except = peer.ipBlock.except ?? [];
    return `IP range ${peer.ipBlock.cidr}${except.length ? ` except ${except.join(', ')}` : ''}`;
  }
  if (peer.namespaceSelector) {
    const ns = describeSelector(peer.namespaceSelector);
    const pods = describeSelector(peer.podSelector);
    const where = ns ? `namespaces labelled ${ns}` : 'all namespaces';
    if (!pods) return `all pods in ${where}`;
    return ns ? `pods labelled ${pods} in ${where}` : `pods labelled ${pods} in any namespace`;
  }
  if (peer.podSelector) return describePodsInNamespace(peer.podSelector, namespace);
  return 'no pods (an empty peer)';
}

/** "TCP port 6379", "TCP ports 32000-32768", "UDP port named dns", "all SCTP ports". */
export function describePort(port: NetworkPolicyPort): string {
  const protocol = port.protocol ?? 'TCP';
  if (port.port === undefined) return `all ${protocol} ports`;
  if (typeof port.port === 'string') return `${protocol} port named ${port.port}`;
  if (port.endPort !== undefined) return `${protocol} ports ${port.port}-${port.endPort}`;
  return `${protocol} port ${port.port}`;
}

/** The ports of a rule; absent or empty means every port. */
export function describePorts(ports: readonly NetworkPolicyPort[] | undefined): string {
  if (!ports || ports.length === 0) return 'all ports';
  return joinOr(ports.map(describePort));
}

/**
 * One rule as a clause: "allows TCP port 6379 from pods labelled role=frontend in namespace
 * default, and from IP range 172.17.0.0/16 except 172.17.1.0/24".
 */
export function describeRule(
  direction: 'Ingress' | 'Egress',
  peers: readonly NetworkPolicyPeer[] | undefined,
  ports: readonly NetworkPolicyPort[] | undefined,
  namespace: string,
): string {
  const preposition = direction === 'Ingress' ? 'from' : 'to';
  const anyPeer = !peers || peers.length === 0;
  const anyPort = !ports || ports.length === 0;
  if (anyPeer && anyPort) {
    return direction === 'Ingress'
      ? 'allows all traffic on every port from any source'
      : 'allows all traffic on every port to any destination';
  }
  const where = anyPeer
    ? direction === 'Ingress'
      ? 'from any source'
      : 'to any destination'
    : peers.map((p) => `${preposition} ${describePeer(p, namespace)}`).join(', and ');
  return `allows ${describePorts(ports)} ${where}`;
}

export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
