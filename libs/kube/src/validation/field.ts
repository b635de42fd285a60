/**
 * Field error constructors producing upstream's cause types and ErrorBody text, following
 * staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go.
 */
import type { FieldCause } from '../errors';

export enum CauseType {
  NotFound = 'FieldValueNotFound',
  Required = 'FieldValueRequired',
  Duplicate = 'FieldValueDuplicate',
  Invalid = 'FieldValueInvalid',
  NotSupported = 'FieldValueNotSupported',
  Forbidden = 'FieldValueForbidden',
  TooLong = 'FieldValueTooLong',
  TooMany = 'FieldValueTooMany',
  TypeInvalid = 'FieldValueTypeInvalid',
}

const TITLES: Record<CauseType, string> = {
  [CauseType.NotFound]: 'Not found',
  [CauseType.Required]: 'Required value',
  [CauseType.Duplicate]: 'Duplicate value',
  [CauseType.Invalid]: 'Invalid value',
  [CauseType.NotSupported]: 'Unsupported value',
  [CauseType.Forbidden]: 'Forbidden',
  [CauseType.TooLong]: 'Too long',
  [CauseType.TooMany]: 'Too many',
  [CauseType.TypeInvalid]: 'Invalid value',
};

/** Go's %q for a string: JSON escaping matches strconv.Quote for the printable text we see. */
export const goQuote = (s: string): string => JSON.stringify(s);

/**
 * Renders a bad value the way ErrorBody does: strings quoted (%q), numbers and booleans bare,
 * null/undefined as "null", anything else as a Go-ish %#v approximation (JSON).
 */
export function formatBadValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return `[]string{${value.map((v) => goQuote(v as string)).join(', ')}}`;
  }
  return JSON.stringify(value);
}

const cause = (type: CauseType, field: string, body: string, detail?: string): FieldCause => ({
  reason: type,
  field,
  message: detail ? `${body}: ${detail}` : body,
});

const withValue = (type: CauseType, value: unknown): string =>
  `${TITLES[type]}: ${formatBadValue(value)}`;

/** field.Invalid: `Invalid value: <value>: <detail>`. */
export const invalid = (field: string, value: unknown, detail: string): FieldCause =>
  cause(CauseType.Invalid, field, withValue(CauseType.Invalid, value), detail);

/** field.Required: `Required value` plus `: <detail>` when given. */
export const required = (field: string, detail = ''): FieldCause =>
  cause(CauseType.Required, field, TITLES[CauseType.Required], detail);

/** field.Forbidden: `Forbidden: <detail>`. */
export const forbidden = (field: string, detail: string): FieldCause =>
  cause(CauseType.Forbidden, field, TITLES[CauseType.Forbidden], detail);

/** field.Duplicate: `Duplicate value: <value>`. */
export const duplicate = (field: string, value: unknown): FieldCause =>
  cause(CauseType.Duplicate, field, withValue(CauseType.Duplicate, value));

/** field.NotSupported: `Unsupported value: <value>: supported values: "a", "b"`. */
export const notSupported = (field: string, value: unknown, valid: readonly string[]): FieldCause =>
  cause(
    CauseType.NotSupported,
    field,
    withValue(CauseType.NotSupported, value),
    valid.length ? `supported values: ${valid.map(goQuote).join(', ')}` : '',
  );

/** field.TooLong: `Too long: must have at most N bytes` (the value is never echoed). */
export const tooLong = (field: string, maxLength: number): FieldCause =>
  cause(
    CauseType.TooLong,
    field,
    TITLES[CauseType.TooLong],
    `must have at most ${maxLength} bytes`,
  );

/** field.TooMany: `Too many: <actual>: must have at most N items`. */
export const tooMany = (field: string, actual: number, max: number): FieldCause =>
  cause(
    CauseType.TooMany,
    field,
    `${TITLES[CauseType.TooMany]}: ${actual}`,
    `must have at most ${max} items`,
  );

/** field.Path helpers: child joins with '.', index and key use brackets. */
export const child = (path: string, name: string): string => (path ? `${path}.${name}` : name);
export const index = (path: string, i: number): string => `${path}[${i}]`;
export const key = (path: string, k: string): string => `${path}[${k}]`;
