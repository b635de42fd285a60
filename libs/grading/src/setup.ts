/** Seeding a cluster for an exercise: cluster options, setup writes, and a pure simulated run. */
import {
  field,
  findKind,
  KubeError,
  KubeErrorCode,
  parseManifests,
  type KubeObject,
  type NetworkPolicy,
} from '@app/kube';
import {
  admit,
  applyAdmission,
  settleClock,
  bootstrapCluster,
  objectKeyOf,
  Simulation,
  validateClusterConfig,
  type AdmissionContext,
  type ClusterConfig,
  type ClusterSnapshot,
  type WriteOp,
} from '@app/netsim';
import type { ExerciseClusterOptions, ExerciseSpec } from './spec/exercise-spec';
import type { GradeOptions } from './grade';
import { canonicalJson } from './canonical-json';

/** The body for POST /v1/clusters without `name` (a copy: only the options the spec sets). */
export function clusterOptions(spec: ExerciseSpec): ExerciseClusterOptions {
  return { ...spec.setup.cluster };
}

/**
 * The full cluster configuration the exercise runs on (defaults filled). Throws KubeError
 * Invalid with `setup.cluster.<field>` causes when the options are not valid (a spec that went
 * through parseExerciseSpec never does).
 */
export function clusterConfig(spec: ExerciseSpec): ClusterConfig {
  const { config, causes } = validateClusterConfig(clusterOptions(spec));
  if (!config) {
    throw new KubeError(
      KubeErrorCode.Invalid,
      `exercise ${spec.slug}: invalid cluster options`,
      causes.map((c) => ({ ...c, field: field.child('setup.cluster', c.field) })),
    );
  }
  return config;
}

/** `apply` ops for a manifest stream, in document order (empty text gives no ops). */
export function manifestOps(manifests: string): WriteOp[] {
  return parseManifests(manifests).map((object) => ({ op: 'apply', object }));
}

/**
 * The first seeding request: one `apply` per object of `setup.manifests`, in document order, to
 * be admitted atomically after the cluster is created with `clusterOptions(spec)`. A spec with
 * `setup.then` needs more requests: seed with `setupRequests`. Throws KubeError BadRequest when
 * the manifests do not parse.
 */
export function setupOps(spec: ExerciseSpec): WriteOp[] {
  return manifestOps(spec.setup.manifests);
}

/**
 * Every seeding request in order: `setupOps(spec)` then one request per `setup.then` stream;
 * requests without objects are left out (an empty setup gives []). Admit each one after the
 * previous (each atomically) so creation order is what the exercise expects.
 */
export function setupRequests(spec: ExerciseSpec): WriteOp[][] {
  return [spec.setup.manifests, ...spec.setup.then]
    .map(manifestOps)
    .filter((ops) => ops.length > 0);
}

/** Admits `ops` into `snapshot` (all or nothing), settles the clock's due steps and returns the next snapshot; throws what admit throws. */
export function admitInto(
  snapshot: ClusterSnapshot,
  ops: WriteOp[],
  ctx: AdmissionContext,
): ClusterSnapshot {
  if (ops.length === 0) return snapshot;
  // Then what the cluster clock runs at once (rollout steps), as the API does after a write.
  return settleClock(applyAdmission(snapshot, admit(snapshot, ops, ctx)), ctx);
}

/**
 * A deterministic admission context for simulated runs: a clock starting at `start` (default
 * 2025-01-01T00:00:00Z) that advances one second per reading, and uids counting up from 1
 * (`00000000-0000-4000-8000-000000000001`, …). Each call returns an independent context.
 */
export function deterministicContext(start = '2025-01-01T00:00:00Z'): AdmissionContext {
  let tick = 0;
  let uid = 0;
  const base = new Date(start).getTime();
  return {
    now: () => new Date(base + 1000 * tick++),
    newUid: () => `00000000-0000-4000-8000-${String(++uid).padStart(12, '0')}`,
  };
}

export interface SimulatedSetup {
  /** The cluster after setup (and the extra manifests, when given). */
  sim: Simulation;
  snapshot: ClusterSnapshot;
}

/**
 * Runs an attempt without a database: bootstraps a cluster with the exercise's options,
 * admits the setup requests (setupRequests) one after the other, then — when given — `manifestsToApplyAfter` (a
 * learner's or the reference solution's YAML) as a second request, and returns the snapshot
 * and its Simulation. Each request is admitted whole, so creation order (what env-var checks
 * depend on) is the order of the documents within it. Throws KubeError from parsing or
 * admission (Invalid, NotFound for a missing namespace, …).
 */
export function simulateExercise(
  spec: ExerciseSpec,
  manifestsToApplyAfter?: string,
  ctx: AdmissionContext = deterministicContext(),
): SimulatedSetup {
  const config = clusterConfig(spec);
  const boot = bootstrapCluster(config, ctx);
  let snapshot: ClusterSnapshot = applyAdmission({ config, revision: 0, objects: [] }, boot);
  for (const ops of setupRequests(spec)) snapshot = admitInto(snapshot, ops, ctx);
  if (manifestsToApplyAfter)
    snapshot = admitInto(snapshot, manifestOps(manifestsToApplyAfter), ctx);
  return { sim: Simulation.build(snapshot), snapshot };
}

