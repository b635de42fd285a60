/**
 * The Deployment's status after a sync, as pkg/controller/deployment/sync.go calculateStatus and
 * progress.go syncRolloutStatus compute it: sums over the ReplicaSets' statuses, the Available
 * and Progressing conditions (progressDeadlineSeconds included) and a ReplicaSet's failure.
 */
import type { Deployment, DeploymentStatus, ReplicaSet } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { clone } from '../admission/deep-equal';
import { objectKeyOf } from '../admission/object-key';
import { controllerUid, REVISION } from './owner-refs';

export function updateDeploymentStatus(
  run: AdmissionRun,
  deployment: Deployment,
  newRS: ReplicaSet | undefined,
  replicas: number,
  maxUnavailable: number,
  revision: number,
  collisionCount: number | undefined,
): void {
  const ns = deployment.metadata.namespace ?? 'default';
  const all = run.state
    .list<ReplicaSet>('ReplicaSet', ns)
    .filter((rs) => controllerUid(rs) === deployment.metadata.uid);
  const rsUids = new Set(all.map((rs) => rs.metadata.uid));
  const fresh = newRS && run.state.find<ReplicaSet>('ReplicaSet', ns, newRS.metadata.name ?? '');
  // calculateStatus: sums over the ReplicaSets' statuses.
  const total = all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
  const updated = fresh?.status?.replicas ?? 0;
  const ready = all.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
  const availableCount = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
  const specTotal = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
  const unavailable = Math.max(0, specTotal - availableCount);
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
  const rsName = fresh?.metadata.name ?? '';
  const available = availableCount >= replicas - maxUnavailable;
  const complete =
    updated === replicas && total === replicas && availableCount === replicas && !!fresh;
  const previous = current.status;
  const progressed =
    updated > (previous?.updatedReplicas ?? 0) ||
    ready > (previous?.readyReplicas ?? 0) ||
    availableCount > (previous?.availableReplicas ?? 0) ||
    total - updated < (previous?.replicas ?? 0) - (previous?.updatedReplicas ?? 0);
  const progressing = prior.find((c) => c.type === 'Progressing');
  const deadline = deployment.spec.progressDeadlineSeconds;
  const timedOut =
    !complete &&
    !progressed &&
    deadline !== undefined &&
    progressing?.reason !== 'NewReplicaSetAvailable' &&
    progressing?.lastUpdateTime !== undefined &&
    Date.parse(progressing.lastUpdateTime) + deadline * 1000 <= run.nowDate.getTime();
  let progressingCondition;
  if (deployment.spec.paused) {
    progressingCondition = condition(
      'Progressing',
      'Unknown',
      'DeploymentPaused',
      'Deployment is paused',
    );
  } else if (complete) {
    progressingCondition = condition(
      'Progressing',
      'True',
      'NewReplicaSetAvailable',
      `ReplicaSet "${rsName}" has successfully progressed.`,
    );
  } else if (timedOut || progressing?.reason === 'ProgressDeadlineExceeded') {
    progressingCondition = condition(
      'Progressing',
      'False',
      'ProgressDeadlineExceeded',
      `ReplicaSet "${rsName}" has timed out progressing.`,
    );
  } else {
    const kept = condition(
      'Progressing',
      'True',
      'ReplicaSetUpdated',
      `ReplicaSet "${rsName}" is progressing.`,
    );
    // Progress moves lastUpdateTime: the deadline counts from the last step forward.
    progressingCondition = progressed ? { ...kept, lastUpdateTime: run.now } : kept;
  }
  const status: DeploymentStatus & { collisionCount?: number } = {
    observedGeneration: current.metadata.generation ?? 1,
    replicas: total,
    updatedReplicas: updated,
    readyReplicas: ready,
    availableReplicas: availableCount,
    ...(unavailable ? { unavailableReplicas: unavailable } : {}),
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
      progressingCondition,
    ],
    ...(collisionCount ? { collisionCount } : {}),
  };
  // progress.go syncRolloutStatus: a ReplicaSet's failure condition is the Deployment's too.
  const failed = all
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
