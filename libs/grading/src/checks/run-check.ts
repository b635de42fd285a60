/** Dispatch from a check's kind to its checker. */
import type { Simulation } from '@app/netsim';
import type { ExerciseCheck } from '../spec/exercise-spec';
import type { CheckOutcome } from './check-outcome';
import { runDnsCheck } from './dns-check';
import { runEndpointsCheck } from './endpoints-check';
import { runEnvCheck } from './env-check';
import { runFieldCheck } from './field-check';
import { runIngressRouteCheck } from './ingress-route-check';
import { runReachabilityCheck } from './reachability-check';
import { runServiceCheck } from './service-check';

/**
 * Runs one check against the simulation. May throw (a named Pod or Service is missing, the
 * engine refuses the question); `grade` turns that into a failed check.
 */
export function runCheck(sim: Simulation, check: ExerciseCheck): CheckOutcome {
  switch (check.kind) {
    case 'reachability':
      return runReachabilityCheck(sim, check);
    case 'dns':
      return runDnsCheck(sim, check);
    case 'endpoints':
      return runEndpointsCheck(sim, check);
    case 'env':
      return runEnvCheck(sim, check);
    case 'field':
      return runFieldCheck(sim, check);
    case 'ingressRoute':
      return runIngressRouteCheck(sim, check);
    case 'service':
      return runServiceCheck(sim, check);
  }
}
