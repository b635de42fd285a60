/**
 * Server-side apply (`application/apply-patch+yaml`) and field ownership bookkeeping, a small
 * honest subset of k8s.io/apimachinery/pkg/util/managedfields and
 * sigs.k8s.io/structured-merge-diff (merge.Updater.Apply / Update): per-manager field sets in
 * `metadata.managedFields` (FieldsV1), conflicts with other managers, force, and removal of
 * fields an applier stops applying.
 */
import { KubeError, KubeErrorCode } from '../errors';
import type { KubeObject } from '../objects/meta';
import {
  fieldSetOf,
  formatPath,
  fromFieldsV1,
  itemKey,
  keyPath,
  ownedPart,
  pathKey,
  removeAt,
  toFieldsV1,
  valueAt,
  type FieldPath,
} from './field-set';
import { clone, deepEqual, getOwn, isObject, setOwn, type Json, type JsonObject } from './json';
import { patchSchemaFor } from '../kinds/registry';
import { patchChild, type PatchNode } from './patch-schema';

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion?: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: JsonObject;
  subresource?: string;
}

export interface ApplyConflict {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion?: string;
  /** Upstream path form: `.spec.ports[port=80,protocol="TCP"].targetPort`. */
  field: string;
}

export interface ServerSideApplyResult {
  /** The merged object (or `current` unchanged when there are conflicts). */
  object: KubeObject;
  /** Empty on success. */
  conflicts: ApplyConflict[];
}

export interface OwnershipOptions {
  /** RFC 3339 time recorded on the manager's entry (passed in: libs read no clock). */
  time?: string;
}

interface Owner {
  entry: ManagedFieldsEntry;
  set: Set<string>;
}

const SEP = '\u0000';

function readOwners(obj: KubeObject | undefined): Owner[] {
  const raw = obj?.metadata?.managedFields;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (e): e is ManagedFieldsEntry =>
        isObject(e) && typeof (e as { manager?: unknown }).manager === 'string',
    )
    .map((entry) => ({ entry: clone(entry), set: fromFieldsV1(entry.fieldsV1) }));
}

function writeOwners(obj: KubeObject, owners: Owner[]): void {
  const entries = owners
    .filter((o) => o.set.size > 0)
    .map((o) => ({ ...o.entry, fieldsType: 'FieldsV1' as const, fieldsV1: toFieldsV1(o.set) }));
  obj.metadata = { ...obj.metadata, managedFields: entries };
}

/** Paths in `set` that have no descendants in it (the values a conflict is judged on). */
function leaves(set: Set<string>): string[] {
  const parents = new Set<string>();
  for (const k of set) {
    const p = keyPath(k);
    for (let i = 1; i < p.length; i++) parents.add(pathKey(p.slice(0, i)));
  }
  return [...set].filter((k) => !parents.has(k));
}

/** SSA merge: maps field by field, associative lists by key, sets by value, the rest replaced. */
function mergeApplied(cur: Json | undefined, app: Json, node: PatchNode): Json | undefined {
  if (app === null) return undefined;
  if (isObject(app) && !node.atomic) {
    const out: JsonObject = isObject(cur) ? clone(cur) : {};
    for (const [k, v] of Object.entries(app)) {
      const merged = mergeApplied(getOwn(out, k), v, patchChild(node, k));
      if (merged === undefined) delete out[k];
      else setOwn(out, k, merged);
    }
    return out;
  }
  if (Array.isArray(app) && node.list?.type === 'map') {
    const out: Json[] = Array.isArray(cur) ? clone(cur) : [];
    for (const item of app) {
      if (!isObject(item)) continue;
      const key = itemKey(item, node);
      const idx = out.findIndex((x) => isObject(x) && itemKey(x, node) === key);
      if (idx >= 0) out[idx] = mergeApplied(out[idx], item, node.items ?? {}) as Json;
      else out.push(mergeApplied(undefined, item, node.items ?? {}) as Json);
    }
    return out;
  }
  if (Array.isArray(app) && node.list?.type === 'set') {
    const out: Json[] = Array.isArray(cur) ? clone(cur) : [];
    for (const v of app) if (!out.some((x) => deepEqual(x, v))) out.push(clone(v));
    return out;
  }
  return clone(app);
}

