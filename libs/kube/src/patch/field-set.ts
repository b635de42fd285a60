/**
 * Field sets for server-side apply, in the `FieldsV1` encoding the API server stores in
 * `metadata.managedFields` (sigs.k8s.io/structured-merge-diff fieldpath: `f:<field>`,
 * `k:<json key fields>`, `v:<json value>`, `.` for "this node itself").
 */
import {
  clone,
  deepEqual,
  getOwn,
  hasOwn,
  isObject,
  setOwn,
  type Json,
  type JsonObject,
} from './json';
import { patchChild, type PatchNode } from './patch-schema';

/** One path: its elements in FieldsV1 spelling, e.g. ["f:spec","f:ports",'k:{"port":80,"protocol":"TCP"}']. */
export type FieldPath = string[];

const SEP = '\u0000';
export const pathKey = (p: FieldPath): string => p.join(SEP);
export const keyPath = (k: string): FieldPath => (k === '' ? [] : k.split(SEP));

/** Top-level and metadata fields the API server never records as owned. */
const IGNORED_ROOT = ['apiVersion', 'kind', 'status'];
const IGNORED_META = [
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
  'generateName',
];

/** The object without the fields apply ignores (apiVersion, kind, status, server-set metadata). */
export function ownedPart(obj: unknown): JsonObject {
  const out: JsonObject = isObject(obj) ? clone(obj) : {};
  for (const k of IGNORED_ROOT) delete out[k];
  if (isObject(out.metadata)) {
    for (const k of IGNORED_META) delete (out.metadata as JsonObject)[k];
    if (Object.keys(out.metadata).length === 0) delete out.metadata;
  }
  return out;
}

/** `k:` element for an associative-list item: its key fields (defaults filled), sorted, as JSON. */
export function itemKey(item: JsonObject, node: PatchNode): string {
  const keys = [...(node.list?.keys ?? [])].sort();
  const parts: string[] = [];
  for (const k of keys) {
    const v = getOwn(item, k) ?? node.list?.keyDefaults?.[k];
    if (v !== undefined) parts.push(`${JSON.stringify(k)}:${JSON.stringify(v)}`);
  }
  return `k:{${parts.join(',')}}`;
}

/**
 * Every owned path in `value` (upstream ToFieldSet): scalars, atomic values, empty maps and set
 * values are leaves; associative-list items are members themselves (".") and have children.
 */
export function fieldSetOf(value: unknown, node: PatchNode): Set<string> {
  const out = new Set<string>();
  walk(value as Json, node, [], out);
  return out;
}

function walk(value: Json, node: PatchNode, path: FieldPath, out: Set<string>): void {
  if (isObject(value) && !node.atomic) {
    const keys = Object.keys(value);
    if (keys.length === 0 && path.length > 0) out.add(pathKey(path));
    for (const k of keys) walk(value[k], patchChild(node, k), [...path, `f:${k}`], out);
    return;
  }
  if (Array.isArray(value) && node.list && node.list.type !== 'atomic') {
    if (value.length === 0) out.add(pathKey(path));
    for (const item of value) {
      if (node.list.type === 'set') {
        out.add(pathKey([...path, `v:${JSON.stringify(item)}`]));
      } else if (isObject(item)) {
        const itemPath = [...path, itemKey(item, node)];
        out.add(pathKey(itemPath));
        for (const k of Object.keys(item))
          walk(item[k], patchChild(node.items, k), [...itemPath, `f:${k}`], out);
      }
    }
    return;
  }
  if (path.length > 0) out.add(pathKey(path));
}

