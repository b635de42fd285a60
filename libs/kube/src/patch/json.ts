/**
 * Plain JSON helpers shared by the patch implementations (no prototypes, no Dates).
 *
 * Keys come from users, so `__proto__`, `constructor` and `prototype` are ordinary keys here,
 * as they are in Go's maps: reads see only own properties and writes define own properties, so
 * no patch can reach or replace a prototype.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `key` is an own member of `obj` (never an inherited one such as `constructor`). */
export const hasOwn = (obj: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(obj, key);

/** The own member `key` of `obj`, or undefined (`obj["__proto__"]` would be the prototype). */
export function getOwn<T = Json>(obj: object, key: string): T | undefined {
  return hasOwn(obj, key) ? ((obj as Record<string, unknown>)[key] as T) : undefined;
}

/** Sets `key` as an own data member (plain assignment of `__proto__` would swap the prototype). */
export function setOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Deep copy of a JSON value; `undefined` stays `undefined`. JSON.parse defines every key as an
 * own property, `__proto__` included.
 */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Structural equality of two JSON values (object key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]))
    );
  }
  return false;
}
