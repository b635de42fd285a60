/** Environment-variable checks: what the kubelet injects into a Pod's container. */
import type { Pod } from '@app/kube';
import type { Simulation } from '@app/netsim';
import type { EnvCheck } from '../spec/exercise-spec';
import {
  concludeForPods,
  sentences,
  show,
  type CheckOutcome,
  type Evaluation,
} from './check-outcome';
import { podKey, resolvePods } from './targets';

/**
 * Reads variable `check.name` in the container (default: the first) of every Pod the check
 * designates and compares presence and, when given, the exact value. Observed:
 * `{present, value?}` per Pod. When a variable is missing, the explanation carries the
 * simulation's reasons (e.g. the Service was created after the Pod, enableServiceLinks: false).
 * Throws NotFound for a missing Pod or container.
 */
export function runEnvCheck(sim: Simulation, check: EnvCheck): CheckOutcome {
  return concludeForPods(
    check.negate,
    resolvePods(sim, check.pod).map((pod) => ({
      pod: podKey(pod),
      evaluation: evaluate(sim, check, pod),
    })),
  );
}

function evaluate(sim: Simulation, check: EnvCheck, pod: Pod): Evaluation {
  const env = sim.env(
    pod.metadata.namespace ?? 'default',
    pod.metadata.name ?? '',
    check.container,
  );
  const value = Object.hasOwn(env.variables, check.name) ? env.variables[check.name] : undefined;
  const present = value !== undefined;
  const mismatches: string[] = [];
  if (present !== check.expect.present) {
    mismatches.push(check.expect.present ? `${check.name} is not set` : `${check.name} is set`);
  } else if (present && check.expect.value !== undefined && value !== check.expect.value) {
    mismatches.push(`expected ${check.name}=${show(check.expect.value)}, got ${show(value)}`);
  }
  const where = `in container ${env.container} of ${podKey(pod)}`;
  const details = present
    ? `${check.name}=${value} ${where}`
    : sentences(
        `${check.name} is not set ${where}`,
        ...env.explanation.filter(
          (l) => l.startsWith('No variables') || l.startsWith('enableServiceLinks'),
        ),
      );
  return {
    observed: present ? { present, value } : { present },
    expected: check.expect,
    mismatches,
    details,
  };
}