/** The value at `path` in `obj`, or undefined (set members yield `true` when present). */
export function valueAt(obj: unknown, path: FieldPath, node: PatchNode): Json | undefined {
  let cur: Json | undefined = obj as Json;
  let n = node;
  for (const el of path) {
    if (cur === undefined) return undefined;
    if (el.startsWith('f:')) {
      const f = el.slice(2);
      cur = isObject(cur) ? getOwn(cur, f) : undefined;
      n = patchChild(n, f);
    } else if (el.startsWith('k:')) {
      const listNode = n;
      cur = Array.isArray(cur)
        ? cur.find((item) => isObject(item) && itemKey(item, listNode) === el)
        : undefined;
      n = listNode.items ?? {};
    } else if (el.startsWith('v:')) {
      const v = elementValue(el);
      cur =
        v !== undefined && Array.isArray(cur) && cur.some((x) => deepEqual(x, v))
          ? true
          : undefined;
    } else {
      return undefined;
    }
  }
  return cur;
}

/**
 * The JSON after a `k:`/`v:` prefix, or undefined when it is not JSON: elements can come from
 * managedFields a client sent, so they are not trusted to be well formed.
 */
function elementValue(el: string): Json | undefined {
  try {
    return JSON.parse(el.slice(2)) as Json;
  } catch {
    return undefined;
  }
}

/** Removes the field, list item or set value at `path` from `obj` in place (no-op when absent). */
export function removeAt(obj: JsonObject, path: FieldPath, node: PatchNode): void {
  if (path.length === 0) return;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? obj : valueAt(obj, parentPath, node);
  const last = path[path.length - 1];
  if (last.startsWith('f:') && isObject(parent)) {
    delete parent[last.slice(2)];
  } else if (Array.isArray(parent)) {
    const listNode = nodeAt(node, parentPath);
    const value = last.startsWith('v:') ? elementValue(last) : undefined;
    const idx = last.startsWith('k:')
      ? parent.findIndex((x) => isObject(x) && itemKey(x, listNode) === last)
      : value === undefined
        ? -1
        : parent.findIndex((x) => deepEqual(x, value));
    if (idx >= 0) parent.splice(idx, 1);
  }
}

/** The schema node reached by following `path` from `node`. */
export function nodeAt(node: PatchNode, path: FieldPath): PatchNode {
  let n = node;
  for (const el of path) {
    if (el.startsWith('f:')) n = patchChild(n, el.slice(2));
    else if (el.startsWith('k:')) n = n.items ?? {};
  }
  return n;
}

/** Encodes a set of paths as a FieldsV1 tree. */
export function toFieldsV1(set: Iterable<string>): JsonObject {
  const root: JsonObject = {};
  const members: Array<{ node: JsonObject }> = [];
  for (const key of set) {
    let cur = root;
    for (const el of keyPath(key)) {
      // Elements come from stored managedFields (user data): own members only.
      let next = getOwn(cur, el);
      if (!isObject(next)) setOwn(cur, el, (next = {}));
      cur = next;
    }
    members.push({ node: cur });
  }
  // A member that also has children is marked with ".".
  for (const { node } of members) {
    const children = Object.keys(node).filter((k) => k !== '.');
    if (children.length > 0) setOwn(node, '.', {});
  }
  return root;
}

/** Decodes a FieldsV1 tree into its set of member paths. */
export function fromFieldsV1(tree: unknown): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown, path: FieldPath) => {
    if (!isObject(node)) return;
    const children = Object.keys(node).filter((k) => k !== '.');
    if (path.length > 0 && (children.length === 0 || hasOwn(node, '.'))) out.add(pathKey(path));
    for (const k of children) visit(node[k], [...path, k]);
  };
  visit(tree, []);
  return out;
}

/**
 * A path in upstream's human form, as in SSA conflict messages:
 * `.spec.ports[port=80,protocol="TCP"].targetPort`, `.metadata.finalizers[="x"]`.
 */
export function formatPath(path: FieldPath): string {
  return path
    .map((el) => {
      if (el.startsWith('f:')) return `.${el.slice(2)}`;
      if (el.startsWith('v:')) return `[=${el.slice(2)}]`;
      const obj = el.startsWith('k:') ? elementValue(el) : undefined;
      if (isObject(obj)) {
        return `[${Object.keys(obj)
          .map((k) => `${k}=${JSON.stringify(obj[k])}`)
          .join(',')}]`;
      }
      return el;
    })
    .join('');
}
