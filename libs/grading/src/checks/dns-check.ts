/**
 * DNS checks: a lookup (from a Pod, so its resolv.conf search list applies, or from the node)
 * compared with the expected rcode and record data.
 */
import type { DnsAnswer, Simulation } from '@app/netsim';
import type { DnsCheck } from '../spec/exercise-spec';
import {
  compareSets,
  concludeForPods,
  show,
  type CheckOutcome,
  type Evaluation,
} from './check-outcome';
import { podKey, resolvePods } from './targets';

/** Record data compared case-insensitively and without the trailing dot of absolute names. */
const normalise = (data: string): string => data.trim().replace(/\.$/, '').toLowerCase();

/**
 * Runs `check`'s lookup (from every Pod its `from` designates, or without a Pod) and compares:
 * `rcode` exactly; `answers` as a set equal to the answer section's data (order-insensitive,
 * trailing dots and case ignored); `contains` as a subset of it. Observed: `{rcode, answers,
 * tried}` (tried: every name the resolver asked). Throws NotFound for a missing source Pod.
 */
export function runDnsCheck(sim: Simulation, check: DnsCheck): CheckOutcome {
  const sources = check.from ? resolvePods(sim, check.from) : [undefined];
  return concludeForPods(
    check.negate,
    sources.map((pod) => {
      const from = pod
        ? { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' }
        : undefined;
      const answer = sim.dns({ ...(from ? { from } : {}), name: check.name, type: check.type });
      return {
        pod: pod ? podKey(pod) : '(node)',
        evaluation: evaluate(check, answer, pod ? podKey(pod) : undefined),
      };
    }),
  );
}

function evaluate(check: DnsCheck, answer: DnsAnswer, from: string | undefined): Evaluation {
  const data = answer.answers.map((a) => a.data);
  const got = data.map(normalise);
  const mismatches: string[] = [];
  const { rcode, answers, contains } = check.expect;
  if (rcode !== undefined && answer.rcode !== rcode)
    mismatches.push(`expected rcode ${rcode}, got ${answer.rcode}`);
  if (answers !== undefined) {
    const { missing, extra } = compareSets(answers.map(normalise), got);
    if (missing.length)
      mismatches.push(`missing answer${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    if (extra.length)
      mismatches.push(`unexpected answer${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`);
  }
  if (contains !== undefined) {
    const { missing } = compareSets(contains.map(normalise), got);
    if (missing.length) mismatches.push(`the answer does not contain ${missing.join(', ')}`);
  }
  const where = from ? `from ${from}` : 'from a node';
  const result =
    answer.answers.length > 0
      ? `answered ${answer.rcode} with ${data.join(', ')}`
      : `answered ${answer.rcode} with no records`;
  const tried = answer.tried.length > 1 ? `names tried: ${answer.tried.join(', ')}` : '';
  return {
    observed: { rcode: answer.rcode, answers: data, tried: answer.tried },
    expected: check.expect,
    mismatches,
    details: [`${check.type} lookup of ${show(check.name)} ${where} ${result}`, tried]
      .filter(Boolean)
      .join('; '),
  };
}
