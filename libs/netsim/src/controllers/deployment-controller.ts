/**
 * The Deployment and ReplicaSet controllers collapsed into one synchronous pass
 * (pkg/controller/deployment/sync.go, rolling.go; pkg/controller/replicaset/replica_set.go): a
 * rollout finishes at once, so every sync ends in the state a real cluster settles in.
 */
import {
  defaultObject,
  type Deployment,
  type DeploymentStatus,
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

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
const REVISION = 'deployment.kubernetes.io/revision';
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

const controllerUid = (obj: KubeObject): string | undefined =>
  obj.metadata.ownerReferences?.find((r) => r.controller)?.uid;

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

/** Templates equal but for the pod-template-hash label (deploymentutil.EqualIgnoreHash). */
function equalIgnoreHash(
  a: ReplicaSet['spec']['template'],
  b: Deployment['spec']['template'],
): boolean {
  const strip = (t: unknown): unknown => {
    const c = clone(t) as { metadata?: { labels?: Record<string, string> } };
    if (c.metadata?.labels) {
      delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
      if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
    }
    return c;
  };
  return deepEqual(strip(a), strip(b));
}

/**
 * Reconciles every Deployment of the given namespaces, then every ReplicaSet's Pods:
 * - The new ReplicaSet `<deployment>-<pod-template-hash>` (template equal ignoring the hash label)
 *   is created or reused with revision max(old)+1; it gets spec.replicas, every older one 0, and
 *   old ones beyond revisionHistoryLimit with no Pods are deleted.
 * - Each ReplicaSet gets Pods `<rs>-<5 random chars>` (the run's seeded source, see names.ts)
 *   until its active Pods equal spec.replicas; surplus Pods go not-ready first, then newest first
 *   (ActivePodsWithRanks). Pods the nodes cannot take stay Pending (scheduleOnto). Creates stop
 *   at the cluster's object quota: one Warning FailedCreate `Error creating: pods "x" is
 *   forbidden: exceeded quota: …` and a ReplicaFailure condition on the ReplicaSet and Deployment.
 * - Status: ReplicaSet replicas/fullyLabeled/ready/available/observedGeneration; Deployment
 *   observedGeneration, replicas, updatedReplicas, readyReplicas, availableReplicas,
 *   unavailableReplicas and conditions Available (MinimumReplicasAvailable) and Progressing
 *   (NewReplicaSetAvailable / ReplicaSetUpdated); annotation deployment.kubernetes.io/revision.
 * Events: deployment-controller ScalingReplicaSet "Scaled up replica set X from 0 to 3",
 * replicaset-controller SuccessfulCreate "Created pod: X" / SuccessfulDelete "Deleted pod: X",
 * and the scheduler/kubelet events of each new Pod.
 */
export function reconcileDeployments(run: AdmissionRun, namespaces: Iterable<string>): void {
  for (const ns of namespaces) {
    const rsByOwner = new Map<string | undefined, ReplicaSet[]>();
    for (const rs of run.state.list<ReplicaSet>('ReplicaSet', ns)) {
      const owner = controllerUid(rs);
      rsByOwner.set(owner, [...(rsByOwner.get(owner) ?? []), rs]);
    }
    for (const d of run.state.list<Deployment>('Deployment', ns)) {
      // Only Deployments whose own object, ReplicaSets or Pods changed need a sync.
      const touched =
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

function syncDeployment(run: AdmissionRun, deployment: Deployment): void {
  const ns = deployment.metadata.namespace ?? 'default';
  const uid = deployment.metadata.uid;
  const owned = run.state
    .list<ReplicaSet>('ReplicaSet', ns)
    .filter((rs) => controllerUid(rs) === uid);
  const replicas = deployment.spec.replicas ?? 1;
  const { maxSurge, maxUnavailable } = surgeAndUnavailable(deployment, replicas);

  let newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, deployment.spec.template));
  const oldRSs = owned.filter((rs) => rs !== newRS);
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  let collisionCount = (deployment.status as { collisionCount?: number } | undefined)
    ?.collisionCount;

  if (!newRS) {
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
    newRS = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${deployment.metadata.name}-${hash}`,
        namespace: ns,
        labels: { ...template.metadata.labels },
        annotations: {},
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
  }

  // The new ReplicaSet: full size, latest revision, upstream's annotations.
  const next = clone(newRS);
  const revision = revisionOf(next) > maxOld ? revisionOf(next) : maxOld + 1;
  next.metadata.annotations = {
    ...next.metadata.annotations,
    [DESIRED]: String(replicas),
    [MAX]: String(replicas + maxSurge),
    [REVISION]: String(revision),
  };
  next.spec.minReadySeconds = deployment.spec.minReadySeconds ?? 0;
  const from = newRS.spec.replicas ?? 0;
  next.spec.replicas = replicas;
  run.commit(next);
  const stored = run.state.find<ReplicaSet>(
    'ReplicaSet',
    ns,
    next.metadata.name ?? '',
  ) as ReplicaSet;
  if (from !== replicas) {
    const dir = replicas > from ? 'up' : 'down';
    run.event(
      deployment,
      'ScalingReplicaSet',
      `Scaled ${dir} replica set ${stored.metadata.name} from ${from} to ${replicas}`,
      'deployment-controller',
    );
  }
  syncReplicaSet(run, stored);

  // Older ReplicaSets: scaled to zero, then trimmed to revisionHistoryLimit.
  for (const old of oldRSs) {
    const prev = old.spec.replicas ?? 0;
    if (prev !== 0) {
      const scaledDown = clone(old);
      scaledDown.spec.replicas = 0;
      run.commit(scaledDown);
      run.event(
        deployment,
        'ScalingReplicaSet',
        `Scaled down replica set ${old.metadata.name} from ${prev} to 0`,
        'deployment-controller',
      );
    }
    syncReplicaSet(
      run,
      run.state.find<ReplicaSet>('ReplicaSet', ns, old.metadata.name ?? '') as ReplicaSet,
    );
  }
  const limit = deployment.spec.revisionHistoryLimit ?? 10;
  const idle = oldRSs
    .map((rs) => run.state.find<ReplicaSet>('ReplicaSet', ns, rs.metadata.name ?? '') as ReplicaSet)
    .filter((rs) => rs && (rs.status?.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
    run.state.remove(objectKeyOf(rs));

  updateDeploymentStatus(
    run,
    deployment,
    stored,
    replicas,
    maxUnavailable,
    revision,
    collisionCount,
  );
}

function updateDeploymentStatus(
  run: AdmissionRun,
  deployment: Deployment,
  newRS: ReplicaSet,
  replicas: number,
  maxUnavailable: number,
  revision: number,
  collisionCount: number | undefined,
): void {
  const ns = deployment.metadata.namespace ?? 'default';
  const rsUids = new Set(
    run.state
      .list<ReplicaSet>('ReplicaSet', ns)
      .filter((rs) => controllerUid(rs) === deployment.metadata.uid)
      .map((rs) => rs.metadata.uid),
  );
  const pods = run.state
    .list<Pod>('Pod', ns)
    .filter((p) => rsUids.has(controllerUid(p)) && isActive(p));
  const updated = pods.filter((p) => controllerUid(p) === newRS.metadata.uid);
  const ready = pods.filter(isReady).length;
  const total = pods.length;
  const current = run.state.get(objectKeyOf(deployment)) as Deployment;
  const prior = current.status?.conditions ?? [];
  const condition = (type: string, status: string, reason: string, message: string) => {
    const old = prior.find((c) => c.type === type);
    const same = old && old.status === status;
    const unchanged = same && old.reason === reason && old.message === message;
    return {
      type,
      status,
      lastUpdateTime: unchanged ? old.lastUpdateTime : run.now,
      lastTransitionTime: same ? old.lastTransitionTime : run.now,
      reason,
      message,
    };
  };
  const available = ready >= replicas - maxUnavailable;
  const complete = updated.length === replicas && total === replicas && ready === replicas;
  const status: DeploymentStatus & { collisionCount?: number } = {
    observedGeneration: current.metadata.generation ?? 1,
    replicas: total,
    updatedReplicas: updated.length,
    readyReplicas: ready,
    availableReplicas: ready,
    ...(Math.max(0, replicas - ready)
      ? { unavailableReplicas: Math.max(0, replicas - ready) }
      : {}),
    conditions: [
      available
        ? condition(
            'Available',
            'True',
            'MinimumReplicasAvailable',
            'Deployment has minimum availability.',
          )
        : condition(
            'Available',
            'False',
            'MinimumReplicasUnavailable',
            'Deployment does not have minimum availability.',
          ),
      complete
        ? condition(
            'Progressing',
            'True',
            'NewReplicaSetAvailable',
            `ReplicaSet "${newRS.metadata.name}" has successfully progressed.`,
          )
        : condition(
            'Progressing',
            'True',
            'ReplicaSetUpdated',
            `ReplicaSet "${newRS.metadata.name}" is progressing.`,
          ),
    ],
    ...(collisionCount ? { collisionCount } : {}),
  };
  // progress.go syncRolloutStatus: a ReplicaSet's failure condition is the Deployment's too.
  const failed = run.state
    .list<ReplicaSet>('ReplicaSet', ns)
    .filter((rs) => rsUids.has(rs.metadata.uid))
    .flatMap((rs) => rs.status?.conditions ?? [])
    .find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  if (failed) {
    const { lastTransitionTime, ...rest } = failed;
    const kept = condition('ReplicaFailure', rest.status, rest.reason ?? '', rest.message ?? '');
    status.conditions?.push({
      ...kept,
      lastTransitionTime: lastTransitionTime ?? kept.lastTransitionTime,
    });
  }
  if (!status.readyReplicas) delete status.readyReplicas;
  if (!status.availableReplicas) delete status.availableReplicas;
  const next = clone(current);
  next.metadata.annotations = { ...next.metadata.annotations, [REVISION]: String(revision) };
  next.status = status;
  run.commit(next);
}

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
      run.state.remove(objectKeyOf(p));
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
  const pods = run.state
    .list<Pod>('Pod', ns)
    .filter((p) => controllerUid(p) === rs.metadata.uid && isActive(p));
  const ready = pods.filter(isReady).length;
  const current = run.state.get(objectKeyOf(rs)) as ReplicaSet;
  const next = clone(current);
  const failure = replicaFailure(run, current, createError);
  next.status = {
    replicas: pods.length,
    ...(pods.length ? { fullyLabeledReplicas: pods.length } : {}),
    ...(ready ? { readyReplicas: ready, availableReplicas: ready } : {}),
    observedGeneration: current.metadata.generation ?? 1,
    ...(failure ? { conditions: [failure] } : {}),
  };
  run.commit(next);
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
