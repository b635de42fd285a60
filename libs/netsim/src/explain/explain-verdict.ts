import type { DirectionVerdict, PolicyVerdict } from '../netpol/types';
import { describePeer, describePorts, joinAnd } from './describe';

/**
 * Learner sentences for a verdict, built only from the verdict's evidence (no re-evaluation),
 * as policy-assistant explains from its matcher results.
 *
 * For a denial: which policies isolate the pod in the failing direction, that none of their rules
 * allows this peer and port, and which rule came closest and what it lacks (or that the policies
 * have no rules at all). For an allowed connection: which rule allowed each isolated direction,
 * or that the pod is not isolated. Loopback and non-enforcing plugins get their own sentence.
 */
export function explainVerdict(verdict: PolicyVerdict): string[] {
  const port =
    typeof verdict.port === 'string'
      ? `port ${verdict.port}${verdict.resolvedPort !== undefined ? ` (${verdict.resolvedPort})` : ''}`
      : `port ${verdict.port}`;
  const traffic = `${verdict.protocol} ${port}`;
  const sentences = [
    `${verdict.from} → ${verdict.to} on ${traffic}: ${verdict.allowed ? 'allowed' : 'denied by NetworkPolicy'}.`,
  ];
  if (verdict.loopback) {
    sentences.push('A pod talking to itself is never blocked by NetworkPolicy.');
  } else {
    sentences.push(...direction(verdict.egress, verdict.to, traffic));
    sentences.push(...direction(verdict.ingress, verdict.from, traffic));
  }
  if (!verdict.enforced) {
    sentences.push(
      `The ${verdict.networkPlugin} network plugin does not enforce NetworkPolicy, so this traffic ${verdict.allowed ? 'passes' : 'passes anyway'}.`,
    );
  }
  return sentences;
}

function direction(d: DirectionVerdict, other: string, traffic: string): string[] {
  if (!d.subject) return [];
  const lower = d.direction.toLowerCase();
  const preposition = d.direction === 'Ingress' ? 'from' : 'to';
  const field = `spec.${lower}`;
  const policies = (names: readonly string[]): string =>
    `${names.length === 1 ? 'policy' : 'policies'} ${joinAnd(names)}`;
  if (!d.isolated) {
    return [
      `No NetworkPolicy selects ${d.subject} for ${lower}, so its ${lower} is not restricted.`,
    ];
  }
  if (d.allowed) {
    const rules = d.allowedBy.map((r) => `${field}[${r.ruleIndex}] of ${r.policy}`);
    return [
      `${d.subject} is isolated for ${lower} by ${policies(d.isolatingPolicies)}; ${joinAnd(rules)} allows this traffic.`,
    ];
  }
  const out = [
    `${d.subject} is isolated for ${lower} by ${policies(d.isolatingPolicies)}.`,
    `None of ${d.isolatingPolicies.length === 1 ? 'its rules' : 'their rules'} allows ${lower} ${preposition} ${other} on ${traffic}.`,
  ];
  if (d.closest) {
    out.push(
      `Closest: ${field}[${d.closest.ruleIndex}] of ${d.closest.policy} — ${describeClosest(d)}.`,
    );
  } else {
    out.push(
      `${d.isolatingPolicies.length === 1 ? 'That policy has' : 'Those policies have'} no ${lower} rules at all: they deny all ${lower} to the pods they select.`,
    );
  }
  return out;
}

/**
 * What the closest rule of a denied direction lacks, from its evidence: the peer ("it allows
 * traffic from …, which does not include …", with the ports when they fail too), the protocol, or
 * the port. '' when the direction has no closest rule.
 */
export function describeClosest(d: DirectionVerdict): string {
  const c = d.closest;
  if (!c) return '';
  const e = c.evidence;
  const side = d.direction === 'Ingress' ? 'from' : 'to';
  const peers = e.peers.map((p) => describePeer(p, e.namespace)).join('; ');
  const ports = describePorts(e.ports);
  const traffic =
    e.traffic.port !== undefined
      ? `${e.traffic.protocol} port ${e.traffic.port}`
      : `${e.traffic.protocol} (port unresolved)`;
  if (c.mismatch === 'peer') {
    const other = 'pod' in e.other ? e.other.pod : `address ${e.other.address} (outside every pod)`;
    const portNote = e.portsAlsoFail ? `, and ${traffic} is not among ${ports}` : '';
    return `it allows traffic ${side} ${peers}, which does not include ${other}${portNote}`;
  }
  if (c.mismatch === 'protocol') return `it allows ${ports}, but this traffic is ${traffic}`;
  return `it allows only ${ports}, not ${traffic}`;
}
