/**
 * The scheduler's retry of unschedulable Pods (pkg/scheduler/internal/queue: Pods move back from
 * the unschedulable queue when a Node is added or changes, or a Pod goes away): after such a
 * change, every Pending Pod without a node is tried again, and one that now fits is bound and
 * started as a new Pod would be (Scheduled, then the kubelet's events).
 */
import type { Pod } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { clone } from '../admission/deep-equal';
import { recordPodPlacement } from '../admission/events';
import { admitPod } from '../admission/pod-admission';
import { scheduleOnto } from '../admission/nodes';

/** Retries the Pending Pods when Nodes changed or something was removed in this run. */
export function retryUnschedulable(run: AdmissionRun): void {
  const nodesChanged = run.state.dirtyNamespaces('Node').size > 0;
  if (!nodesChanged && run.state.removals === 0) return;
  for (const pod of run.state.list<Pod>('Pod')) {
    if (pod.spec.nodeName || pod.metadata.deletionTimestamp || pod.status?.phase !== 'Pending')
      continue;
    // Cheap filter first: most retries find nothing (a cluster past its capacity).
    const fit = scheduleOnto(run.nodes(), run.alloc.podsPerNode, pod, () => run.placedPods());
    if (!('node' in fit)) continue;
    const retry = clone(pod);
    delete retry.status;
    const placement = admitPod(run, retry, undefined);
    if (!placement.scheduledTo) continue;
    run.commit(retry, pod);
    recordPodPlacement(run, retry, placement, true);
  }
}
