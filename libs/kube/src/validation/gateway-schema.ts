/**
 * The structural-schema checks kube-apiserver runs on custom resources (k8s.io/kube-openapi
 * pkg/validation/validate, as apiextensions-apiserver reports them through field errors), and the
 * way it reports a failed CEL rule (`Invalid value: "object": <message>`), so the Gateway API
 * validators can speak exactly as a cluster with the CRDs installed does.
 */
import type { FieldCause } from '../errors';
import { invalid, notSupported, required, tooLong, tooMany } from './field';

/** Upstream CRD patterns used by several Gateway API fields. */
export const PATTERNS = {
  hostname: '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  preciseHostname: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  group: '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  kind: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$',
  namespace: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  sectionName: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  headerName: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$",
  controllerName:
    "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$",
  protocol:
    '^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$',
} as const;

const compiled = new Map<string, RegExp>();
/** The CRD's pattern as a JS RegExp (`\x60` is a backtick in both dialects). */
function re(pattern: string): RegExp {
  let r = compiled.get(pattern);
  if (!r) compiled.set(pattern, (r = new RegExp(pattern)));
  return r;
}

/** Collects causes for one object; each helper returns whether the value passed. */
export class SchemaChecker {
  readonly errs: FieldCause[] = [];

  /** A failed `x-kubernetes-validations` rule on an object or a list. */
  rule(path: string, ok: boolean, message: string, self: 'object' | 'array' = 'object'): void {
    if (!ok) this.errs.push(invalid(path, self, message));
  }

  required(path: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.errs.push(required(path));
      return false;
    }
    return true;
  }

  /** type: string with optional minLength/maxLength/pattern/enum. */
  string(
    path: string,
    value: unknown,
    o: { min?: number; max?: number; pattern?: string; enum?: readonly string[] } = {},
  ): value is string {
    if (value === undefined) return false;
    if (typeof value !== 'string') {
      this.errs.push(
        invalid(path, value, `${path} in body must be of type string: "${typeOf(value)}"`),
      );
      return false;
    }
    if (o.enum && !o.enum.includes(value)) {
      this.errs.push(notSupported(path, value, o.enum));
      return false;
    }
    if (o.max !== undefined && value.length > o.max) {
      this.errs.push(tooLong(path, o.max));
      return false;
    }
    if (o.min !== undefined && value.length < o.min) {
      this.errs.push(
        invalid(path, value, `${path} in body should be at least ${o.min} chars long`),
      );
      return false;
    }
    if (o.pattern && !re(o.pattern).test(value)) {
      this.errs.push(invalid(path, value, `${path} in body should match '${o.pattern}'`));
      return false;
    }
    return true;
  }

  /** type: integer with optional minimum/maximum. */
  integer(path: string, value: unknown, o: { min?: number; max?: number } = {}): value is number {
    if (value === undefined) return false;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.errs.push(
        invalid(path, value, `${path} in body must be of type integer: "${typeOf(value)}"`),
      );
      return false;
    }
    if (o.min !== undefined && value < o.min) {
      this.errs.push(
        invalid(path, value, `${path} in body should be greater than or equal to ${o.min}`),
      );
      return false;
    }
    if (o.max !== undefined && value > o.max) {
      this.errs.push(
        invalid(path, value, `${path} in body should be less than or equal to ${o.max}`),
      );
      return false;
    }
    return true;
  }

  /** type: array with optional minItems/maxItems; returns the items when it is a list. */
  array<T>(path: string, value: unknown, o: { min?: number; max?: number } = {}): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.errs.push(
        invalid(path, value, `${path} in body must be of type array: "${typeOf(value)}"`),
      );
      return [];
    }
    if (o.max !== undefined && value.length > o.max)
      this.errs.push(tooMany(path, value.length, o.max));
    if (o.min !== undefined && value.length < o.min)
      this.errs.push(
        invalid(path, value.length, `${path} in body should have at least ${o.min} items`),
      );
    return value as T[];
  }

  /** type: object; returns it (or undefined) so nested checks can read it. */
  object<T extends object>(path: string, value: unknown): T | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.errs.push(
        invalid(path, value, `${path} in body must be of type object: "${typeOf(value)}"`),
      );
      return undefined;
    }
    return value as T;
  }
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
