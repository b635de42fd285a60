/**
 * Graceful Pod deletion as the API server and kubelet do it (pkg/registry/core/pod/strategy.go
 * CheckGracefulDelete, staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go BeforeDelete,
 * pkg/kubelet/kuberuntime killContainer): a delete sets deletionTimestamp = now + grace and
 * deletionGracePeriodSeconds; the Pod stays, Terminating, until the cluster clock reaches its
 * deletionTimestamp, then it is gone (the kubelet's final delete).
 */
import type { Pod } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { rfc3339 } from '../admission/admission-run';
import { clone } from '../admission/deep-equal';
import { objectKeyOf } from '../admission/object-key';

/** The kubelet's event when it stops a container, per container (kuberuntime_container.go). */
const KILLING = 'Killing';

/**
 * The grace period a delete gets (CheckGracefulDelete): the request's gracePeriodSeconds, else
 * the Pod's terminationGracePeriodSeconds (30 by default); 0 for a Pod not bound to a node or
 * already Succeeded/Failed, which the kubelet has nothing to stop for; a negative one becomes 1.
 */
export function gracePeriodFor(pod: Pod, requested: number | undefined): number {
  let grace = requested ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  if (grace < 0) grace = 1;
  const phase = pod.status?.phase;
  if (!pod.spec.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
  return grace;
}

/**
 * Deletes a Pod as the API server does for the grace period given (rest/delete.go BeforeDelete):
 * - 0: removed at once (returns 'removed');
 * - a Pod not yet terminating: deletionTimestamp = now + grace, deletionGracePeriodSeconds = grace,
 *   kubelet `Killing` events ("Stopping container x"); returns 'terminating';
 * - already terminating: without a deletionGracePeriodSeconds (a lab's applied Terminating Pod) it
 *   goes at once; a grace period shorter than the recorded one moves deletionTimestamp to the
 *   deletion's start plus the new period; a longer or absent one changes nothing.
 */
export function deletePod(
  run: AdmissionRun,
  pod: Pod,
  requestedGrace: number | undefined,
): 'removed' | 'terminating' {
  const remove = (): 'removed' => {
    run.state.remove(objectKeyOf(pod));
    return 'removed';
  };
  const recorded = pod.metadata.deletionGracePeriodSeconds;
  if (pod.metadata.deletionTimestamp) {
    if (!recorded) return remove();
    if (requestedGrace === undefined) return 'terminating';
    const grace = Math.max(0, requestedGrace);
    if (grace >= recorded) return 'terminating';
    if (grace === 0) return remove();
    const started = Date.parse(pod.metadata.deletionTimestamp) - recorded * 1000;
    const next = clone(pod);
    next.metadata.deletionTimestamp = rfc3339(new Date(started + grace * 1000));
    next.metadata.deletionGracePeriodSeconds = grace;
    run.commit(next);
    return 'terminating';
  }
  const grace = gracePeriodFor(pod, requestedGrace);
  if (grace === 0) return remove();
  const next = clone(pod);
  next.metadata.deletionTimestamp = rfc3339(new Date(run.nowDate.getTime() + grace * 1000));
  next.metadata.deletionGracePeriodSeconds = grace;
  run.commit(next);
  for (const c of pod.spec.containers ?? [])
    run.event(next, KILLING, `Stopping container ${c.name}`, 'kubelet');
  return 'terminating';
}

/**
 * Whether the sandbox's clock ends this Pod: it is terminating through a delete (deletionTimestamp
 * and deletionGracePeriodSeconds, no finalizers). A Pod applied with only a deletionTimestamp
 * stays Terminating until deleted, as one whose node never confirms the kill.
 */
export const endsByClock = (pod: Pod): boolean =>
  Boolean(pod.metadata.deletionTimestamp) &&
  pod.metadata.deletionGracePeriodSeconds !== undefined &&
  !(pod.metadata.finalizers?.length ?? 0);

/** Removes every Pod whose grace period is over at the run's clock reading. */
export function finishTerminations(run: AdmissionRun): void {
  const now = run.nowDate.getTime();
  for (const pod of run.state.list<Pod>('Pod')) {
    if (endsByClock(pod) && Date.parse(pod.metadata.deletionTimestamp as string) <= now)
      run.state.remove(objectKeyOf(pod));
  }
}
