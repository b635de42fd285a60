/**
 * RFC 7386 JSON merge patch (`application/merge-patch+json`), as the API server applies it for
 * `kubectl label|annotate|scale|patch --type merge` (k8s.io/apiserver endpoints/handlers/patch.go,
 * via evanphx/json-patch MergePatch).
 */
import { clone, getOwn, isObject, setOwn, type Json } from './json';

/**
 * Returns a new document: `patch` merged into `target`. Inputs are not modified.
 * - a non-object patch (array, scalar, null) replaces the target entirely;
 * - object members set to `null` are removed from the target;
 * - object members that are objects merge recursively (into `{}` when the target member is not
 *   an object);
 * - arrays are replaced, never merged;
 * - every key is an own member (`__proto__` and `constructor` are data, as in Go's maps).
 */
export function applyMergePatch<T = Json>(target: unknown, patch: unknown): T {
  return mergeValue(target, patch) as T;
}

function mergeValue(target: unknown, patch: unknown): Json {
  if (!isObject(patch)) return clone(patch as Json);
  const result: Record<string, Json> = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else setOwn(result, key, mergeValue(getOwn(result, key), value));
  }
  return result;
}
