/**
 * Watch events from successive list results, the facade's stand-in for the API server's watch
 * cache (k8s.io/apiserver pkg/storage/cacher): objects are compared by key and
 * resourceVersion between two polls.
 */
import type { KubeObject } from '@app/kube';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchChange {
  type: WatchEventType;
  object: KubeObject;
}

/** What a watcher has already sent: object key → the object as last seen. */
export type WatchState = Map<string, KubeObject>;

export const watchKey = (o: KubeObject): string =>
  `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;

/** The baseline of a watch: every current object counts as already seen. */
export function watchStateOf(items: readonly KubeObject[]): WatchState {
  return new Map(items.map((o) => [watchKey(o), o]));
}

/**
 * The first events of a watch started at `resourceVersion` on `items` (the current matching
 * objects):
 * - `''` or `'0'` → a synthetic ADDED for every object (upstream's "send initial events" for RV 0);
 * - a number → MODIFIED for every object changed after it (creation and update cannot be told
 *   apart without history; kubectl prints both the same way), nothing for the rest;
 * - anything else → no initial events.
 */
export function initialEvents(
  items: readonly KubeObject[],
  resourceVersion: string,
): WatchChange[] {
  if (resourceVersion === '' || resourceVersion === '0') {
    return items.map((object) => ({ type: 'ADDED', object }));
  }
  const since = Number(resourceVersion);
  if (!Number.isFinite(since)) return [];
  return items
    .filter((o) => Number(o.metadata.resourceVersion ?? 0) > since)
    .map((object) => ({ type: 'MODIFIED', object }));
}

/**
 * Events turning `previous` into `items` (the objects matching the watch now): ADDED for new
 * keys, MODIFIED when the resourceVersion differs, DELETED (with the last seen object) for keys
 * that are gone or stopped matching. Returns the events in list order (deletions last) and the
 * next state.
 */
export function diffWatch(
  previous: WatchState,
  items: readonly KubeObject[],
): { events: WatchChange[]; state: WatchState } {
  const events: WatchChange[] = [];
  const state: WatchState = new Map();
  for (const o of items) {
    const key = watchKey(o);
    state.set(key, o);
    const before = previous.get(key);
    if (!before) events.push({ type: 'ADDED', object: o });
    else if (before.metadata.resourceVersion !== o.metadata.resourceVersion)
      events.push({ type: 'MODIFIED', object: o });
  }
  for (const [key, o] of previous) if (!state.has(key)) events.push({ type: 'DELETED', object: o });
  return { events, state };
}
