import type { KubeObject, ObjectKey } from './meta';

/** "Kind/namespace/name": one object's identity in a cluster ('' namespace when cluster-scoped). */
export const objectKeyString = (key: ObjectKey): string =>
  `${key.kind}/${key.namespace}/${key.name}`;

const keyOfObject = (o: KubeObject): string =>
  objectKeyString({
    kind: o.kind,
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? '',
  });

/**
 * The object list after a write, as the API server's storage keeps creation order: `deletes`
 * are dropped first, then each upsert replaces its object in place or, when new (or deleted and
 * recreated in the same write), is appended in the order given.
 */
export function applyObjectChanges(
  objects: readonly KubeObject[],
  changes: { upserts: readonly KubeObject[]; deletes: readonly ObjectKey[] },
): KubeObject[] {
  const byKey = new Map<string, KubeObject>();
  for (const o of objects) byKey.set(keyOfObject(o), o);
  for (const k of changes.deletes) byKey.delete(objectKeyString(k));
  for (const o of changes.upserts) byKey.set(keyOfObject(o), o);
  return [...byKey.values()];
}
