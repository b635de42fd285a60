import { KubeError, KubeErrorCode } from '../errors';
import { clone } from '../patch/json';
import { KIND_SCHEMAS } from '../kinds/registry';
import { META, TYPES, type FieldType } from './field-catalog';

/** One unknown field: its path and the object that holds it (so it can be dropped). */
interface Unknown {
  path: string;
  parent: Record<string, unknown>;
  key: string;
}

// TypeMeta, ObjectMeta (walked on its own) and the server-filled status, beside the kind's fields.
const ROOT_SKIPPED = new Set(['apiVersion', 'kind', 'metadata', 'status']);

function collect(kind: string, object: unknown): Unknown[] {
  const schema = own(KIND_SCHEMAS, kind);
  if (!schema || !isPlainObject(object)) return [];
  const found: Unknown[] = [];
  // Every kind carries TypeMeta and ObjectMeta beside its own fields.
  walkType(`${META}.ObjectMeta`, own(object, 'metadata'), 'metadata', found);
  walkType(schema, object, '', found, ROOT_SKIPPED);
  return found;
}

/**
 * The fields of `object` its kind's schema does not know, as the API server's strict decoder
 * names them ("spec.selectorr", "spec.ports[0].nmae"). Open objects (fields the sandbox does not
 * model in depth) accept anything, and `status` is not checked: the server fills it in.
 * Follows the unknown-field detection of k8s.io/apimachinery's strict JSON decoding. Keys such
 * as `__proto__` or `constructor` are unknown fields like any other.
 */
export function unknownFields(kind: string, object: unknown): string[] {
  return collect(kind, object).map((u) => u.path);
}

/**
 * A copy of `object` without its unknown fields, and their paths: what decoding into the typed
 * struct does on the API server under fieldValidation Ignore and Warn (the fields are dropped,
 * Warn names them). Unknown kinds come back unchanged.
 */
export function dropUnknownFields<T>(kind: string, object: T): { object: T; fields: string[] } {
  const copy = clone(object);
  const found = collect(kind, copy);
  for (const u of found) delete u.parent[u.key];
  return { object: copy, fields: found.map((u) => u.path) };
}

function walkType(
  typeName: string,
  value: unknown,
  path: string,
  found: Unknown[],
  skipped?: Set<string>,
): void {
  const type = own(TYPES, typeName);
  if (!type || type.scalar || !isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (skipped?.has(key)) continue;
    const childPath = path ? `${path}.${key}` : key;
    const field = own(type.fields, key);
    if (!field) found.push({ path: childPath, parent: value, key });
    else walkField(field.type, child, childPath, found);
  }
}

function walkField(type: FieldType, value: unknown, path: string, found: Unknown[]): void {
  if (typeof type === 'string' || value === null || value === undefined) return;
  if ('ref' in type) walkType(type.ref, value, path, found);
  else if ('list' in type) {
    if (Array.isArray(value))
      value.forEach((item, i) => walkField(type.list, item, `${path}[${i}]`, found));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value))
      walkField(type.map, item, `${path}[${key}]`, found);
  }
}

// Own members only: a user key such as "constructor" or "__proto__" is an unknown field, not
// Object.prototype's member.
const own = <T>(map: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The API server's answer to unknown fields under fieldValidation=Strict (a 400). */
export function strictDecodingError(kind: string, version: string, fields: string[]): KubeError {
  const list = fields.map((f) => `unknown field "${f}"`).join(', ');
  return new KubeError(
    KubeErrorCode.BadRequest,
    `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${list}`,
    fields.map((f) => ({ reason: 'FieldValueInvalid', field: f, message: 'unknown field' })),
  );
}