/** simulateExercise's Simulation alone. */
export function simulateSetup(
  spec: ExerciseSpec,
  manifestsToApplyAfter?: string,
  ctx: AdmissionContext = deterministicContext(),
): Simulation {
  return simulateExercise(spec, manifestsToApplyAfter, ctx).sim;
}

const policiesOf = (snapshot: ClusterSnapshot): NetworkPolicy[] =>
  snapshot.objects.filter((o): o is NetworkPolicy => o.kind === 'NetworkPolicy');

/**
 * What `grade` compares a learner's cluster with: the setup's NetworkPolicies (not the learner's
 * to fix) and, with a reference solution, the NetworkPolicies of setup + solution. Throws what
 * simulateExercise throws for a solution that does not apply.
 */
export function gradeOptionsFor(spec: ExerciseSpec, solution?: string): GradeOptions {
  const setupPolicies = policiesOf(simulateExercise(spec).snapshot);
  if (!solution) return { setupPolicies };
  return {
    setupPolicies,
    referencePolicies: policiesOf(simulateExercise(spec, solution).snapshot),
  };
}

/** Labels, annotations and the object's own fields: what a learner can change and reset restores. */
function restorable(o: KubeObject): string {
  const { metadata, status: _status, ...rest } = o as KubeObject & { status?: unknown };
  return canonicalJson({
    labels: metadata.labels ?? {},
    annotations: metadata.annotations ?? {},
    ...rest,
  });
}

/** An object as a fresh write: server-set metadata left out, so admission fills it anew. */
function asWrite(o: KubeObject): KubeObject {
  const {
    uid: _uid,
    resourceVersion: _rv,
    creationTimestamp: _ts,
    generation: _gen,
    managedFields: _mf,
    ...metadata
  } = o.metadata as KubeObject['metadata'] & Record<string, unknown>;
  return { ...o, metadata } as KubeObject;
}

/** A reset removes at once: no Pod of the learner's stays Terminating into the fresh setup. */
const RESET_DELETE = { gracePeriodSeconds: 0 } as const;

/**
 * Pods whose owner chain (Pod → ReplicaSet → Deployment) ends at one of `roots`. The garbage
 * collector would delete them gracefully; a reset deletes them itself, first, with no grace.
 */
function podsOwnedBy(objects: readonly KubeObject[], roots: readonly KubeObject[]): KubeObject[] {
  const byUid = new Map(objects.map((o) => [o.metadata.uid, o]));
  const rootUids = new Set(roots.map((o) => o.metadata.uid));
  const reachesRoot = (o: KubeObject, depth = 0): boolean =>
    depth < 8 &&
    (o.metadata.ownerReferences ?? []).some((ref) => {
      if (rootUids.has(ref.uid)) return true;
      const owner = byUid.get(ref.uid);
      return owner !== undefined && reachesRoot(owner, depth + 1);
    });
  return objects.filter((o) => o.kind === 'Pod' && reachesRoot(o));
}

/**
 * The first request of a reset: back to the freshly created cluster. Deletes every object the
 * cluster was not created with (owned objects — Pods of a Deployment, managed EndpointSlices —
 * go with their owners, as the garbage collector does; Namespaces last), and re-applies the
 * system objects (default Services, CoreDNS, namespaces, nodes) a learner changed or deleted.
 * Follow it with setupRequests(spec), each as its own request. Empty when nothing needs undoing.
 */
export function resetOps(snapshot: ClusterSnapshot): WriteOp[] {
  const boot = applyAdmission(
    { config: snapshot.config, revision: 0, objects: [] },
    bootstrapCluster(snapshot.config, deterministicContext()),
  );
  const key = (o: KubeObject): string => {
    const k = objectKeyOf(o);
    return `${k.kind}/${k.namespace}/${k.name}`;
  };
  const system = new Map(boot.objects.map((o) => [key(o), o]));
  const current = new Map(snapshot.objects.map((o) => [key(o), o]));
  // Owned objects go with their owners; read-only kinds (Endpoints) follow what they derive from.
  const owned = (o: KubeObject): boolean =>
    (o.metadata.ownerReferences?.length ?? 0) > 0 || findKind(o.kind)?.readOnly === true;
  const removed = snapshot.objects.filter((o) => !owned(o) && !system.has(key(o)));
  const deletes = [...podsOwnedBy(snapshot.objects, removed), ...removed]
    .sort((a, b) => Number(a.kind === 'Namespace') - Number(b.kind === 'Namespace'))
    .map((o): WriteOp => ({ op: 'delete', key: objectKeyOf(o), options: RESET_DELETE }));
  const restores = boot.objects
    .filter((o) => !owned(o))
    .filter((o) => {
      const now = current.get(key(o));
      return !now || restorable(now) !== restorable(o);
    })
    .map((o): WriteOp => ({ op: 'apply', object: asWrite(o) }));
  return [...deletes, ...restores];
}
