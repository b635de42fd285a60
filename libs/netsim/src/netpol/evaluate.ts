import { parseIPv4 } from '@app/kube';
import type { Protocol } from '@app/kube';
import { hasBit } from './bitset';
import { ipBlockContains } from './compile';
import type {
  CompiledPolicies,
  CompiledPort,
  CompiledRule,
  ClosestRuleEvidence,
  DirectionVerdict,
  PodIndex,
  PolicyEffect,
  PolicyEndpoint,
  PolicyVerdict,
  RuleMismatch,
} from './types';
import { POLICY_TIERS } from './types';

export interface EvaluateQuery {
  /** Source pod index, or an address (an address that is exactly one pod's IP counts as that pod). */
  from: PolicyEndpoint;
  /** Destination pod (after kube-proxy's DNAT: never a Service IP), or an outside address. */
  to: PolicyEndpoint;
  /** A number, or a container port name resolved on the destination pod. */
  port: number | string;
  /** TCP when omitted. */
  protocol?: Protocol;
}

/**
 * The port as the destination sees it: the number and the container port names it carries there.
 * Named ports resolve only on a destination pod; an unknown name resolves to nothing.
 */
export interface ResolvedProbe {
  number?: number;
  names: readonly string[];
}

/** Resolves the probe port on the destination pod's container ports (policy-assistant's `PortProtocol`). */
export function resolveProbe(
  compiled: CompiledPolicies,
  dst: PodIndex | undefined,
  port: number | string,
  protocol: Protocol,
): ResolvedProbe {
  const containerPorts = dst === undefined ? [] : compiled.pods[dst].ports;
  if (typeof port === 'number') {
    const names: string[] = [];
    for (const p of containerPorts) {
      if (p.containerPort === port && (p.protocol ?? 'TCP') === protocol && p.name)
        names.push(p.name);
    }
    return { number: port, names };
  }
  const found = containerPorts.find((p) => p.name === port && (p.protocol ?? 'TCP') === protocol);
  return found ? { number: found.containerPort, names: [port] } : { names: [] };
}

/** Whether one port entry of a rule admits the probe (protocol first, then number/range/name). */
export function portEntryAllows(
  entry: CompiledPort,
  probe: ResolvedProbe,
  protocol: Protocol,
): boolean {
  if (entry.protocol !== protocol) return false;
  return portEntryMatchesIgnoringProtocol(entry, probe);
}

function portEntryMatchesIgnoringProtocol(entry: CompiledPort, probe: ResolvedProbe): boolean {
  if (entry.name !== undefined) return probe.names.includes(entry.name);
  if (entry.number === undefined) return true;
  if (probe.number === undefined) return false;
  return entry.endPort !== undefined
    ? probe.number >= entry.number && probe.number <= entry.endPort
    : probe.number === entry.number;
}

/** A rule's ports admit the probe: absent/empty ports admit everything. */
export function rulePortsAllow(
  rule: CompiledRule,
  probe: ResolvedProbe,
  protocol: Protocol,
): boolean {
  if (!rule.ports) return true;
  for (const entry of rule.ports) if (portEntryAllows(entry, probe, protocol)) return true;
  return false;
}

interface ResolvedEndpoint {
  pod?: PodIndex;
  ip: number;
  label: string;
}

function resolveEndpoint(compiled: CompiledPolicies, endpoint: PolicyEndpoint): ResolvedEndpoint {
  if (typeof endpoint === 'number') {
    const pod = compiled.pods[endpoint];
    if (!pod) throw new RangeError(`no pod with index ${endpoint}`);
    return { pod: endpoint, ip: compiled.podIps[endpoint], label: `${pod.namespace}/${pod.name}` };
  }
  const asPod = compiled.podByIp.get(endpoint.ip);
  if (asPod !== undefined) return resolveEndpoint(compiled, asPod);
  return { ip: parseIPv4(endpoint.ip) ?? NaN, label: endpoint.ip };
}

/** The other side is admitted by the rule's peers: pods by bitset, outside addresses by ipBlock. */
function rulePeersAdmit(rule: CompiledRule, peer: ResolvedEndpoint): boolean {
  if (rule.allPeers) return true;
  if (peer.pod !== undefined) return hasBit(rule.peerPods, peer.pod);
  for (const p of rule.peers) if (p.ipBlock && ipBlockContains(p.ipBlock, peer.ip)) return true;
  return false;
}

/**
 * The NetworkPolicy verdict for one connection, following the v1 semantics and
 * policy-assistant `pkg/matcher` (Policy.IsTrafficAllowed): allowed iff the source's egress
 * allows it AND the destination's ingress allows it.
 *
 * Per direction: a pod is isolated when some policy of its namespace selects it with that policy
 * type; an isolated pod admits the traffic when any rule of any of those policies (additive)
 * admits the peer (empty `from`/`to` = everyone; pods by selector or by IP in an ipBlock; outside
 * addresses only by ipBlock) and the port (absent ports = all; numbers, endPort ranges, names
 * resolved on the destination pod; protocol TCP by default). A direction whose subject is an
 * outside address is not isolated.
 *
 * Edge cases: a pod talking to itself is always allowed (`loopback`); a named probe port the
 * destination lacks matches no port entry (rules without ports still admit it); an address that
 * is exactly one pod's IP is treated as that pod. On a plugin that does not enforce policies the
 * verdict is computed all the same and `enforced` is false.
 *
 * Evidence: per direction the isolating policies, the rules that allow, and when denied the rule
 * that came closest (peer matched but port/protocol did not, or port matched but peer did not).
 */
