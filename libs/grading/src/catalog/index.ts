/** The built-in exercise catalog: specs and reference solutions shipped with the sandbox. */
import { parseExerciseSpec } from '../spec/parse-exercise-spec';
import type { ExerciseSpec } from '../spec/exercise-spec';
import type { BuiltInExerciseSource } from './built-in-exercise';
import type { GradeOptions } from '../grade';
import { gradeOptionsFor } from '../setup';
import { datapathMtuStall } from './datapath-mtu-stall';
import { datapathRouteBetweenSubnets } from './datapath-route-between-subnets';
import { endpointsReadiness } from './endpoints-readiness';
import { envVarsHamAndEggs } from './env-vars-ham-and-eggs';
import { externalNameService } from './externalname-service';
import { headlessDnsDiscovery } from './headless-dns-discovery';
import { ingressPathRouting } from './ingress-path-routing';
import { ingressTls } from './ingress-tls';
import { labelSelectorsAnd } from './label-selectors-and';
import { loadBalancerChain } from './loadbalancer-chain';
import { netpolAllowFrontend } from './netpol-allow-frontend';
import { netpolDefaultDeny } from './netpol-default-deny';
import { netpolEgressDns } from './netpol-egress-dns';
import { netpolFlannelNotEnforced } from './netpol-flannel-not-enforced';
import { nodePortAnyNode } from './nodeport-any-node';
import { servicesStableEndpoints } from './services-stable-endpoints';

export type { BuiltInExerciseSource } from './built-in-exercise';

const SOURCES: readonly BuiltInExerciseSource[] = [
  servicesStableEndpoints,
  labelSelectorsAnd,
  envVarsHamAndEggs,
  headlessDnsDiscovery,
  endpointsReadiness,
  nodePortAnyNode,
  loadBalancerChain,
  externalNameService,
  netpolAllowFrontend,
  netpolDefaultDeny,
  netpolFlannelNotEnforced,
  netpolEgressDns,
  ingressPathRouting,
  ingressTls,
  datapathRouteBetweenSubnets,
  datapathMtuStall,
];

export interface BuiltInExercise extends BuiltInExerciseSource {
  /** The parsed spec (parsed on first use, then kept). */
  readonly parsed: ExerciseSpec;
  /** Setup and reference NetworkPolicies for `grade` (computed on first use, then kept). */
  readonly gradeOptions: GradeOptions;
}

function entry(source: BuiltInExerciseSource): BuiltInExercise {
  let parsed: ExerciseSpec | undefined;
  let options: GradeOptions | undefined;
  return {
    ...source,
    get parsed(): ExerciseSpec {
      parsed ??= parseExerciseSpec(source.spec);
      return parsed;
    },
    get gradeOptions(): GradeOptions {
      options ??= gradeOptionsFor(this.parsed, source.solution);
      return options;
    },
  };
}

/** Every built-in exercise, in catalog order (beginner topics first). */
export const BUILT_IN_EXERCISES: readonly BuiltInExercise[] = SOURCES.map(entry);

/** The built-in exercise with this slug, or undefined. */
export function findBuiltInExercise(slug: string): BuiltInExercise | undefined {
  return BUILT_IN_EXERCISES.find((e) => e.slug === slug);
}
