/**
 * Strategic merge patch (`application/strategic-merge-patch+json`), the server half of
 * k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (StrategicMergePatch → mergeMap,
 * mergeSlice, mergePatchIntoOriginal, normalizeElementOrder), driven by the per-kind
 * metadata in `patch-schema.ts`.
 */
import { KubeError, KubeErrorCode } from '../errors';
import { clone, deepEqual, getOwn, isObject, setOwn, type Json, type JsonObject } from './json';
import { patchSchemaFor } from '../kinds/registry';
import { patchChild, type PatchNode } from './patch-schema';

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVES = '$deleteFromPrimitiveList/';

/**
 * Returns `target` with `patch` applied strategically for `kind` (inputs untouched).
 * - maps merge key by key; `null` deletes a key;
 * - lists with `patchStrategy: merge` and a merge key (containers by name, container ports by
 *   containerPort, Service ports by port, env/volumes by name, conditions by type, ownerReferences
 *   by uid) merge element by element; primitive merge lists (finalizers, podCIDRs) union by value;
 *   every other list (NetworkPolicy ingress/egress, Ingress rules/tls, selectors' expressions…)
 *   is replaced;
 * - directives: `$patch: replace` (map or list element: replace instead of merge), `$patch: delete`
 *   (map: becomes `{}`; list element: removed by merge key), `$patch: merge` (no-op),
 *   `$retainKeys` (drop original keys not listed), `$setElementOrder/<list>` (final order; order
 *   precedence is setElementOrder > patch > live list, as upstream), `$deleteFromPrimitiveList/<list>`.
 * Keys are own data members throughout: `__proto__`, `constructor` and `prototype` merge like any
 * other key (Go's maps have no prototypes), so a patch can never reach a prototype.
 * Errors (KubeError BadRequest, as the API server answers): a patch that is not an object, a
 * merge-list element without its merge key, an unknown `$patch` value.
 */
export function applyStrategicMergePatch<T = JsonObject>(
  target: unknown,
  patch: unknown,
  kind: string,
): T {
  if (!isObject(patch)) throw badRequest('invalid JSON document: patch must be a JSON object');
  const original = isObject(target) ? clone(target) : {};
  return mergeMap(original, clone(patch), patchSchemaFor(kind)) as T;
}

function badRequest(message: string): KubeError {
  return new KubeError(KubeErrorCode.BadRequest, message);
}

function mergeMap(original: JsonObject, patch: JsonObject, node: PatchNode): JsonObject {
  const directive = patch[DIRECTIVE];
  if (directive !== undefined) {
    if (directive === 'replace') {
      delete patch[DIRECTIVE];
      return stripDirectives(patch, node) as JsonObject;
    }
    if (directive === 'delete') return {};
    if (directive !== 'merge')
      throw badRequest(`Unexpected patch type: ${JSON.stringify(directive)}`);
    delete patch[DIRECTIVE];
  }

  const retain = patch[RETAIN_KEYS];
  if (retain !== undefined) {
    if (!Array.isArray(retain))
      throw badRequest(`invalid ${RETAIN_KEYS} directive: must be a list`);
    for (const key of Object.keys(original)) if (!retain.includes(key)) delete original[key];
    delete patch[RETAIN_KEYS];
  }

  // $deleteFromPrimitiveList/<field> removes values before the field's own patch is merged.
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(DELETE_PRIMITIVES)) continue;
    const field = key.slice(DELETE_PRIMITIVES.length);
    const drop = patch[key];
    const current = getOwn(original, field);
    if (Array.isArray(drop) && Array.isArray(current)) {
      setOwn(
        original,
        field,
        current.filter((v) => !drop.some((d) => deepEqual(d, v))),
      );
    }
    delete patch[key];
  }

  const orders = new Map<string, Json[]>();
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const order = patch[key];
    if (!Array.isArray(order)) throw badRequest(`invalid ${key} directive: must be a list`);
    orders.set(key.slice(SET_ORDER.length), order);
    delete patch[key];
  }

  for (const [key, value] of Object.entries(patch)) {
    const child = patchChild(node, key);
    if (value === null) {
      delete original[key];
    } else if (isObject(value)) {
      const live = getOwn(original, key);
      setOwn(original, key, mergeMap(isObject(live) ? live : {}, value, child));
    } else if (Array.isArray(value)) {
      setOwn(original, key, mergeList(getOwn(original, key), value, child, orders.get(key)));
      orders.delete(key);
    } else {
      setOwn(original, key, value);
    }
  }
  // A $setElementOrder without a patch list only reorders the live list.
  for (const [key, order] of orders) {
    const current = getOwn(original, key);
    if (Array.isArray(current))
      setOwn(original, key, mergeList(current, [], patchChild(node, key), order));
  }
  return original;
}

