/**
 * Typed reads from decoded YAML that record a Kubernetes-style field cause (path + message)
 * instead of throwing, so one pass reports every problem of a spec.
 */
import { CauseType, field, formatBadValue, type FieldCause } from '@app/kube';

export type YamlMap = Record<string, unknown>;

export const isMap = (v: unknown): v is YamlMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

export class FieldReader {
  readonly causes: FieldCause[] = [];

  add(cause: FieldCause): void {
    this.causes.push(cause);
  }

  typeInvalid(path: string, value: unknown, expected: string): void {
    this.add({
      reason: CauseType.TypeInvalid,
      field: path,
      message: `Invalid value: ${formatBadValue(value)}: must be ${expected}, got ${typeName(value)}`,
    });
  }

  /** Refuses keys outside `allowed` (strict decoding: `unknown field "x"`). */
  onlyKnown(obj: YamlMap, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        this.add({
          reason: CauseType.NotSupported,
          field: field.child(path, k),
          message: `unknown field "${k}"`,
        });
      }
    }
  }

  map(value: unknown, path: string, required = true): YamlMap | undefined {
    if (value === undefined || value === null) {
      if (required) this.add(field.required(path));
      return undefined;
    }
    if (!isMap(value)) {
      this.typeInvalid(path, value, 'an object');
      return undefined;
    }
    return value;
  }

  list(value: unknown, path: string, required = true): unknown[] | undefined {
    if (value === undefined || value === null) {
      if (required) this.add(field.required(path));
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.typeInvalid(path, value, 'a list');
      return undefined;
    }
    return value;
  }

  string(value: unknown, path: string, required = true): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(field.required(path));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.typeInvalid(path, value, 'a string');
      return undefined;
    }
    return value;
  }

  boolean(value: unknown, path: string, required = true): boolean | undefined {
    if (value === undefined || value === null) {
      if (required) this.add(field.required(path));
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.typeInvalid(path, value, 'a boolean (true or false)');
      return undefined;
    }
    return value;
  }

  /** An integer within [min, max]. */
  integer(
    value: unknown,
    path: string,
    opts: { required?: boolean; min?: number; max?: number } = {},
  ): number | undefined {
    if (value === undefined || value === null) {
      if (opts.required ?? true) this.add(field.required(path));
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.typeInvalid(path, value, 'an integer');
      return undefined;
    }
    const { min = -Infinity, max = Infinity } = opts;
    if (value < min || value > max) {
      const detail =
        max === Infinity
          ? `must be greater than or equal to ${min}`
          : `must be between ${min} and ${max}, inclusive`;
      this.add(field.invalid(path, value, detail));
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    value: unknown,
    path: string,
    allowed: readonly T[],
    required = true,
  ): T | undefined {
    const s = this.string(value, path, required);
    if (s === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(s)) {
      this.add(field.notSupported(path, s, allowed));
      return undefined;
    }
    return s as T;
  }

  /** A list of strings (a single string is accepted as a one-item list). */
  strings(value: unknown, path: string, required = true): string[] | undefined {
    if (typeof value === 'string') return [value];
    const items = this.list(value, path, required);
    if (!items) return undefined;
    const out: string[] = [];
    items.forEach((item, i) => {
      const s = this.string(item, field.index(path, i));
      if (s !== undefined) out.push(s);
    });
    return out.length === items.length ? out : undefined;
  }
}
