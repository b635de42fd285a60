/**
 * The trace's sentences, written from the evidence its stages return (policy verdicts, SNAT
 * sources, judged endpoints) — the same explain/ layer that explainVerdict belongs to, so the
 * trace has no explainer of its own.
 */
import type { Service } from '@app/kube';
import { keyOf, loadBalancerIPs } from '../cluster-index';
import type { PolicyVerdict } from '../netpol/types';
import { joinAnd } from './describe';
import { describeClosest } from './explain-verdict';

/** One phrase from the verdict's evidence: which rules allow it, or which isolation denies it. */
export function verdictReason(v: PolicyVerdict, notEnforced: boolean): string {
  if (v.loopback) return 'a Pod talking to itself is never blocked by NetworkPolicy';
  if (v.allowed) {
    const rules = [
      ...v.egress.allowedBy.map((r) => `spec.egress[${r.ruleIndex}] of ${r.policy}`),
      ...v.ingress.allowedBy.map((r) => `spec.ingress[${r.ruleIndex}] of ${r.policy}`),
    ];
    return rules.length ? `allowed by ${joinAnd(rules)}` : 'no NetworkPolicy isolates either side';
  }
  const failing = [v.egress, v.ingress].filter((d) => !d.allowed);
  const phrase = failing
    .map((d) => {
      const closest = d.closest
        ? `; closest: spec.${d.direction.toLowerCase()}[${d.closest.ruleIndex}] of ${d.closest.policy}, ${describeClosest(d)}`
        : '; those policies allow no ' + d.direction.toLowerCase() + ' at all';
      return `${d.subject} is isolated for ${d.direction.toLowerCase()} by ${joinAnd(d.isolatingPolicies)} and no rule allows this traffic${closest}`;
    })
    .join('; and ');
  return notEnforced ? `NetworkPolicy would deny it (${phrase}), but it is not enforced` : phrase;
}

export const HAIRPIN_NOTE =
  'The Service sent the Pod back to itself (hairpin): kube-proxy masquerades the connection so the reply returns through the node, and NetworkPolicy never blocks a Pod talking to itself.';

export const HAIRPIN_REASON = 'a Pod reaching itself (hairpin) is never blocked by NetworkPolicy';

/** What the destination sees after kube-proxy's SNAT, and through which nodes it is denied. */
export function snatNote(
  target: string,
  original: string,
  seenAs: ReadonlyArray<{ ip: string; node: string }>,
  chosen: { ip: string; node: string },
  deniedThrough: readonly string[],
  judged: number,
): string {
  if (seenAs.length > 1) {
    const denied =
      deniedThrough.length && deniedThrough.length < judged
        ? `; it is denied when the packet arrives through ${joinAnd(deniedThrough)}`
        : '';
    return `kube-proxy masquerades the connection (SNAT), so ${target} sees the IP of whichever node received it (${seenAs.map((s) => s.ip).join(', ')}), not ${original}${denied}.`;
  }
  return `kube-proxy masquerades the connection (SNAT), so ${target} sees the source as ${chosen.ip} (node ${chosen.node}), not ${original}.`;
}

/** The evidence of a delivery to a set of endpoints, for its one-sentence summary. */
export interface DeliveryEvidence {
  who: string;
  destination: string;
  endpoints: ReadonlyArray<{ pod: string | null; ip: string; allowed: boolean; reason: string }>;
  /** Endpoints a NetworkPolicy would deny, whether or not the plugin enforces it. */
  wouldDeny: ReadonlyArray<{ pod: string | null; ip: string }>;
  enforced: boolean;
  pluginName: string;
}

export type DeliveryOutcome = 'allowed' | 'not-enforced' | 'denied-by-policy';

/** The overall outcome of a delivery and its sentence (allowed only when every endpoint passes). */
export function summariseDelivery(e: DeliveryEvidence): {
  allowed: boolean;
  verdict: DeliveryOutcome;
  summary: string;
} {
  const { who, destination, endpoints } = e;
  const n = endpoints.length;
  const name = (x: { pod: string | null; ip: string }): string => x.pod ?? x.ip;
  const list = (items: ReadonlyArray<{ pod: string | null; ip: string }>): string =>
    joinAnd(items.map(name));
  const passing = endpoints.filter((x) => x.allowed);
  if (!e.enforced) {
    if (e.wouldDeny.length) {
      return {
        allowed: true,
        verdict: 'not-enforced',
        summary: `${who} reaches ${destination}, although NetworkPolicy would deny ${e.wouldDeny.length} of ${n} endpoint(s) (${list(e.wouldDeny)}): the ${e.pluginName} network plugin does not enforce NetworkPolicy.`,
      };
    }
    return {
      allowed: true,
      verdict: 'allowed',
      summary: `${who} can reach ${destination}: ${n === 1 ? `it lands on ${name(endpoints[0])}` : `any of its ${n} endpoints accepts it`}.`,
    };
  }
  if (passing.length === n) {
    return {
      allowed: true,
      verdict: 'allowed',
      summary: `${who} can reach ${destination}: ${n === 1 ? `it lands on ${name(endpoints[0])} (${endpoints[0].reason})` : `all ${n} endpoints accept it`}.`,
    };
  }
  const denied = endpoints.filter((x) => !x.allowed);
  if (!passing.length) {
    return {
      allowed: false,
      verdict: 'denied-by-policy',
      summary: `${who} cannot reach ${destination}: NetworkPolicy denies it${n > 1 ? ` on all ${n} endpoints` : ''} (${denied[0].reason}).`,
    };
  }
  return {
    allowed: false,
    verdict: 'denied-by-policy',
    summary: `${who} reaches only ${passing.length} of ${n} endpoints of ${destination}: NetworkPolicy denies ${list(denied)} (${denied[0].reason}). kube-proxy picks an endpoint per connection, so some connections fail.`,
  };
}

/** How a learner reaches a Service from outside instead of its ClusterIP. */
export function externalHint(svc: Service): string {
  const nodePorts = (svc.spec.ports ?? []).flatMap((p) => (p.nodePort ? [p.nodePort] : []));
  const lb = loadBalancerIPs(svc);
  if (lb.length)
    return ` Service ${keyOf(svc)} is a LoadBalancer: use its load-balancer IP ${lb[0]} (or NodeIP:${nodePorts[0]}).`;
  if (nodePorts.length)
    return ` Service ${keyOf(svc)} is a NodePort Service: use any node's IP on port ${nodePorts[0]}.`;
  return ` Make it a NodePort or LoadBalancer Service (or put an Ingress in front) to reach it from outside.`;
}