/**
 * Applies `applied` (the manager's full intent) to `current` (undefined: the object is created).
 * - `apiVersion`, `kind`, `status` and server-set metadata (name, namespace, uid,
 *   resourceVersion, generation, creationTimestamp, managedFields) are never owned; `status` in
 *   the applied config is ignored (upstream resets it for these kinds);
 * - conflicts: a field the apply would change (different value) that another manager owns —
 *   including the same manager name under operation Update. Without `force` the result carries
 *   them and `object` is `current` unchanged; with `force` the applier takes those fields over;
 * - on success the applied fields are merged over `current` (associative lists by key with
 *   Service/Container port protocol defaulted to TCP, sets by value, atomic values replaced),
 *   fields this manager applied before but omits now are removed unless another manager owns
 *   them (or something beneath them), and the manager's `Apply` entry records exactly the applied
 *   field set.
 */
export function serverSideApply(
  current: KubeObject | undefined,
  applied: KubeObject,
  manager: string,
  force: boolean,
  opts: OwnershipOptions = {},
): ServerSideApplyResult {
  const schema = patchSchemaFor(applied.kind ?? current?.kind);
  const appliedOwned = ownedPart(applied);
  const appliedSet = fieldSetOf(appliedOwned, schema);
  const owners = readOwners(current);
  const isMine = (o: Owner) =>
    o.entry.manager === manager && o.entry.operation === 'Apply' && !o.entry.subresource;
  const mine = owners.find(isMine);
  const others = owners.filter((o) => !isMine(o));

  const conflicts: ApplyConflict[] = [];
  const taken: Array<{ owner: Owner; key: string }> = [];
  for (const key of leaves(appliedSet)) {
    const path = keyPath(key);
    if (deepEqual(valueAt(current, path, schema), valueAt(appliedOwned, path, schema))) continue;
    for (const o of others) {
      if (!o.set.has(key)) continue;
      taken.push({ owner: o, key });
      conflicts.push({
        manager: o.entry.manager,
        operation: o.entry.operation,
        apiVersion: o.entry.apiVersion,
        field: formatPath(path),
      });
    }
  }
  if (conflicts.length > 0 && !force) {
    return { object: clone(current ?? applied), conflicts };
  }
  for (const { owner, key } of taken) owner.set.delete(key);

  const intent = clone(applied) as JsonObject;
  delete intent.status;
  if (isObject(intent.metadata)) delete (intent.metadata as JsonObject).managedFields;
  const merged = mergeApplied(
    current ? (clone(current) as unknown as Json) : {},
    intent,
    schema,
  ) as JsonObject;

  // Fields this manager stops applying go away unless someone else still owns them.
  const prev = mine?.set ?? new Set<string>();
  const othersOwn = (key: string) =>
    others.some((o) => o.set.has(key) || [...o.set].some((k) => k.startsWith(key + SEP)));
  const dropped: FieldPath[] = [...prev]
    .filter((k) => !appliedSet.has(k) && !othersOwn(k))
    .map(keyPath)
    .sort((a, b) => a.length - b.length);
  for (const path of dropped) removeAt(merged, path, schema);

  const entry: ManagedFieldsEntry = {
    manager,
    operation: 'Apply',
    apiVersion: applied.apiVersion,
    ...(opts.time ? { time: opts.time } : {}),
    fieldsType: 'FieldsV1',
    fieldsV1: {},
  };
  const nextOwners = mine
    ? owners.map((o) => (o === mine ? { entry, set: appliedSet } : o))
    : [...owners, { entry, set: appliedSet }];
  const object = merged as unknown as KubeObject;
  writeOwners(object, nextOwners);
  return { object, conflicts };
}

