import type { Pod } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { objectKeyOf } from '../admission/object-key';
import { deletePod } from '../lifecycle/termination';

/**
 * Background garbage collection (pkg/controller/garbagecollector): an object whose every
 * ownerReference points at a uid no longer in the cluster is deleted, repeatedly, so deleting a
 * Deployment removes its ReplicaSets and then their Pods, and deleting a Service its managed
 * EndpointSlices. Pods are deleted as the collector deletes them, with their own grace period:
 * they stay Terminating until the clock ends them. Runs only when something was removed.
 */
export function collectGarbage(run: AdmissionRun): void {
  const state = run.state;
  if (state.removals === 0) return;
  for (;;) {
    const uids = new Set<string>();
    for (const o of state.objects()) if (o.metadata.uid) uids.add(o.metadata.uid);
    const orphans = state
      .objects()
      .filter(
        (o) =>
          (o.metadata.ownerReferences?.length ?? 0) > 0 &&
          !(o.kind === 'Pod' && o.metadata.deletionTimestamp) &&
          o.metadata.ownerReferences!.every((r) => !uids.has(r.uid)),
      );
    if (orphans.length === 0) return;
    for (const o of orphans) {
      if (o.kind === 'Pod') deletePod(run, o as Pod, undefined);
      else state.remove(objectKeyOf(o));
    }
  }
}