/** Removes directive keys from a value that replaces (rather than merges into) the original. */
function stripDirectives(value: Json, node: PatchNode): Json {
  if (Array.isArray(value)) {
    return value
      .filter((v) => !(isObject(v) && v[DIRECTIVE] !== undefined && Object.keys(v).length === 1))
      .map((v) => stripDirectives(v, node.items ?? {}));
  }
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('$')) continue;
    if (v === null) continue;
    setOwn(out, k, stripDirectives(v, patchChild(node, k)));
  }
  return out;
}

function mergeList(
  originalValue: Json | undefined,
  patch: Json[],
  node: PatchNode,
  setOrder?: Json[],
): Json[] {
  const list = node.list;
  const original = Array.isArray(originalValue) ? originalValue : [];
  if (list?.smp !== 'merge') return stripDirectives(patch, node) as Json[];

  const mergeKey = list.mergeKey;
  const isMapList = mergeKey !== undefined && (patch.some(isObject) || original.some(isObject));
  if (!isMapList) {
    // Primitive merge list: union by value, patch order then live order.
    const merged = [...original];
    for (const v of patch) if (!merged.some((m) => deepEqual(m, v))) merged.push(v);
    return order(merged, setOrder ?? patch, original, (a, b) => deepEqual(a, b));
  }

  const key = mergeKey as string;
  const sameKey = (a: Json, b: Json) => isObject(a) && isObject(b) && deepEqual(a[key], b[key]);
  for (const el of [...patch, ...(setOrder ?? [])]) {
    if (!isObject(el))
      throw badRequest(
        `list element ${JSON.stringify(el)} is not a map in a list merged by key "${key}"`,
      );
    if (el[key] === undefined && el[DIRECTIVE] === undefined) {
      throw badRequest(`map: ${goMap(el)} does not contain declared merge key: ${key}`);
    }
  }

  // `{"$patch": "replace"}` as an element: the rest of the patch list replaces the live list.
  if (patch.some((el) => isObject(el) && el[DIRECTIVE] === 'replace')) {
    return stripDirectives(
      patch.filter((el) => !(isObject(el) && el[DIRECTIVE] === 'replace')),
      node,
    ) as Json[];
  }

  let merged: Json[] = original.map((el) => clone(el));
  const patchItems: Json[] = [];
  for (const el of patch as JsonObject[]) {
    const directive = el[DIRECTIVE];
    if (directive === 'delete') {
      merged = merged.filter((m) => !sameKey(m, el));
      continue;
    }
    if (directive !== undefined && directive !== 'merge') {
      throw badRequest(`Unexpected patch type: ${JSON.stringify(directive)}`);
    }
    const idx = merged.findIndex((m) => sameKey(m, el));
    const item = mergeMap(
      idx >= 0 && isObject(merged[idx]) ? (merged[idx] as JsonObject) : {},
      el,
      node.items ?? {},
    );
    if (idx >= 0) merged[idx] = item;
    else merged.push(item);
    patchItems.push(el);
  }
  return order(merged, setOrder ?? patchItems, original, sameKey);
}

/**
 * upstream normalizeElementOrder + mergeSortedSlice: items named in `wanted` come in that order;
 * the other (server-only) items keep their live order and are interleaved before the first
 * patch item that follows them in the live list.
 */
function order(
  merged: Json[],
  wanted: Json[],
  live: Json[],
  same: (a: Json, b: Json) => boolean,
): Json[] {
  const indexIn = (list: Json[], v: Json) => list.findIndex((x) => same(x, v));
  const inPatch = merged.filter((m) => indexIn(wanted, m) >= 0);
  const serverOnly = merged.filter((m) => indexIn(wanted, m) < 0);
  inPatch.sort((a, b) => indexIn(wanted, a) - indexIn(wanted, b));
  serverOnly.sort((a, b) => {
    const ia = indexIn(live, a);
    const ib = indexIn(live, b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || 0;
  });
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < inPatch.length) {
    if (i >= serverOnly.length) out.push(inPatch[j++]);
    else if (j >= inPatch.length) out.push(serverOnly[i++]);
    else {
      const li = indexIn(live, serverOnly[i]);
      const ri = indexIn(live, inPatch[j]);
      if (li >= 0 && ri >= 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(inPatch[j++]);
    }
  }
  return out;
}

/** Go's fmt rendering of a map, as in upstream's merge-key error (map[k:v ...], keys sorted). */
function goMap(m: JsonObject): string {
  const parts = Object.keys(m)
    .sort()
    .map(
      (k) =>
        `${k}:${isObject(m[k]) ? goMap(m[k] as JsonObject) : Array.isArray(m[k]) ? `[${(m[k] as Json[]).join(' ')}]` : String(m[k])}`,
    );
  return `map[${parts.join(' ')}]`;
}
