/**
 * The shape of patch metadata: `patchStrategy`/`patchMergeKey` drive strategic merge patch;
 * `+listType`/`+listMapKey`, `+mapType=atomic` and `+structType=atomic` drive server-side apply
 * field ownership. Each kind's tree is read off the upstream catalog (patch-from-schema.ts).
 *
 * Anything not described takes upstream's defaults: objects merge field by field, lists are
 * atomic (replaced whole).
 */

export interface PatchListInfo {
  /** SSA `+listType`. */
  type: 'atomic' | 'set' | 'map';
  /** SSA `+listMapKey`s (type map). */
  keys?: string[];
  /** Defaults the API server fills in for key fields (Service/Container port protocol). */
  keyDefaults?: Record<string, string | number>;
  /** SMP `patchStrategy:"merge"`; absent means the list is replaced. */
  smp?: 'merge';
  /** SMP `patchMergeKey`; absent with smp merge means a list of primitives merged by value. */
  mergeKey?: string;
}

export interface PatchNode {
  /** Struct fields or granular map entries (by name). */
  fields?: Record<string, PatchNode>;
  /** Schema of every value of a granular map whose keys are data (labels, selector). */
  values?: PatchNode;
  list?: PatchListInfo;
  /** Schema of each list element. */
  items?: PatchNode;
  /** `+structType=atomic` / `+mapType=atomic`: replaced and owned as one value. */
  atomic?: boolean;
  /** `patchStrategy:"retainKeys"` (Deployment strategy, Volume). */
  retainKeys?: boolean;
}

// Own members only: a user's kind or key such as "constructor" must not find Object.prototype's.
const own = <T>(map: Record<string, T> | undefined, key: string): T | undefined =>
  map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

/** The schema of a field or map entry under `node` (an empty node when undescribed). */
export const patchChild = (node: PatchNode | undefined, key: string): PatchNode =>
  own(node?.fields, key) ?? node?.values ?? {};