/**
 * Records a non-apply write (create, update, merge/strategic/JSON patch) by `manager` with
 * operation `Update`, as upstream's field manager does, and returns `next` with the new
 * `metadata.managedFields`:
 * - fields that are new or changed between `previous` and `next` become the manager's and are
 *   taken from every other manager; fields that disappeared leave every manager;
 * - `managedFields` sent by the client that differ from the stored ones are taken as the base
 *   (kubectl's JSON-patch migration of client-side-apply ownership relies on this);
 * - entries left with no fields are dropped; the manager's entry gets `time` when it changes.
 */
export function recordUpdate(
  previous: KubeObject | undefined,
  next: KubeObject,
  manager: string,
  opts: OwnershipOptions & { subresource?: string } = {},
): KubeObject {
  const schema = patchSchemaFor(next.kind ?? previous?.kind);
  const prevOwned = ownedPart(previous);
  const nextOwned = ownedPart(next);
  const prevSet = previous ? fieldSetOf(prevOwned, schema) : new Set<string>();
  const nextSet = fieldSetOf(nextOwned, schema);
  const leafKeys = new Set(leaves(nextSet));
  const changed = [...nextSet].filter(
    (k) =>
      !prevSet.has(k) ||
      (leafKeys.has(k) &&
        !deepEqual(valueAt(prevOwned, keyPath(k), schema), valueAt(nextOwned, keyPath(k), schema))),
  );
  const removed = [...prevSet].filter((k) => !nextSet.has(k));

  const sent = next.metadata?.managedFields;
  const stored = previous?.metadata?.managedFields;
  const owners =
    Array.isArray(sent) && !deepEqual(sent, stored) ? readOwners(next) : readOwners(previous);
  const subresource = opts.subresource;
  const isMine = (o: Owner) =>
    o.entry.manager === manager &&
    o.entry.operation === 'Update' &&
    (o.entry.subresource ?? undefined) === subresource;
  for (const o of owners) {
    for (const k of removed) o.set.delete(k);
    if (!isMine(o)) for (const k of changed) o.set.delete(k);
  }
  let mine = owners.find(isMine);
  if (!mine && changed.length > 0) {
    mine = {
      entry: {
        manager,
        operation: 'Update',
        apiVersion: next.apiVersion,
        fieldsType: 'FieldsV1',
        fieldsV1: {},
        ...(subresource ? { subresource } : {}),
      },
      set: new Set(),
    };
    owners.push(mine);
  }
  if (mine && changed.length > 0) {
    for (const k of changed) mine.set.add(k);
    mine.entry.apiVersion = next.apiVersion;
    if (opts.time) mine.entry.time = opts.time;
  }
  const out = clone(next);
  writeOwners(out, owners);
  return out;
}

/** How upstream names a manager in conflict messages (internal/conflict.go printManager). */
function printManager(c: ApplyConflict): string {
  const name = JSON.stringify(c.manager);
  return c.operation === 'Update' ? `${name} using ${c.apiVersion ?? ''}` : name;
}

/**
 * The 409 the API server returns for apply conflicts (apimachinery managedfields
 * internal/conflict.go NewConflictError): reason Conflict, one FieldManagerConflict cause per
 * field, message "Apply failed with 1 conflict: conflict with \"m\" using v1: .spec.x" or, for
 * several, grouped by manager (sorted) as "conflicts with \"m\":\n- .a\n- .b".
 */
export function applyConflictError(conflicts: ApplyConflict[]): KubeError {
  const causes = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(c)}`,
    field: c.field,
  }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0])}: ${conflicts[0].field}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) {
      const m = printManager(c);
      byManager.set(m, [...(byManager.get(m) ?? []), c.field]);
    }
    const lines: string[] = [];
    for (const m of [...byManager.keys()].sort()) {
      lines.push(`conflicts with ${m}:`);
      for (const f of byManager.get(m) ?? []) lines.push(`- ${f}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new KubeError(KubeErrorCode.Conflict, message, causes);
}
