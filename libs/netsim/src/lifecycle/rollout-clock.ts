/**
 * When rollouts and kubelets next have something to do, read from the objects alone (no clock
 * reading needed): a Deployment whose next step is already possible (due at once), a Pod whose
 * readiness probe is due, a ReplicaSet's next Pod to reach minReadySeconds, a Deployment's
 * progressDeadlineSeconds.
 */
import type { Deployment, KubeObject, Pod, ReplicaSet } from '@app/kube';
import { controllerUid, equalIgnoreHash, plannedStep } from '../controllers/deployment-controller';
import { awaitingFirstProbe, probeReadyAt } from './readiness';

const readySince = (pod: Pod): number | undefined => {
  const c = pod.status?.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : undefined;
};

/** Cluster times (ms since the epoch; 0 = at once) at which something waits to happen. */
export function rolloutWakeUps(objects: readonly KubeObject[]): number[] {
  const out: number[] = [];
  const podsByOwner = new Map<string, Pod[]>();
  const rsByOwner = new Map<string, ReplicaSet[]>();
  const deployments: Deployment[] = [];
  for (const o of objects) {
    if (o.kind === 'Pod') {
      const pod = o as Pod;
      if (awaitingFirstProbe(pod)) out.push(probeReadyAt(pod) as number);
      const owner = controllerUid(pod);
      if (owner) {
        const list = podsByOwner.get(owner);
        if (list) list.push(pod);
        else podsByOwner.set(owner, [pod]);
      }
    } else if (o.kind === 'ReplicaSet') {
      const owner = controllerUid(o);
      if (owner) rsByOwner.set(owner, [...(rsByOwner.get(owner) ?? []), o as ReplicaSet]);
    } else if (o.kind === 'Deployment') deployments.push(o as Deployment);
  }
  for (const d of deployments) {
    if (d.spec.paused) continue;
    const owned = rsByOwner.get(d.metadata.uid ?? '') ?? [];
    for (const rs of owned) {
      const minReady = rs.spec.minReadySeconds ?? 0;
      if (!minReady) continue;
      const since = (podsByOwner.get(rs.metadata.uid ?? '') ?? [])
        .filter((p) => !p.metadata.deletionTimestamp)
        .map(readySince)
        .filter((t): t is number => t !== undefined)
        .sort((a, b) => a - b);
      const available = rs.status?.availableReplicas ?? 0;
      if (since.length > available) out.push(since[available] + minReady * 1000);
    }
    const newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
    if (!newRS) continue;
    const oldRSs = owned.filter((rs) => rs !== newRS);
    const oldPodsRunning = oldRSs.some((rs) =>
      (podsByOwner.get(rs.metadata.uid ?? '') ?? []).some(
        (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
      ),
    );
    if (plannedStep(d, newRS, oldRSs, oldPodsRunning).size > 0) out.push(0);
    const progressing = d.status?.conditions?.find((c) => c.type === 'Progressing');
    const deadline = d.spec.progressDeadlineSeconds;
    if (
      deadline !== undefined &&
      progressing?.status === 'True' &&
      progressing.reason === 'ReplicaSetUpdated' &&
      progressing.lastUpdateTime
    )
      out.push(Date.parse(progressing.lastUpdateTime) + deadline * 1000);
  }
  return out;
}