export function evaluate(compiled: CompiledPolicies, query: EvaluateQuery): PolicyVerdict {
  const protocol: Protocol = query.protocol ?? 'TCP';
  const src = resolveEndpoint(compiled, query.from);
  const dst = resolveEndpoint(compiled, query.to);
  const probe = resolveProbe(compiled, dst.pod, query.port, protocol);
  const egress = evaluateDirection(compiled, 'Egress', src, dst, probe, protocol);
  const ingress = evaluateDirection(compiled, 'Ingress', dst, src, probe, protocol);
  const loopback =
    (src.pod !== undefined && src.pod === dst.pod) || (!Number.isNaN(src.ip) && src.ip === dst.ip);
  return {
    allowed: loopback || (egress.allowed && ingress.allowed),
    enforced: compiled.enforced,
    networkPlugin: compiled.networkPlugin,
    from: src.label,
    to: dst.label,
    port: query.port,
    ...(probe.number !== undefined && { resolvedPort: probe.number }),
    protocol,
    loopback,
    egress,
    ingress,
  };
}

/** Traffic actually passes: the policy verdict allows it, or the plugin does not enforce policies. */
export const trafficPasses = (verdict: PolicyVerdict): boolean =>
  verdict.allowed || !verdict.enforced;

/**
 * Resolves effects in order: tier by tier (POLICY_TIERS), lowest priority first within a tier;
 * the first Allow or Deny decides, a Pass skips the rest of its tier; nothing decides → allowed.
 */
export function resolveEffects(effects: readonly PolicyEffect[]): {
  allowed: boolean;
  decidedBy?: PolicyEffect;
} {
  for (const tier of POLICY_TIERS) {
    const inTier = effects.filter((e) => e.tier === tier).sort((a, b) => a.priority - b.priority);
    for (const effect of inTier) {
      if (effect.action === 'Pass') break;
      return { allowed: effect.action === 'Allow', decidedBy: effect };
    }
  }
  return { allowed: true };
}

/** A NetworkPolicy's effects: Allow for each admitting rule, then Deny for its isolation. */
const allowEffect = (policy: string, ruleIndex: number): PolicyEffect => ({
  kind: 'NetworkPolicy',
  tier: 'NetworkPolicy',
  priority: 0,
  action: 'Allow',
  policy,
  ruleIndex,
});
const isolationEffect = (policy: string): PolicyEffect => ({
  kind: 'NetworkPolicy',
  tier: 'NetworkPolicy',
  priority: 1,
  action: 'Deny',
  policy,
});

function evaluateDirection(
  compiled: CompiledPolicies,
  direction: 'Ingress' | 'Egress',
  subject: ResolvedEndpoint,
  peer: ResolvedEndpoint,
  probe: ResolvedProbe,
  protocol: Protocol,
): DirectionVerdict {
  if (subject.pod === undefined) {
    return {
      direction,
      isolated: false,
      isolatingPolicies: [],
      allowedBy: [],
      effects: [],
      allowed: true,
    };
  }
  const policyIndexes =
    direction === 'Ingress'
      ? compiled.ingressPoliciesOf[subject.pod]
      : compiled.egressPoliciesOf[subject.pod];
  const isolatingPolicies = policyIndexes.map((i) => compiled.policies[i].key);
  const allowedBy: DirectionVerdict['allowedBy'] = [];
  let best:
    { score: number; policy: number; rule: CompiledRule; mismatch: RuleMismatch } | undefined;
  for (const policyIndex of policyIndexes) {
    const policy = compiled.policies[policyIndex];
    const rules = (direction === 'Ingress' ? policy.ingress : policy.egress) ?? [];
    for (const rule of rules) {
      const peerOk = rulePeersAdmit(rule, peer);
      const portOk = rulePortsAllow(rule, probe, protocol);
      if (peerOk && portOk) {
        allowedBy.push({ policy: policy.key, ruleIndex: rule.index });
        continue;
      }
      const protocolOnly =
        !portOk && !!rule.ports?.some((e) => portEntryMatchesIgnoringProtocol(e, probe));
      const mismatch: RuleMismatch = !peerOk ? 'peer' : protocolOnly ? 'protocol' : 'port';
      const score = peerOk ? (protocolOnly ? 3 : 2) : portOk ? 1 : 0;
      if (!best || score > best.score) best = { score, policy: policyIndex, rule, mismatch };
    }
  }
  const effects = [
    ...allowedBy.map((r) => allowEffect(r.policy, r.ruleIndex)),
    ...isolatingPolicies.map(isolationEffect),
  ];
  const { allowed, decidedBy } = resolveEffects(effects);
  const verdict: DirectionVerdict = {
    direction,
    subject: subject.label,
    isolated: policyIndexes.length > 0,
    isolatingPolicies,
    allowedBy,
    effects,
    ...(decidedBy ? { decidedBy } : {}),
    allowed,
  };
  if (!allowed && best) {
    const policy = compiled.policies[best.policy];
    verdict.closest = {
      policy: policy.key,
      ruleIndex: best.rule.index,
      mismatch: best.mismatch,
      evidence: closestEvidence(best.rule, best.mismatch, policy.namespace, peer, probe, protocol),
    };
  }
  return verdict;
}

function closestEvidence(
  rule: CompiledRule,
  mismatch: RuleMismatch,
  namespace: string,
  peer: ResolvedEndpoint,
  probe: ResolvedProbe,
  protocol: Protocol,
): ClosestRuleEvidence {
  return {
    namespace,
    peers: rule.peers.map((p) => p.peer),
    ...(rule.ports ? { ports: rule.ports.map((p) => p.port) } : {}),
    other: peer.pod !== undefined ? { pod: peer.label } : { address: peer.label },
    traffic: { protocol, ...(probe.number !== undefined ? { port: probe.number } : {}) },
    portsAlsoFail: mismatch === 'peer' && !!rule.ports && !rulePortsAllow(rule, probe, protocol),
  };
}
