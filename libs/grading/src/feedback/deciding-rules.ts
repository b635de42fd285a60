/**
 * Which NetworkPolicy rule decided a failed reachability check: the rules that let a forbidden
 * connection through, or — for a connection that should pass — the policy that isolates the Pod
 * and the rule that came closest, with what it lacks. Built from `evaluate`'s evidence, per
 * endpoint the trace reached.
 */
import {
  describeClosest,
  evaluate,
  podIndexOf,
  type DirectionVerdict,
  type PolicyEndpoint,
  type Simulation,
} from '@app/netsim';
import type { ReachabilityCheck } from '../spec/exercise-spec';
import { podKey, resolvePods, splitName } from '../checks/targets';

export interface DecidingRule {
  direction: 'Ingress' | 'Egress';
  /** "namespace/name" of the policy. */
  policy: string;
  /** "spec.ingress[0]"; absent when the policy decides by isolating without a matching rule. */
  rule?: string;
  /** allowed: the rule admits the connection; closest: nearest rule that does not; isolates. */
  role: 'allowed' | 'closest' | 'isolates' | 'not-isolated';
  sentence: string;
}

export interface CheckEvidence {
  /** Source and destination Pods the check's connections involve ("ns/name"). */
  sources: string[];
  destinations: string[];
  decidingRules: DecidingRule[];
}

const ruleField = (direction: 'Ingress' | 'Egress', index: number): string =>
  `spec.${direction === 'Ingress' ? 'ingress' : 'egress'}[${index}]`;

/**
 * The evidence for one reachability check: the Pods involved and, per endpoint whose policy
 * verdict contradicts the expectation, the deciding rules. Never throws: a source or target the
 * simulation cannot resolve gives empty evidence (the check's own explanation says why).
 */
export function reachabilityEvidence(sim: Simulation, check: ReachabilityCheck): CheckEvidence {
  const evidence: CheckEvidence = { sources: [], destinations: [], decidingRules: [] };
  const compiled = sim.compiledPolicies();
  let sources: Array<{
    key: string;
    from: PolicyEndpoint;
    request: { pod: { namespace: string; name: string } } | { external: string };
  }>;
  try {
    sources =
      'external' in check.from
        ? [
            {
              key: check.from.external,
              from: { ip: check.from.external },
              request: { external: check.from.external },
            },
          ]
        : resolvePods(sim, check.from.pod).map((pod) => {
            const key = podKey(pod);
            return {
              key,
              from: podIndexOf(compiled, key) ?? { ip: '' },
              request: { pod: splitName(key) },
            };
          });
  } catch {
    return evidence;
  }
  const to = check.to;
  const target =
    'pod' in to
      ? { pod: splitName(to.pod) }
      : 'service' in to
        ? { service: splitName(to.service) }
        : to;
  const seen = new Set<string>();
  for (const source of sources.slice(0, 5)) {
    if ('pod' in source.request) evidence.sources.push(source.key);
    let answer;
    try {
      answer = sim.reachability({
        from: source.request,
        to: target,
        ...(check.port !== undefined ? { port: check.port } : {}),
        ...(check.protocol ? { protocol: check.protocol } : {}),
      });
    } catch {
      continue;
    }
    for (const endpoint of answer.endpoints) {
      if (!endpoint.pod) continue;
      if (!evidence.destinations.includes(endpoint.pod)) evidence.destinations.push(endpoint.pod);
      const dst = podIndexOf(compiled, endpoint.pod);
      if (dst === undefined) continue;
      const verdict = evaluate(compiled, {
        from: source.from,
        to: dst,
        port: endpoint.port,
        ...(check.protocol ? { protocol: check.protocol } : {}),
      });
      if (verdict.allowed === check.expect.allowed) continue;
      let rules = [verdict.ingress, verdict.egress].flatMap((direction) =>
        decide(direction, check.expect.allowed, verdict.from, verdict.to),
      );
      // A direction nothing isolates decides only when the other one does not either.
      if (rules.some((r) => r.role !== 'not-isolated'))
        rules = rules.filter((r) => r.role !== 'not-isolated');
      for (const rule of rules) {
        const key = `${rule.policy}|${rule.rule ?? ''}|${rule.role}|${rule.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.decidingRules.push(rule);
      }
    }
  }
  return evidence;
}

function decide(
  d: DirectionVerdict,
  expectedAllowed: boolean,
  from: string,
  to: string,
): DecidingRule[] {
  const subject = d.subject ?? (d.direction === 'Ingress' ? to : from);
  const way = d.direction === 'Ingress' ? 'ingress' : 'egress';
  if (!expectedAllowed) {
    // The connection passes: name every rule that admits it, or the missing isolation.
    if (!d.isolated) {
      if (d.subject === undefined) return [];
      return [
        {
          direction: d.direction,
          policy: '',
          role: 'not-isolated',
          sentence: `no NetworkPolicy selects ${subject} for ${way}, so its ${way} is open to everything`,
        },
      ];
    }
    return d.allowedBy.map((r) => ({
      direction: d.direction,
      policy: r.policy,
      rule: ruleField(d.direction, r.ruleIndex),
      role: 'allowed' as const,
      sentence: `${r.policy} ${ruleField(d.direction, r.ruleIndex)} allows ${from} → ${to}`,
    }));
  }
  if (d.allowed) return [];
  if (d.closest) {
    return [
      {
        direction: d.direction,
        policy: d.closest.policy,
        rule: ruleField(d.direction, d.closest.ruleIndex),
        role: 'closest',
        sentence: `${d.closest.policy} isolates ${subject} for ${way}; its closest rule ${ruleField(d.direction, d.closest.ruleIndex)} does not admit ${from} → ${to}: ${describeClosest(d)}`,
      },
    ];
  }
  return d.isolatingPolicies.map((policy) => ({
    direction: d.direction,
    policy,
    role: 'isolates' as const,
    sentence: `${policy} isolates ${subject} for ${way} and has no ${way} rule, so nothing may pass`,
  }));
}
