/**
 * The cluster-level inputs of the reachability trace and matrix: NetworkPolicies compiled from a
 * snapshot (pods with IPs, nodes, labels and container ports; namespaces with labels), the
 * truth-table over them, and a stored policy explained in plain words.
 */
import { KubeError, KubeErrorCode, matchesRequirements, notFound, parseSelector } from '@app/kube';
import type { KubeObject, NetworkPolicy, Protocol } from '@app/kube';
import type { ClusterIndex } from '../cluster-index';
import { compilePolicies } from '../netpol/compile';
import type { CompiledPolicies, PodIndex, PodRef } from '../netpol/types';
import { modelOf } from '../model/cluster-model';
import { policyInputOf } from '../model/policy-input';
import { explainPolicy, type PolicyExplanation } from '../explain/explain-policy';
import { reachabilityMatrix } from './matrix';

export { policyInputOf } from '../model/policy-input';

/** What a trace reads: the index of one snapshot, its compiled policies and its raw objects. */
export interface TraceContext {
  index: ClusterIndex;
  compiled: CompiledPolicies;
  /** The snapshot's objects in creation order (Ingresses, IngressClasses, Secrets are read here). */
  objects: readonly KubeObject[];
}

/**
 * compilePolicies over policyInputOf. `objects` other than the index's own compile afresh;
 * otherwise this is the revision's model, compiled once.
 */
export function compileClusterPolicies(
  index: ClusterIndex,
  objects: readonly KubeObject[] = index.objects,
): CompiledPolicies {
  if (objects === index.objects) return modelOf(index).compiled;
  return compilePolicies(policyInputOf(index, objects));
}

const podIndexes = new WeakMap<CompiledPolicies, Map<string, PodIndex>>();

/** The compiled pod index of "ns/name"; undefined for a Pod the compiled set does not hold. */
export function podIndexOf(compiled: CompiledPolicies, key: string): PodIndex | undefined {
  let map = podIndexes.get(compiled);
  if (!map) {
    map = new Map(compiled.pods.map((p, i) => [`${p.namespace}/${p.name}`, i]));
    podIndexes.set(compiled, map);
  }
  return map.get(key);
}

export interface ClusterMatrixQuery {
  port: number | string;
  protocol?: Protocol;
  namespace?: string;
  /** kubectl `-l` syntax: "app=web,tier in (a,b)". */
  labelSelector?: string;
}

export interface ClusterMatrix {
  /** "ns/name", rows (sources) and columns (destinations) in that order. */
  pods: string[];
  allowed: boolean[][];
  /** False on a plugin that ignores NetworkPolicy: `allowed` is then what policies would say. */
  enforced: boolean;
  networkPlugin: string;
}

/** Pods one matrix answer may cover (10⁶ cells, a few MB of JSON). */
export const MAX_MATRIX_PODS = 1000;

/**
 * The pod-to-pod truth table (reachabilityMatrix) over the compiled policies, rows and columns
 * filtered by namespace and a kubectl-syntax label selector (policies still see every Pod).
 * Throws KubeError BadRequest for an unparsable selector (parseSelector's message), for a
 * port that is neither a positive number nor a name, and when more than MAX_MATRIX_PODS Pods
 * would be covered.
 */
export function clusterMatrix(
  compiled: CompiledPolicies,
  query: ClusterMatrixQuery,
): ClusterMatrix {
  if (typeof query.port === 'number' && !(Number.isInteger(query.port) && query.port > 0)) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `port must be 1-65535 or a port name, got ${query.port}`,
    );
  }
  const requirements = query.labelSelector ? parseSelector(query.labelSelector) : undefined;
  const podFilter = (pod: PodRef) =>
    (query.namespace === undefined || pod.namespace === query.namespace) &&
    (!requirements || matchesRequirements(requirements, pod.labels as Record<string, string>));
  // The answer grows with the square of the Pods it covers: bound it before computing it.
  const covered = compiled.pods.filter(podFilter).length;
  if (covered > MAX_MATRIX_PODS) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the matrix would cover ${covered} Pods (${covered}² pairs); at most ${MAX_MATRIX_PODS} are answered at once: narrow it with namespace or labelSelector`,
      [
        {
          reason: 'FieldValueInvalid',
          field: 'labelSelector',
          message: `selects ${covered} Pods, more than ${MAX_MATRIX_PODS}`,
        },
      ],
    );
  }
  const m = reachabilityMatrix(compiled, {
    port: query.port,
    ...(query.protocol ? { protocol: query.protocol } : {}),
    podFilter,
  });
  return { ...m, networkPlugin: compiled.networkPlugin };
}

/**
 * The stored NetworkPolicy `namespace/name` in plain words (explainPolicy, with the Pods it
 * selects in this revision). Throws NotFound `networkpolicies.networking.k8s.io "name" not found`.
 */
export function explainClusterPolicy(
  objects: readonly KubeObject[],
  compiled: CompiledPolicies,
  namespace: string,
  name: string,
): PolicyExplanation {
  const policy = objects.find(
    (o): o is NetworkPolicy =>
      o.kind === 'NetworkPolicy' &&
      (o.metadata.namespace ?? 'default') === namespace &&
      o.metadata.name === name,
  );
  if (!policy) throw notFound('networkpolicies.networking.k8s.io', name);
  return explainPolicy(policy, compiled);
}
