/**
 * The Deployment and ReplicaSet controllers, one sync per admission run
 * (pkg/controller/deployment/sync.go, rolling.go, recreate.go, progress.go;
 * pkg/controller/replicaset/replica_set.go): a rollout takes one step per sync, as far as
 * maxSurge/maxUnavailable and the Pods' availability (readiness, minReadySeconds) allow; the
 * cluster clock runs the next sync when a step becomes possible (lifecycle/clock.ts).
 */
import {
  defaultObject,
  type Deployment,
  type KubeObject,
  type OwnerReference,
  type Pod,
  type ReplicaSet,
} from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { clone, deepEqual } from '../admission/deep-equal';
import { recordPodPlacement } from '../admission/events';
import { objectKeyOf } from '../admission/object-key';
import { admitPod } from '../admission/pod-admission';
import { generateName, podTemplateHash } from './names';
import { deletePod } from '../lifecycle/termination';
import { updateDeploymentStatus } from './deployment-status';
import { controllerUid, REVISION } from './owner-refs';

export { controllerUid } from './owner-refs';
import {
  recreateStep,
  rollingStep,
  type ReplicaSetCounts,
  type RolloutStep,
} from './rolling-update';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const MAX = 'deployment.kubernetes.io/max-replicas';

const controllerRef = (owner: KubeObject): OwnerReference => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name ?? '',
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: true,
});

const isActive = (pod: Pod): boolean =>
  !pod.metadata.deletionTimestamp &&
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed';
const isReady = (pod: Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const revisionOf = (rs: ReplicaSet): number =>
  Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;

/** intstr.GetScaledValueFromIntOrPercent. */
function scaled(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.endsWith('%')) {
    const v = (Number(value.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(v) : Math.floor(v);
  }
  return Number(value) || 0;
}

function surgeAndUnavailable(
  d: Deployment,
  replicas: number,
): { maxSurge: number; maxUnavailable: number } {
  if (d.spec.strategy?.type === 'Recreate') return { maxSurge: 0, maxUnavailable: replicas };
  const ru = (d.spec.strategy?.rollingUpdate ?? {}) as {
    maxSurge?: unknown;
    maxUnavailable?: unknown;
  };
  const maxSurge = scaled(ru.maxSurge ?? '25%', replicas, true);
  let maxUnavailable = scaled(ru.maxUnavailable ?? '25%', replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

/**
 * A value as Go's typed structs see it: null, {} and [] are the zero value, the same as absent
 * (apimachinery's Semantic.DeepEqual treats nil and empty maps and slices alike). kubectl sends
 * `creationTimestamp: null` and `resources: {}` in the templates it patches back (rollout undo).
 */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruned);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruned(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}

/** Templates equal but for the pod-template-hash label (deploymentutil.EqualIgnoreHash). */
export function equalIgnoreHash(
  a: ReplicaSet['spec']['template'],
  b: Deployment['spec']['template'],
): boolean {
  const strip = (t: unknown): unknown => {
    const c = clone(t) as { metadata?: { labels?: Record<string, string> } };
    if (c.metadata?.labels) delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    return pruned(c);
  };
  return deepEqual(strip(a), strip(b));
}

/**
 * Reconciles every Deployment of the given namespaces, then every ReplicaSet's Pods:
 * - The new ReplicaSet `<deployment>-<pod-template-hash>` (template equal ignoring the hash label)
 *   is created (not while paused) or reused with revision max(old)+1 and the Deployment's
 *   annotations; one rollout step (plannedStep: rollingStep or recreateStep over spec.replicas
 *   and status.availableReplicas) rescales ReplicaSets, with a ScalingReplicaSet event "Scaled
 *   up replica set X to 3 from 0"; idle old ones beyond revisionHistoryLimit are deleted.
 * - Each ReplicaSet gets Pods `<rs>-<5 random chars>` (the run's seeded source, see names.ts)
 *   until its active Pods equal spec.replicas; surplus Pods are deleted with their grace period
 *   (they terminate), not-ready first, then newest first (ActivePodsWithRanks). Pods the nodes
 *   cannot take stay Pending (scheduleOnto). Creates stop at the cluster's object quota: one
 *   Warning FailedCreate `Error creating: pods "x" is forbidden: exceeded quota: …` and a
 *   ReplicaFailure condition on the ReplicaSet and Deployment.
 * - Status: ReplicaSet replicas/fullyLabeled/ready/available (ready for minReadySeconds)/
 *   observedGeneration; Deployment sums of those (updatedReplicas from the new ReplicaSet),
 *   unavailableReplicas, conditions Available (MinimumReplicasAvailable/Unavailable) and
 *   Progressing (NewReplicaSetAvailable when complete, ReplicaSetUpdated while progressing,
 *   ProgressDeadlineExceeded once progressDeadlineSeconds pass without progress,
 *   DeploymentPaused while paused); annotation deployment.kubernetes.io/revision.
 * Events: deployment-controller ScalingReplicaSet, replicaset-controller SuccessfulCreate
 * "Created pod: X" / SuccessfulDelete "Deleted pod: X", and the scheduler/kubelet events of
 * each new Pod.
 */
export function reconcileDeployments(
  run: AdmissionRun,
  namespaces: Iterable<string>,
  /** A clock tick: every Deployment syncs, as their resync would (time may have moved them). */
  everything = false,
): void {
  for (const ns of everything ? run.state.namespacesOf('Deployment') : namespaces) {
    const rsByOwner = new Map<string | undefined, ReplicaSet[]>();
    for (const rs of run.state.list<ReplicaSet>('ReplicaSet', ns)) {
      const owner = controllerUid(rs);
      rsByOwner.set(owner, [...(rsByOwner.get(owner) ?? []), rs]);
    }
    for (const d of run.state.list<Deployment>('Deployment', ns)) {
      // Only Deployments whose own object, ReplicaSets or Pods changed need a sync.
      const touched =
        everything ||
        run.changes.touched(d.metadata.uid) ||
        (rsByOwner.get(d.metadata.uid) ?? []).some((rs) => run.changes.touched(rs.metadata.uid));
      if (touched) syncDeployment(run, d);
    }
    const owners = new Set(run.state.list('Deployment', ns).map((d) => d.metadata.uid));
    for (const rs of run.state.list<ReplicaSet>('ReplicaSet', ns)) {
      if (!owners.has(controllerUid(rs)) && run.changes.touched(rs.metadata.uid))
        syncReplicaSet(run, rs);
    }
  }
}

/** Annotations a Deployment passes to its new ReplicaSet (deploymentutil skipCopyAnnotation). */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  DESIRED,
  MAX,
]);

function copiedAnnotations(d: Deployment): Record<string, string> {
  return Object.fromEntries(
    Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k)),
  );
}

