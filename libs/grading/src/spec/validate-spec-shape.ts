/**
 * The exercise spec's shape checked against its published JSON Schema with Ajv, every failure
 * turned into a Kubernetes-style field cause (`checks[2].expect.allowed: Required value`) with
 * the same words the API server uses for a malformed object.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { CauseType, field, formatBadValue, type FieldCause } from '@app/kube';
import { EXERCISE_SPEC_SCHEMA } from './exercise-spec.schema';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
ajv.addKeyword({ keyword: 'x-kns-message', schemaType: 'string' });
const validate = ajv.compile(EXERCISE_SPEC_SCHEMA);

/** Errors kept per spec: a hostile document cannot make the answer large. */
const MAX_CAUSES = 100;

/** "/checks/2/expect" → "checks[2].expect". */
function fieldPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out = /^\d+$/.test(seg) ? field.index(out, Number(seg)) : field.child(out, seg);
  }
  return out;
}

const typeWords: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  'string,number': 'a string or a number',
};

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

function causeOf(e: ErrorObject): FieldCause | undefined {
  const path = fieldPath(e.instancePath);
  const schema = (e.parentSchema ?? {}) as Record<string, unknown>;
  const message = schema['x-kns-message'] as string | undefined;
  if (e.propertyName !== undefined) {
    return {
      reason: CauseType.NotSupported,
      field: field.child(path, e.propertyName),
      message: `unknown field "${e.propertyName}"`,
    };
  }
  switch (e.keyword) {
    case 'required':
      return field.required(field.child(path, String(e.params.missingProperty)));
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      return {
        reason: CauseType.NotSupported,
        field: field.child(path, name),
        message: `unknown field "${name}"`,
      };
    }
    case 'type': {
      const expected = String(e.params.type);
      return {
        reason: CauseType.TypeInvalid,
        field: path,
        message: `Invalid value: ${formatBadValue(e.data)}: must be ${typeWords[expected] ?? expected}, got ${typeName(e.data)}`,
      };
    }
    case 'enum':
      return field.notSupported(path, e.data, (e.params.allowedValues as unknown[]).map(String));
    case 'const':
      return field.notSupported(path, e.data ?? '', [String(e.params.allowedValue)]);
    case 'minimum':
    case 'maximum': {
      const min = schema.minimum as number | undefined;
      const max = schema.maximum as number | undefined;
      return field.invalid(
        path,
        e.data,
        max === undefined
          ? `must be greater than or equal to ${min}`
          : `must be between ${min} and ${max}, inclusive`,
      );
    }
    case 'minLength':
      return field.required(path);
    case 'minItems':
      return path === 'checks'
        ? field.required(path, 'an exercise needs at least one check')
        : field.required(path);
    case 'pattern':
      return field.invalid(path, e.data, message ?? e.message ?? 'is invalid');
    case 'anyOf': {
      // A value of one branch's type is held to that branch's words ("nopod" to "namespace/name").
      const branches = (schema.anyOf ?? []) as Array<Record<string, unknown>>;
      const same = branches.find((b) => b.type === typeName(e.data) && b['x-kns-message']);
      const words = (same?.['x-kns-message'] as string | undefined) ?? message;
      return field.invalid(path, e.data, words ?? e.message ?? 'is invalid');
    }
    default:
      // if/then and propertyNames only wrap the errors reported above.
      return undefined;
  }
}

/**
 * Every way `value` departs from the published schema, as field causes in document order;
 * empty when it conforms. Alternatives (`anyOf`) report one cause at their own path instead of
 * one per branch tried.
 */
export function validateExerciseSpecShape(value: unknown): FieldCause[] {
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const alternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const inside = (e: ErrorObject): boolean =>
    e.keyword !== 'anyOf' &&
    alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
  const seen = new Set<string>();
  const out: FieldCause[] = [];
  for (const e of errors) {
    if (inside(e)) continue;
    const cause = causeOf(e);
    if (!cause) continue;
    const key = `${cause.field}|${cause.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(cause);
    if (out.length >= MAX_CAUSES) break;
  }
  return out;
}
