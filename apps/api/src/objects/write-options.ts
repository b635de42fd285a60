/**
 * The options every object write takes, read and validated once for REST, GraphQL and the
 * kubectl facade as the API server reads its Create/Update/Patch/DeleteOptions
 * (k8s.io/apiserver pkg/endpoints/handlers create.go, rest.go `fieldValidation`,
 * k8s.io/apimachinery pkg/apis/meta/v1/validation ValidateCreateOptions / ValidateDryRun /
 * ValidateFieldValidation).
 */
import { invalidError, type FieldCause } from '@app/kube';

export const FIELD_VALIDATION = ['Ignore', 'Warn', 'Strict'] as const;
export type FieldValidation = (typeof FIELD_VALIDATION)[number];

/** Which options kind a bad value is reported against (`CreateOptions.meta.k8s.io "" is invalid`). */
export type OptionsKind = 'CreateOptions' | 'UpdateOptions' | 'PatchOptions' | 'DeleteOptions';

export interface WriteOptions {
  /** `dryRun=All`: admitted exactly as the write, nothing persisted. */
  dryRun: boolean;
  /** Who owns the fields this write sets (metadata.managedFields). */
  fieldManager: string;
  /** Unknown fields: Strict refuses them, Warn (default) reports them, Ignore drops them. */
  fieldValidation: FieldValidation;
  /** Server-side apply takes over conflicting fields. */
  force: boolean;
}

/** The raw request parameters, as any transport has them. */
export interface RawWriteOptions {
  dryRun?: unknown;
  fieldManager?: unknown;
  fieldValidation?: unknown;
  force?: unknown;
  userAgent?: string;
}

/** A repeated query parameter counts by its first value, as Go's url.Values.Get. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** How apimachinery's field.NotSupported prints a value: strings quoted, []string as Go does. */
const goValue = (value: unknown): string =>
  Array.isArray(value)
    ? `[]string{${value.map((v) => JSON.stringify(String(v))).join(', ')}}`
    : JSON.stringify(typeof value === 'string' ? value : String(value));

/**
 * The field manager of a write: `fieldManager`, else the User-Agent's first product token as
 * upstream does (`kubectl.1.32` from `kubectl.1.32/v1.32.5 (linux/amd64) ...`), else "unknown".
 */
export function fieldManagerOf(fieldManager: unknown, userAgent: string | undefined): string {
  const given = first(fieldManager);
  if (typeof given === 'string' && given) return given;
  return (userAgent ?? 'unknown').split('/')[0].slice(0, 128) || 'unknown';
}

/**
 * Validated write options. A `fieldValidation` other than "", Ignore, Warn or Strict and a
 * `dryRun` other than All are the API server's 422 on the options object, e.g.
 * `CreateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "Loose":
 * supported values: "", "Ignore", "Strict", "Warn"`.
 */
export function writeOptionsOf(kind: OptionsKind, raw: RawWriteOptions): WriteOptions {
  const causes: FieldCause[] = [];
  const dryRuns = [raw.dryRun].flat().filter((v) => v !== undefined && v !== '');
  if (dryRuns.some((v) => v !== 'All')) {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: 'dryRun',
      message: `Unsupported value: ${goValue(dryRuns)}: supported values: "All"`,
    });
  }
  const mode = first(raw.fieldValidation);
  const validation =
    mode === undefined || mode === '' ? 'Warn' : (mode as FieldValidation | undefined);
  if (kind !== 'DeleteOptions' && !FIELD_VALIDATION.includes(validation as FieldValidation)) {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: 'fieldValidation',
      message: `Unsupported value: ${goValue(mode)}: supported values: "", "Ignore", "Strict", "Warn"`,
    });
  }
  if (causes.length > 0) throw invalidError(`${kind}.meta.k8s.io`, '', causes);
  return {
    dryRun: dryRuns.length > 0,
    fieldManager: fieldManagerOf(raw.fieldManager, raw.userAgent),
    fieldValidation: validation ?? 'Warn',
    force: first(raw.force) === 'true' || first(raw.force) === '1' || first(raw.force) === true,
  };
}
