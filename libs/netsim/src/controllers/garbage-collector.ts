import type { ClusterState } from '../admission/cluster-state';
import { objectKeyOf } from '../admission/object-key';

/**
 * Foreground-less garbage collection (pkg/controller/garbagecollector): an object whose every
 * ownerReference points at a uid no longer in the cluster is deleted, repeatedly, so deleting a
 * Deployment removes its ReplicaSets and then their Pods, and deleting a Service its managed
 * EndpointSlices. Runs only when something was removed.
 */
export function collectGarbage(state: ClusterState): void {
  if (state.removals === 0) return;
  for (;;) {
    const uids = new Set<string>();
    for (const o of state.objects()) if (o.metadata.uid) uids.add(o.metadata.uid);
    const orphans = state
      .objects()
      .filter(
        (o) =>
          (o.metadata.ownerReferences?.length ?? 0) > 0 &&
          o.metadata.ownerReferences!.every((r) => !uids.has(r.uid)),
      );
    if (orphans.length === 0) return;
    for (const o of orphans) state.remove(objectKeyOf(o));
  }
}