/** What the rollout planner reads of a ReplicaSet: spec.replicas and its current status. */
const countsOf = (rs: ReplicaSet): ReplicaSetCounts => ({
  id: rs.metadata.name ?? '',
  replicas: rs.spec.replicas ?? 0,
  available: rs.status?.availableReplicas ?? 0,
  actual: rs.status?.replicas ?? 0,
});

const byCreation = (a: ReplicaSet, b: ReplicaSet): number =>
  (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') ||
  revisionOf(a) - revisionOf(b);

/**
 * The step one sync takes (rolling-update.ts): RollingUpdate or Recreate, nothing while paused.
 * Exported for the clock's wake-up planning, which asks whether a step is possible now.
 */
export function plannedStep(
  d: Deployment,
  newRS: ReplicaSet,
  oldRSs: readonly ReplicaSet[],
  oldPodsRunning: boolean,
): RolloutStep {
  if (d.spec.paused) return new Map();
  const desired = d.spec.replicas ?? 1;
  const { maxSurge, maxUnavailable } = surgeAndUnavailable(d, desired);
  const input = {
    desired,
    maxSurge,
    maxUnavailable,
    newRS: countsOf(newRS),
    oldRSs: [...oldRSs].sort(byCreation).map(countsOf),
  };
  return d.spec.strategy?.type === 'Recreate'
    ? recreateStep(input, oldPodsRunning)
    : rollingStep(input);
}

function syncDeployment(run: AdmissionRun, deployment: Deployment): void {
  const ns = deployment.metadata.namespace ?? 'default';
  const uid = deployment.metadata.uid;
  const current = (): ReplicaSet[] =>
    run.state.list<ReplicaSet>('ReplicaSet', ns).filter((rs) => controllerUid(rs) === uid);
  // The ReplicaSet controller has run since the last sync: statuses reflect the Pods now.
  for (const rs of current()) refreshReplicaSetStatus(run, rs);
  const owned = current();
  const replicas = deployment.spec.replicas ?? 1;
  const { maxSurge, maxUnavailable } = surgeAndUnavailable(deployment, replicas);
  const paused = Boolean(deployment.spec.paused);

  let newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, deployment.spec.template));
  const oldRSs = owned.filter((rs) => rs !== newRS);
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  let collisionCount = (deployment.status as { collisionCount?: number } | undefined)
    ?.collisionCount;

  // A paused Deployment creates no ReplicaSet for a changed template (sync, not rollout).
  if (!newRS && !paused) {
    let hash = podTemplateHash(deployment.spec.template, collisionCount ?? 0);
    while (run.state.find('ReplicaSet', ns, `${deployment.metadata.name}-${hash}`)) {
      collisionCount = (collisionCount ?? 0) + 1;
      hash = podTemplateHash(deployment.spec.template, collisionCount);
    }
    const template = clone(deployment.spec.template);
    template.metadata = {
      ...template.metadata,
      labels: { ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash },
    };
    const created: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${deployment.metadata.name}-${hash}`,
        namespace: ns,
        labels: { ...template.metadata.labels },
        annotations: {
          ...copiedAnnotations(deployment),
          [DESIRED]: String(replicas),
          [MAX]: String(replicas + maxSurge),
          [REVISION]: String(maxOld + 1),
        },
        ownerReferences: [controllerRef(deployment)],
      },
      spec: {
        replicas: 0,
        minReadySeconds: deployment.spec.minReadySeconds ?? 0,
        selector: {
          ...clone(deployment.spec.selector),
          matchLabels: {
            ...deployment.spec.selector?.matchLabels,
            [POD_TEMPLATE_HASH_LABEL]: hash,
          },
        },
        template,
      },
    };
    run.commit(created);
    newRS = run.state.find<ReplicaSet>('ReplicaSet', ns, created.metadata.name ?? '');
  }

  let revision = maxOld;
  if (newRS) {
    // The new ReplicaSet holds the latest revision and the Deployment's annotations.
    const next = clone(newRS);
    revision = revisionOf(next) > maxOld ? revisionOf(next) : maxOld + 1;
    next.metadata.annotations = {
      ...next.metadata.annotations,
      ...copiedAnnotations(deployment),
      [DESIRED]: String(replicas),
      [MAX]: String(replicas + maxSurge),
      [REVISION]: String(revision),
    };
    next.spec.minReadySeconds = deployment.spec.minReadySeconds ?? 0;
    run.commit(next);
    newRS = run.state.find<ReplicaSet>('ReplicaSet', ns, next.metadata.name ?? '') as ReplicaSet;
    const oldUids = new Set(oldRSs.map((rs) => rs.metadata.uid));
    const oldPodsRunning = run.state
      .list<Pod>('Pod', ns)
      .some((p) => oldUids.has(controllerUid(p)) && isRunningOrTerminating(p));
    const step = plannedStep(deployment, newRS, oldRSs, oldPodsRunning);
    for (const [name, to] of step)
      scaleReplicaSet(run, deployment, ns, name, to, replicas, maxSurge);
  }
  for (const rs of current()) syncReplicaSet(run, rs);

  const limit = deployment.spec.revisionHistoryLimit ?? 10;
  const idle = current()
    .filter((rs) => rs.metadata.uid !== newRS?.metadata.uid)
    .filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
    run.state.remove(objectKeyOf(rs));

  updateDeploymentStatus(
    run,
    deployment,
    newRS,
    replicas,
    maxUnavailable,
    revision,
    collisionCount,
  );
}

/** scaleReplicaSetAndRecordEvent: new spec.replicas and the replicas annotations, one event. */
function scaleReplicaSet(
  run: AdmissionRun,
  deployment: Deployment,
  ns: string,
  name: string,
  to: number,
  replicas: number,
  maxSurge: number,
): void {
  const rs = run.state.find<ReplicaSet>('ReplicaSet', ns, name);
  if (!rs) return;
  const from = rs.spec.replicas ?? 0;
  const next = clone(rs);
  next.spec.replicas = to;
  next.metadata.annotations = {
    ...next.metadata.annotations,
    [DESIRED]: String(replicas),
    [MAX]: String(replicas + maxSurge),
  };
  run.commit(next);
  if (from !== to) {
    run.event(
      deployment,
      'ScalingReplicaSet',
      `Scaled ${to > from ? 'up' : 'down'} replica set ${name} to ${to} from ${from}`,
      'deployment-controller',
    );
  }
}

const isRunningOrTerminating = (pod: Pod): boolean =>
  pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

/** Brings a ReplicaSet's active Pods to spec.replicas and refreshes its status. */
function syncReplicaSet(run: AdmissionRun, rs: ReplicaSet): void {
  const ns = rs.metadata.namespace ?? 'default';
  const rsName = rs.metadata.name ?? '';
  const want = rs.spec.replicas ?? 1;
  const owned = run.state
    .list<Pod>('Pod', ns)
    .filter((p) => controllerUid(p) === rs.metadata.uid && isActive(p));
  if (owned.length > want) {
    // ActivePodsWithRanks, reduced: unscheduled, then pending, then not ready, then newest.
    const rank = (p: Pod): number =>
      !p.spec.nodeName ? 0 : p.status?.phase === 'Pending' ? 1 : !isReady(p) ? 2 : 3;
    const order = owned
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || b.i - a.i);
    for (const { p } of order.slice(0, owned.length - want)) {
      // Deleted with the Pod's grace period: it terminates, then the clock ends it.
      deletePod(run, p, undefined);
      run.event(rs, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
    }
  }
  let createError: string | undefined;
  // Every Pod of the ReplicaSet starts as the same defaulted template: default it once, then copy.
  let prototype: Pod | undefined;
  for (let i = owned.length; i < want; i++) {
    const name = generateName(
      `${rsName}-`,
      run.random,
      (n) => Boolean(run.state.find('Pod', ns, n)),
      'pods',
    );
    if (run.state.size >= run.maxObjects) {
      createError = quotaExceeded(name, run.state.size, run.maxObjects);
      break;
    }
    prototype ??= defaultObject({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        ...clone(rs.spec.template.metadata),
        name: '',
        generateName: `${rsName}-`,
        namespace: ns,
        labels: { ...rs.spec.template.metadata?.labels },
        ownerReferences: [controllerRef(rs)],
      },
      spec: clone(rs.spec.template.spec),
    } as Pod);
    const pod = clone(prototype);
    pod.metadata.name = name;
    const placement = admitPod(run, pod, undefined);
    run.commit(pod);
    run.event(rs, 'SuccessfulCreate', `Created pod: ${name}`, 'replicaset-controller');
    recordPodPlacement(run, run.state.find<Pod>('Pod', ns, name) as Pod, placement, true);
  }
  if (createError) {
    run.event(
      rs,
      'FailedCreate',
      `Error creating: ${createError}`,
      'replicaset-controller',
      'Warning',
    );
  }
  const current = run.state.get(objectKeyOf(rs)) as ReplicaSet;
  writeReplicaSetStatus(run, current, replicaFailure(run, current, createError));
}

/** Whether a ready Pod has been ready for minReadySeconds at `now` (podutil.IsPodAvailable). */
export function isAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  if (!minReadySeconds || !ready.lastTransitionTime) return true;
  return Date.parse(ready.lastTransitionTime) + minReadySeconds * 1000 <= now;
}

/** The ReplicaSet's status from its active Pods at the run's time (replica_set_utils.go calculateStatus). */
function writeReplicaSetStatus(
  run: AdmissionRun,
  rs: ReplicaSet,
  failure: ReturnType<typeof replicaFailure>,
): void {
  const ns = rs.metadata.namespace ?? 'default';
  const pods = run.state
    .list<Pod>('Pod', ns)
    .filter((p) => controllerUid(p) === rs.metadata.uid && isActive(p));
  const ready = pods.filter(isReady).length;
  const now = run.nowDate.getTime();
  const available = pods.filter((p) => isAvailable(p, rs.spec.minReadySeconds ?? 0, now)).length;
  const next = clone(rs);
  next.status = {
    replicas: pods.length,
    ...(pods.length ? { fullyLabeledReplicas: pods.length } : {}),
    ...(ready ? { readyReplicas: ready } : {}),
    ...(available ? { availableReplicas: available } : {}),
    observedGeneration: rs.metadata.generation ?? 1,
    ...(failure ? { conditions: [failure] } : {}),
  };
  run.commit(next);
}

/** Status only, keeping a standing ReplicaFailure (the Deployment reads statuses before it plans). */
function refreshReplicaSetStatus(run: AdmissionRun, rs: ReplicaSet): void {
  const failure = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  writeReplicaSetStatus(run, rs, failure as ReturnType<typeof replicaFailure>);
}

/** The quota named in FailedCreate: the sandbox's per-cluster object count (MAX_OBJECTS_PER_CLUSTER). */
export const OBJECT_QUOTA_NAME = 'sandbox-object-count';

/**
 * What the API server's ResourceQuota admission answers a create beyond a count quota
 * (plugin/pkg/admission/resourcequota: `exceeded quota: <name>, requested: …, used: …, limited: …`
 * wrapped as `pods "<name>" is forbidden: …`). The sandbox's quota counts every object of the
 * cluster. Why this rather than refusing the apply: a real cluster stores the Deployment and lets
 * the ReplicaSet fail its creates, so `kubectl describe rs` shows the familiar FailedCreate event
 * and ReplicaFailure condition, and scaling back down clears it.
 */
function quotaExceeded(podName: string, used: number, limit: number): string {
  return `pods "${podName}" is forbidden: exceeded quota: ${OBJECT_QUOTA_NAME}, requested: count=1, used: count=${used}, limited: count=${limit}`;
}

/**
 * The ReplicaSet's ReplicaFailure condition (replica_set_utils.go calculateStatus): True with
 * reason FailedCreate and the create error while creates fail, dropped once they succeed.
 */
function replicaFailure(
  run: AdmissionRun,
  current: ReplicaSet,
  createError: string | undefined,
): NonNullable<NonNullable<ReplicaSet['status']>['conditions']>[number] | undefined {
  if (!createError) return undefined;
  const prior = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  return {
    type: 'ReplicaFailure',
    status: 'True',
    reason: 'FailedCreate',
    message: createError,
    lastTransitionTime: prior?.status === 'True' ? prior.lastTransitionTime : run.now,
  };
}
