/** Reachability checks: "can A reach B on this port?" answered by the simulation's trace. */
import type { Pod } from '@app/kube';
import type { ReachabilityAnswer, ReachabilityRequest, Simulation } from '@app/netsim';
import type { ReachabilityCheck, ReachabilityDestination } from '../spec/exercise-spec';
import { concludeForPods, type CheckOutcome, type Evaluation } from './check-outcome';
import { podKey, resolvePods, splitName } from './targets';

function destination(to: ReachabilityDestination): ReachabilityRequest['to'] {
  if ('pod' in to) return { pod: splitName(to.pod) };
  if ('service' in to) return { service: splitName(to.service) };
  return to;
}

function describeTarget(check: ReachabilityCheck): string {
  const to = check.to;
  const port = check.port !== undefined ? `:${check.port}` : '';
  const proto = check.protocol && check.protocol !== 'TCP' ? `/${check.protocol}` : '';
  if ('pod' in to) return `Pod ${to.pod}${port}${proto}`;
  if ('service' in to) return `Service ${to.service}${port}${proto}`;
  if ('host' in to) return `${to.host}${port}${proto}`;
  if ('ip' in to) return `${to.ip}${port}${proto}`;
  if ('node' in to) return `node ${to.node} port ${to.nodePort}${proto}`;
  return to.url;
}

/**
 * Traces the connection from every Pod `from` designates (or the external client) to `to` and
 * compares `allowed` and, when given, the `verdict` (allowed, denied-by-policy, no-endpoints,
 * nxdomain, not-enforced…). Observed: `{allowed, verdict}` per source. The explanation is the
 * trace's own summary, so a failed check says which hop or policy decided. Throws NotFound for a
 * missing source Pod; the trace's own errors (unknown destination Pod…) propagate.
 */
export function runReachabilityCheck(sim: Simulation, check: ReachabilityCheck): CheckOutcome {
  const to = destination(check.to);
  const ask = (from: ReachabilityRequest['from'], source: string): Evaluation => {
    const answer = sim.reachability({
      from,
      to,
      ...(check.port !== undefined ? { port: check.port } : {}),
      ...(check.protocol ? { protocol: check.protocol } : {}),
    });
    return evaluate(check, answer, source);
  };
  if ('external' in check.from) {
    const ip = check.from.external;
    return concludeForPods(check.negate, [
      { pod: `external ${ip}`, evaluation: ask({ external: ip }, `a client at ${ip}`) },
    ]);
  }
  const pods: Pod[] = resolvePods(sim, check.from.pod);
  return concludeForPods(
    check.negate,
    pods.map((pod) => {
      const ref = { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
      return { pod: podKey(pod), evaluation: ask({ pod: ref }, podKey(pod)) };
    }),
  );
}

function evaluate(
  check: ReachabilityCheck,
  answer: ReachabilityAnswer,
  source: string,
): Evaluation {
  const mismatches: string[] = [];
  const target = describeTarget(check);
  if (answer.allowed !== check.expect.allowed) {
    mismatches.push(
      check.expect.allowed
        ? `${source} cannot reach ${target} (${answer.verdict})`
        : `${source} can reach ${target}`,
    );
  }
  if (check.expect.verdict !== undefined && answer.verdict !== check.expect.verdict) {
    mismatches.push(`expected verdict ${check.expect.verdict}, got ${answer.verdict}`);
  }
  return {
    observed: { allowed: answer.allowed, verdict: answer.verdict },
    expected: check.expect,
    mismatches,
    details: answer.summary,
  };
}
