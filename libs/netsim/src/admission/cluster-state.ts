import { applyObjectChanges, type KubeObject, type ObjectKey } from '@app/kube';
import type { ClusterSnapshot } from '../snapshot';
import type { ClusterRuntime } from '../runtime';
import { keyString, objectKeyOf } from './object-key';

/** Called after every put/remove with the object before and after (undefined when absent). */
export type ChangeListener = (
  before: KubeObject | undefined,
  after: KubeObject | undefined,
) => void;

/**
 * A mutable working copy of a snapshot's objects for one admission run: lookups by key, listing by
 * kind and namespace, creation order kept (a replaced object keeps its place, a re-created one
 * moves to the end), and a record of what changed so the result holds only real changes.
 */
export class ClusterState {
  private readonly byKey = new Map<string, KubeObject>();
  private readonly byKind = new Map<string, Map<string, Map<string, KubeObject>>>();
  private readonly original = new Set<string>();
  private readonly upserted = new Set<string>();
  private readonly removed = new Map<string, ObjectKey>();
  private readonly dirty = new Map<string, Set<string>>();
  private readonly listeners: ChangeListener[] = [];
  /** How many objects were removed during this run (garbage collection runs only after removals). */
  removals = 0;

  constructor(objects: readonly KubeObject[] = []) {
    for (const obj of objects) {
      const key = objectKeyOf(obj);
      const k = keyString(key);
      this.original.add(k);
      this.index(k, key, obj);
    }
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  get(key: ObjectKey): KubeObject | undefined {
    return this.byKey.get(keyString(key));
  }

  find<T extends KubeObject>(kind: string, namespace: string, name: string): T | undefined {
    return this.byKind.get(kind)?.get(namespace)?.get(name) as T | undefined;
  }

  /** Objects of a kind (in one namespace when given), in creation order within a namespace. */
  list<T extends KubeObject>(kind: string, namespace?: string): T[] {
    const perNs = this.byKind.get(kind);
    if (!perNs) return [];
    if (namespace !== undefined) return [...(perNs.get(namespace)?.values() ?? [])] as T[];
    const out: T[] = [];
    for (const m of perNs.values()) for (const o of m.values()) out.push(o as T);
    return out;
  }

  /** Namespaces holding at least one object of the kind. */
  namespacesOf(kind: string): string[] {
    return [...(this.byKind.get(kind)?.entries() ?? [])]
      .filter(([, m]) => m.size > 0)
      .map(([ns]) => ns);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Stores the object (the caller has decided it differs from the stored one). */
  put(obj: KubeObject): void {
    const key = objectKeyOf(obj);
    const k = keyString(key);
    const before = this.byKey.get(k);
    this.index(k, key, obj);
    this.upserted.add(k);
    this.markDirty(key);
    for (const l of this.listeners) l(before, obj);
  }

  remove(key: ObjectKey): KubeObject | undefined {
    const k = keyString(key);
    const before = this.byKey.get(k);
    if (!before) return undefined;
    this.byKey.delete(k);
    this.byKind.get(key.kind)?.get(key.namespace)?.delete(key.name);
    this.upserted.delete(k);
    this.removals++;
    if (this.original.has(k)) this.removed.set(k, { ...key });
    this.markDirty(key);
    for (const l of this.listeners) l(before, undefined);
    return before;
  }

  /** Namespaces in which objects of the kind were put or removed during this run. */
  dirtyNamespaces(kind: string): ReadonlySet<string> {
    return this.dirty.get(kind) ?? new Set();
  }

  /** Objects created or changed during this run, in creation order. */
  upserts(): KubeObject[] {
    const out: KubeObject[] = [];
    for (const [k, obj] of this.byKey) if (this.upserted.has(k)) out.push(obj);
    return out;
  }

  /**
   * Snapshot objects removed during this run. A key can also appear in upserts() when the object
   * was deleted and created again in the same run: apply deletes before upserts.
   */
  deletes(): ObjectKey[] {
    return [...this.removed.values()];
  }

  /** All objects in creation order. */
  objects(): KubeObject[] {
    return [...this.byKey.values()];
  }

  private index(k: string, key: ObjectKey, obj: KubeObject): void {
    this.byKey.set(k, obj);
    let perNs = this.byKind.get(key.kind);
    if (!perNs) this.byKind.set(key.kind, (perNs = new Map()));
    let names = perNs.get(key.namespace);
    if (!names) perNs.set(key.namespace, (names = new Map()));
    names.set(key.name, obj);
  }

  private markDirty(key: ObjectKey): void {
    let set = this.dirty.get(key.kind);
    if (!set) this.dirty.set(key.kind, (set = new Set()));
    set.add(key.namespace);
  }
}

/**
 * What a store does with an AdmissionResult, in memory: drop `deletes`, then replace upserted
 * objects in place or append new ones in result order, and bump the revision. For tests and
 * for callers that keep snapshots in memory.
 */
export function applyAdmission(
  snapshot: ClusterSnapshot,
  result: {
    upserts: readonly KubeObject[];
    deletes: readonly ObjectKey[];
    runtime?: ClusterRuntime;
  },
): ClusterSnapshot {
  const runtime = result.runtime ?? snapshot.runtime;
  return {
    config: snapshot.config,
    revision: snapshot.revision + 1,
    objects: applyObjectChanges(snapshot.objects, result),
    ...(runtime ? { runtime } : {}),
  };
}
