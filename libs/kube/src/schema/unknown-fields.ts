import { KubeError, KubeErrorCode } from '../errors';
import { KIND_SCHEMAS, META, TYPES, type FieldType } from './field-catalog';

/**
 * The fields of `object` its kind's schema does not know, as the API server's strict decoder
 * names them ("spec.selectorr", "spec.ports[0].nmae"). Open objects (fields the sandbox does not
 * model in depth) accept anything, and `status` is not checked: the server fills it in.
 * Follows the unknown-field detection of k8s.io/apimachinery's strict JSON decoding.
 */
export function unknownFields(kind: string, object: unknown): string[] {
  const schema = Object.hasOwn(KIND_SCHEMAS, kind) ? KIND_SCHEMAS[kind] : undefined;
  if (!schema || !isPlainObject(object)) return [];
  const found: string[] = [];
  const { apiVersion: _v, kind: _k, metadata, status: _status, ...rest } = object;
  // Every kind carries TypeMeta and ObjectMeta beside its own fields.
  walkType(`${META}.ObjectMeta`, metadata, 'metadata', found);
  walkType(schema, rest, '', found);
  return found;
}

function walkType(
  typeName: string,
  value: unknown,
  path: string,
  found: string[],
  root = false,
): void {
  const type = TYPES[typeName];
  if (!type || type.scalar || !isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (root && key === 'status') continue;
    const childPath = path ? `${path}.${key}` : key;
    // Own fields only: "constructor" or "__proto__" must not find Object.prototype's.
    const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
    if (!field) found.push(childPath);
    else walkField(field.type, child, childPath, found);
  }
}

function walkField(type: FieldType, value: unknown, path: string, found: string[]): void {
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
