/**
 * Decoding a written object into its kind's upstream types, as the API server's JSON serializer
 * does before anything else sees it (k8s.io/apimachinery/pkg/runtime/serializer/json, which
 * decodes with sigs.k8s.io/json, Go's encoding/json in case-sensitive mode). A value of the wrong
 * JSON type is refused with encoding/json's UnmarshalTypeError text, wrapped as the handlers'
 * transformDecodeError words it (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go):
 *
 *   Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into
 *   Go struct field ServiceSpec.spec.ports of type []v1.ServicePort
 *
 * What decoding leaves behind is what Go would hold: `null` fields are gone (a nil pointer,
 * slice or map), `null` list items and map values are their element's zero value (`[null]` of
 * containers is `[{}]`), so defaulting and validation only ever see the types they expect.
 */
import { KubeError, KubeErrorCode, type FieldCause } from '../errors';
import { findKindExact, KIND_SCHEMAS } from '../kinds/registry';
import { META, TYPES, type FieldDef, type FieldType } from './field-catalog';
import { goTypeName, goTypeOf, namedScalarOf } from './go-types';
import { quantityError, timeError, base64Error } from './scalar-formats';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_LIMIT = 2 ** 63;
const SHOWN_STRING_MAX = 64;

/** Where the decoder stands: the field path for causes and Go's error context. */
interface Context {
  /** Sandbox/validation field path with indices and keys: `spec.ports[0].port`. */
  path: string;
  /** encoding/json's FieldStack: JSON names only, no indices (`spec.ports.port`). */
  goPath: string;
  /** Name of the innermost Go struct holding the field (`ServicePort`). */
  struct: string;
  /** The Go named type of the innermost scalar (`v1.Protocol`), when it has one. */
  named?: string;
}

/** The first type error found: thrown inside the walk, turned into a KubeError at the top. */
class DecodeFailure {
  constructor(
    readonly ctx: Context,
    /** The Go error text after "json: " or the bare message for custom unmarshalers. */
    readonly goMessage: string,
    readonly cause: FieldCause,
  ) {}
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets an own property even for keys like "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** encoding/json's UnmarshalTypeError.Value: the JSON kind, with the literal for numbers into numbers. */
function jsonKindOf(value: unknown, intoNumber: boolean): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return intoNumber ? `number ${String(value)}` : 'number';
  return Array.isArray(value) ? 'array' : 'object';
}

function shown(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > SHOWN_STRING_MAX ? `${value.slice(0, SHOWN_STRING_MAX)}...` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'array' : 'object';
}

const child = (ctx: Context, struct: string, name: string, named?: string): Context => ({
  path: ctx.path ? `${ctx.path}.${name}` : name,
  goPath: ctx.goPath ? `${ctx.goPath}.${name}` : name,
  struct,
  named,
});

function typeError(ctx: Context, value: unknown, goType: string, intoNumber = false): never {
  const where = ctx.struct ? `Go struct field ${ctx.struct}.${ctx.goPath}` : 'Go value';
  throw new DecodeFailure(
    ctx,
    `json: cannot unmarshal ${jsonKindOf(value, intoNumber)} into ${where} of type ${goType}`,
    {
      reason: 'FieldValueTypeInvalid',
      field: ctx.path,
      message: `Invalid value: ${shown(value)}: must be of type ${goType}`,
    },
  );
}

function formatError(ctx: Context, value: unknown, message: string): never {
  throw new DecodeFailure(ctx, message, {
    reason: 'FieldValueInvalid',
    field: ctx.path,
    message: `Invalid value: ${shown(value)}: ${message}`,
  });
}

function decodeInteger(value: unknown, ctx: Context, bits: 32 | 64, goType: string): number {
  if (typeof value !== 'number') return typeError(ctx, value, goType);
  const inRange =
    bits === 32
      ? value >= INT32_MIN && value <= INT32_MAX
      : value >= -INT64_LIMIT && value < INT64_LIMIT;
  if (!Number.isInteger(value) || !inRange) typeError(ctx, value, goType, true);
  return value;
}

function decodeScalar(type: string, value: unknown, ctx: Context): unknown {
  const goType = goTypeOf(type as FieldType, ctx.named);
  switch (type) {
    case 'string':
    case 'date-time':
      return typeof value === 'string' ? value : typeError(ctx, value, goType);
    case 'boolean':
      return typeof value === 'boolean' ? value : typeError(ctx, value, goType);
    case 'int32':
      return decodeInteger(value, ctx, 32, goType);
    case 'int64':
      return decodeInteger(value, ctx, 64, goType);
    case 'number':
      if (typeof value !== 'number') return typeError(ctx, value, goType);
      return Number.isFinite(value) ? value : typeError(ctx, value, goType, true);
    case 'byte': {
      if (typeof value !== 'string') return typeError(ctx, value, goType);
      const problem = base64Error(value);
      return problem ? formatError(ctx, value, problem) : value;
    }
    default:
      return decodeOpen(value, ctx);
  }
}

/**
 * An open `object` field (a type the sandbox does not model in depth): its content is kept as
 * given, but it must be a JSON object (or a list of them for a list-typed one), as Go requires.
 */
function decodeOpen(value: unknown, ctx: Context): unknown {
  const goType = ctx.named;
  if (!goType) return value;
  if (goType.startsWith('[]')) {
    if (!Array.isArray(value)) return typeError(ctx, value, goType);
    value.forEach((item, i) => {
      if (item !== null && !isPlainObject(item))
        typeError({ ...ctx, path: `${ctx.path}[${i}]` }, item, goType.slice(2));
    });
    return value.map((item) => item ?? {});
  }
  return isPlainObject(value) ? value : typeError(ctx, value, goType);
}

