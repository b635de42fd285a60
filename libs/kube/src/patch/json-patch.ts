/**
 * RFC 6902 JSON patch (`application/json-patch+json`), as the API server applies it for
 * `kubectl patch --type json` and kubectl's managedFields migration
 * (k8s.io/apiserver endpoints/handlers/patch.go, evanphx/json-patch).
 */
import { KubeError, KubeErrorCode } from '../errors';
import { clone, deepEqual, getOwn, hasOwn, isObject, setOwn, type Json } from './json';

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** What the API server answers when a decoded patch cannot be applied (422). */
export const PATCH_REJECTED_MESSAGE =
  'the server rejected our request due to an error in our request';

/** kube-apiserver's bound on the operations of one JSON patch (handlers/patch.go). */
export const MAX_JSON_PATCH_OPERATIONS = 10_000;
/** evanphx/json-patch's AccumulatedCopySizeLimit as the API server sets it (its 3 MiB body limit). */
export const MAX_ACCUMULATED_COPY_BYTES = 3 * 1024 * 1024;

/**
 * Applies the operations in order to a copy of `target` and returns it (inputs untouched).
 * Errors, matching upstream's split:
 * - body is not an array of operation objects → KubeError BadRequest (upstream fails to decode);
 * - an operation that does not apply (unknown op, missing path or `from`, index out of range, a
 *   failed `test`) → KubeError Invalid (422) with upstream's generic message; the evanphx-style
 *   detail ("testing value /spec/replicas failed: test failed") is the single cause's message.
 * - more than MAX_JSON_PATCH_OPERATIONS operations → RequestEntityTooLarge (413); `copy`
 *   operations adding more than MAX_ACCUMULATED_COPY_BYTES in total → Invalid (422), so a few
 *   doubling copies cannot build a gigabyte object;
 * The document is all-or-nothing: a failing operation leaves no partial result. Pointer tokens
 * name own members only: `/__proto__/x` or `/metadata/constructor` address (or add) ordinary
 * keys called so, as in Go, and never a prototype.
 */
export function applyJsonPatch<T = Json>(target: unknown, ops: unknown): T {
  if (!Array.isArray(ops) || !ops.every(isObject)) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    );
  }
  if (ops.length > MAX_JSON_PATCH_OPERATIONS) {
    throw new KubeError(
      KubeErrorCode.RequestEntityTooLarge,
      `The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${ops.length}`,
    );
  }
  let doc = clone(target as Json);
  const copied = { bytes: 0 };
  for (const raw of ops) {
    const op = raw as unknown as JsonPatchOperation;
    try {
      doc = applyOne(doc, op, copied);
    } catch (e) {
      if (e instanceof PatchFailure) {
        throw new KubeError(KubeErrorCode.Invalid, PATCH_REJECTED_MESSAGE, [
          {
            reason: 'FieldValueInvalid',
            field: typeof op.path === 'string' ? op.path : '',
            message: e.message,
          },
        ]);
      }
      throw e;
    }
  }
  return doc as T;
}

class PatchFailure extends Error {}

