/** Resolving the objects a check names (Pods by name or selector, Services) in a simulation. */
import {
  KubeError,
  KubeErrorCode,
  matchesRequirements,
  notFound,
  parseSelector,
  type Pod,
  type Service,
} from '@app/kube';
import type { Simulation } from '@app/netsim';
import type { PodTarget } from '../spec/exercise-spec';

export const podKey = (pod: Pod): string =>
  `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name ?? ''}`;

/** "ns/name" → parts (the spec parser has validated the shape). */
export function splitName(ref: string): { namespace: string; name: string } {
  const slash = ref.indexOf('/');
  return slash < 0
    ? { namespace: 'default', name: ref }
    : { namespace: ref.slice(0, slash), name: ref.slice(slash + 1) };
}

/**
 * The Pods a target designates, in creation order (by selector: only those not terminating). Throws KubeError NotFound
 * (`pods "x" not found`) for a missing named Pod, and when a selector matches no Pod of the
 * namespace (a check about "every web Pod" cannot hold vacuously).
 */
export function resolvePods(sim: Simulation, target: PodTarget): Pod[] {
  if ('name' in target) {
    const pod = sim.index.pod(target.namespace, target.name);
    if (!pod) {
      throw new KubeError(
        KubeErrorCode.NotFound,
        `pods "${target.name}" not found in namespace "${target.namespace}"`,
        [],
        {
          kind: 'pods',
          name: target.name,
        },
      );
    }
    return [pod];
  }
  const reqs = parseSelector(target.selector);
  // Terminating Pods are on their way out (a rollout's old ones): a check is about the live ones.
  const pods = sim.index
    .podsIn(target.namespace)
    .filter(
      (p) => !p.metadata.deletionTimestamp && matchesRequirements(reqs, p.metadata.labels ?? {}),
    );
  if (pods.length === 0) {
    throw new KubeError(
      KubeErrorCode.NotFound,
      `no Pod in namespace "${target.namespace}" matches the selector "${target.selector}"`,
      [],
      { kind: 'pods' },
    );
  }
  return pods;
}

/** The Service "ns/name"; throws KubeError NotFound (`services "x" not found`) when absent. */
export function resolveService(sim: Simulation, ref: string): Service {
  const { namespace, name } = splitName(ref);
  const svc = sim.index.service(namespace, name);
  if (!svc) throw notFound('services', name);
  return svc;
}