/** Types with their own UnmarshalJSON (IntOrString, Quantity, Time, MicroTime, FieldsV1). */
function decodeCustom(typeName: string, value: unknown, ctx: Context): unknown {
  const short = typeName.slice(typeName.lastIndexOf('.') + 1);
  switch (short) {
    case 'IntOrString':
      // intstr.IntOrString.UnmarshalJSON: a quoted value is the string, anything else an int32.
      return typeof value === 'string' ? value : decodeInteger(value, ctx, 32, 'int32');
    case 'Quantity': {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      const problem = typeof value === 'number' ? undefined : quantityError(text.trim());
      return problem ? formatError(ctx, value, problem) : value;
    }
    case 'Time':
    case 'MicroTime': {
      if (typeof value !== 'string') return typeError(ctx, value, 'string');
      const problem = timeError(value, short === 'MicroTime');
      return problem ? formatError(ctx, value, problem) : value;
    }
    default:
      return value;
  }
}

/** Go's zero value of an element type, for `null` list items and map values. */
function zeroOf(type: FieldType): unknown {
  if (typeof type === 'string') {
    if (type === 'string' || type === 'byte' || type === 'date-time') return '';
    if (type === 'boolean') return false;
    if (type === 'object') return {};
    return 0;
  }
  if ('list' in type) return [];
  if ('map' in type) return {};
  const def = TYPES[type.ref];
  if (def?.scalar) return type.ref.endsWith('IntOrString') ? 0 : null;
  return {};
}

function decodeField(type: FieldType, value: unknown, ctx: Context): unknown {
  if (typeof type === 'string') return decodeScalar(type, value, ctx);
  if ('ref' in type) return decodeRef(type.ref, value, ctx);
  if ('list' in type) {
    if (!Array.isArray(value)) return typeError(ctx, value, goTypeOf(type, ctx.named));
    // Items keep the list's Go context (encoding/json adds no index to the field path).
    return value.map((item, i) => {
      const itemCtx = { ...ctx, path: `${ctx.path}[${i}]` };
      return item === null || item === undefined
        ? zeroOf(type.list)
        : decodeField(type.list, item, itemCtx);
    });
  }
  if (!isPlainObject(value)) return typeError(ctx, value, goTypeOf(type, ctx.named));
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(value)) {
    const itemCtx = { ...ctx, path: `${ctx.path}[${k}]` };
    setOwn(
      out,
      k,
      item === null || item === undefined ? zeroOf(type.map) : decodeField(type.map, item, itemCtx),
    );
  }
  return out;
}

function decodeRef(typeName: string, value: unknown, ctx: Context): unknown {
  const def = own(TYPES, typeName);
  if (!def) return value;
  if (def.scalar) return decodeCustom(typeName, value, ctx);
  if (!isPlainObject(value)) return typeError(ctx, value, goTypeName(typeName));
  return decodeStruct(typeName, value, ctx);
}

function decodeStruct(
  typeName: string,
  value: Record<string, unknown>,
  ctx: Context,
  embedded: Record<string, FieldDef> = {},
): Record<string, unknown> {
  const def = TYPES[typeName];
  const struct = goTypeName(typeName).split('.')[1];
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(value)) {
    const field = own(def.fields, k) ?? own(embedded, k);
    // null (and, from JS callers, undefined) leaves the field unset
    if (item === null || item === undefined) {
      if (!field && item === null) setOwn(out, k, item);
      continue;
    }
    if (!field) {
      setOwn(out, k, item); // unknown fields are fieldValidation's business (unknownFields)
      continue;
    }
    setOwn(
      out,
      k,
      decodeField(field.type, item, child(ctx, struct, k, namedScalarOf(typeName, k))),
    );
  }
  return out;
}

/**
 * Decodes `object` (already parsed: string apiVersion and kind) into its kind's upstream types
 * and returns the decoded copy; the input is not modified. Kinds outside the catalog are
 * returned unchanged. Throws KubeError BadRequest on the first field of the wrong JSON type, an
 * int32/int64 that is fractional or out of range (`cannot unmarshal number 1.5 into … of type
 * int32`), a malformed Quantity, Time or base64 value, with upstream's message
 * (`<Kind> in version "<v>" cannot be handled as a <Kind>: json: cannot unmarshal …`) and one
 * cause naming the field path (`spec.ports[0].port`) for transports that list field errors.
 */
export function decodeObject<T = unknown>(kind: string, object: T): T {
  const schema = own(KIND_SCHEMAS, kind);
  if (!schema || !isPlainObject(object)) return object;
  const info = findKindExact(kind);
  try {
    // TypeMeta and ObjectMeta sit beside the kind's own fields, decoded in document order.
    const metadata = { type: { ref: `${META}.ObjectMeta` }, doc: '' };
    const out = decodeStruct(schema, object, { path: '', goPath: '', struct: '' }, { metadata });
    return out as T;
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error;
    const version = info?.version ?? 'v1';
    return fail(kind, version, error);
  }
}

function fail(kind: string, version: string, failure: DecodeFailure): never {
  throw new KubeError(
    KubeErrorCode.BadRequest,
    `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${failure.goMessage}`,
    [failure.cause],
    { kind },
  );
}