function parsePointer(pointer: unknown, what = 'path'): string[] {
  if (typeof pointer !== 'string') throw new PatchFailure(`operation missing ${what} field`);
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchFailure(`invalid JSON pointer: "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Json[] | { [k: string]: Json };

/** Resolves the parent container of a pointer; throws when an intermediate step is missing. */
function parentOf(doc: Json, tokens: string[], pointer: string, opName: string): Container {
  let cur: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(cur)
      ? cur[arrayIndex(t, cur.length - 1)]
      : isObject(cur)
        ? getOwn(cur, t)
        : undefined;
    if (next === undefined) {
      throw new PatchFailure(
        `${opName} operation does not apply: doc is missing path: "${pointer}": missing value`,
      );
    }
    cur = next;
  }
  if (!Array.isArray(cur) && !isObject(cur)) {
    throw new PatchFailure(
      `${opName} operation does not apply: doc is missing path: "${pointer}": missing value`,
    );
  }
  return cur;
}

function arrayIndex(token: string, max: number): number {
  if (!/^(0|[1-9][0-9]*)$/.test(token))
    throw new PatchFailure(`Unable to access invalid index: ${token}: invalid index referenced`);
  const i = Number(token);
  if (i > max)
    throw new PatchFailure(`Unable to access invalid index: ${i}: invalid index referenced`);
  return i;
}

function get(doc: Json, pointer: string, opName: string, what: string): Json {
  const tokens = parsePointer(pointer, what);
  if (tokens.length === 0) return doc;
  const parent = parentOf(doc, tokens, pointer, opName);
  const last = tokens[tokens.length - 1];
  const v = Array.isArray(parent)
    ? parent[arrayIndex(last, parent.length - 1)]
    : getOwn(parent, last);
  if (v === undefined) {
    throw new PatchFailure(
      `${opName} operation does not apply: doc is missing ${what === 'from' ? 'from ' : ''}path: "${pointer}": missing value`,
    );
  }
  return v;
}

function add(doc: Json, pointer: string, value: Json, opName = 'add'): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const parent = parentOf(doc, tokens, pointer, opName);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : arrayIndex(last, parent.length);
    parent.splice(i, 0, value);
  } else {
    setOwn(parent, last, value);
  }
  return doc;
}

function remove(doc: Json, pointer: string, opName = 'remove'): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return null;
  const parent = parentOf(doc, tokens, pointer, opName);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(last, parent.length - 1), 1);
  } else {
    if (!hasOwn(parent, last)) {
      throw new PatchFailure(
        `${opName} operation does not apply: doc is missing path: "${pointer}": missing value`,
      );
    }
    delete parent[last];
  }
  return doc;
}

function applyOne(doc: Json, op: JsonPatchOperation, copied: { bytes: number }): Json {
  const value = op.value as Json;
  switch (op.op) {
    case 'add':
      if (!hasOwn(op, 'value'))
        throw new PatchFailure('add operation does not apply: missing value');
      return add(doc, op.path, clone(value));
    case 'remove':
      return remove(doc, op.path);
    case 'replace': {
      if (!hasOwn(op, 'value'))
        throw new PatchFailure('replace operation does not apply: missing value');
      const tokens = parsePointer(op.path);
      if (tokens.length === 0) return clone(value);
      get(doc, op.path, 'replace', 'path');
      const parent = parentOf(doc, tokens, op.path, 'replace');
      const last = tokens[tokens.length - 1];
      if (Array.isArray(parent)) parent[arrayIndex(last, parent.length - 1)] = clone(value);
      else setOwn(parent, last, clone(value));
      return doc;
    }
    case 'move': {
      const moved = get(doc, op.from as string, 'move', 'from');
      if (typeof op.path === 'string' && op.path.startsWith(`${op.from}/`)) {
        throw new PatchFailure(
          `move operation does not apply: cannot move "${op.from}" into its own child "${op.path}"`,
        );
      }
      return add(remove(doc, op.from as string, 'move'), op.path, moved, 'move');
    }
    case 'copy': {
      const source = get(doc, op.from as string, 'copy', 'from');
      copied.bytes += JSON.stringify(source)?.length ?? 0;
      if (copied.bytes > MAX_ACCUMULATED_COPY_BYTES) {
        throw new PatchFailure(
          `Unable to complete the copy, the accumulated size increase of copy is ${copied.bytes}, exceeding the limit ${MAX_ACCUMULATED_COPY_BYTES}`,
        );
      }
      return add(doc, op.path, clone(source), 'copy');
    }
    case 'test': {
      let actual: Json | undefined;
      try {
        actual = get(doc, op.path, 'test', 'path');
      } catch {
        actual = undefined;
      }
      if (!deepEqual(actual, value))
        throw new PatchFailure(`testing value ${op.path} failed: test failed`);
      return doc;
    }
    default:
      throw new PatchFailure(`Unexpected kind: ${String((op as { op?: unknown }).op)}`);
  }
}
