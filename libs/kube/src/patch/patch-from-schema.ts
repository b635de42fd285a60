/**
 * Patch metadata read off the upstream field catalog, the way the API server builds its
 * strategic-merge and server-side-apply schemas from the OpenAPI markers of k8s.io/api
 * (`x-kubernetes-patch-strategy`/`-patch-merge-key` for SMP, `x-kubernetes-list-type`/
 * `-list-map-keys`/`-map-type` for SSA; see k8s.io/apimachinery/pkg/util/managedfields and
 * strategicpatch.PatchMetaFromOpenAPIV3). A kind's definition gets its PatchNode from here.
 *
 * - a struct: its fields' nodes; `atomic` when the type is `+structType=atomic` (LabelSelector);
 * - a list: `list.type` = listType (atomic when unmarked), `keys` = listMapKeys with the defaults
 *   upstream gives key fields (`protocol: TCP`), `smp: 'merge'` and `mergeKey` from the patch
 *   strategy; `retainKeys` in the strategy marks each element (Volumes);
 * - a map: `atomic` for `+mapType=atomic` (Service selector), `values` for its value type;
 * - a reference field with strategy `retainKeys` (Deployment strategy) keeps only listed keys.
 */
import { META, TYPES, type FieldDef, type FieldType } from '../schema/field-catalog';
import type { PatchListInfo, PatchNode } from './patch-schema';

const memo = new Map<string, PatchNode>();
const nonEmpty = (n: PatchNode): PatchNode | undefined => (Object.keys(n).length ? n : undefined);

/** The patch metadata of the catalog type `name` ({} for scalars and unknown names). */
export function patchNodeOfType(name: string): PatchNode {
  const hit = memo.get(name);
  if (hit) return hit;
  const node: PatchNode = {};
  // Registered before the fields are walked, so a recursive type ends instead of looping.
  memo.set(name, node);
  const def = TYPES[name];
  if (!def || def.scalar) return node;
  if (def.mapType === 'atomic') node.atomic = true;
  const fields: Record<string, PatchNode> = {};
  for (const [field, fd] of Object.entries(def.fields)) {
    const child = fieldNode(fd);
    if (child) fields[field] = child;
  }
  if (Object.keys(fields).length > 0) node.fields = fields;
  return node;
}

function elementNode(t: FieldType): PatchNode | undefined {
  if (typeof t === 'string') return undefined;
  if ('ref' in t) return nonEmpty(patchNodeOfType(t.ref));
  if ('list' in t) return { list: { type: 'atomic' } };
  const values = elementNode(t.map);
  return values ? { values } : undefined;
}

/** Defaults of a map list's key fields, from the element type (ports: protocol TCP). */
function keyDefaults(t: FieldType, keys: string[]): Record<string, string | number> | undefined {
  if (typeof t !== 'object' || !('ref' in t)) return undefined;
  const out: Record<string, string | number> = {};
  for (const k of keys) {
    const d = TYPES[t.ref]?.fields[k]?.default;
    if (typeof d === 'string' || typeof d === 'number') out[k] = d;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fieldNode(fd: FieldDef): PatchNode | undefined {
  const strategy = (fd.patchStrategy ?? '').split(',');
  const t = fd.type;
  if (typeof t === 'object' && 'list' in t) {
    const list: PatchListInfo = { type: (fd.listType as PatchListInfo['type']) ?? 'atomic' };
    if (fd.listMapKeys) list.keys = fd.listMapKeys;
    const defaults = fd.listMapKeys && keyDefaults(t.list, fd.listMapKeys);
    if (defaults) list.keyDefaults = defaults;
    if (strategy.includes('merge')) list.smp = 'merge';
    if (fd.patchMergeKey) list.mergeKey = fd.patchMergeKey;
    let items = elementNode(t.list);
    if (strategy.includes('retainKeys')) items = { ...items, retainKeys: true };
    return { list, ...(items ? { items } : {}) };
  }
  if (typeof t === 'object' && 'map' in t) {
    const values = elementNode(t.map);
    return nonEmpty({
      ...(fd.mapType === 'atomic' ? { atomic: true } : {}),
      ...(values ? { values } : {}),
    });
  }
  if (typeof t === 'object' && 'ref' in t) {
    return nonEmpty({
      ...patchNodeOfType(t.ref),
      ...(fd.mapType === 'atomic' ? { atomic: true } : {}),
      ...(strategy.includes('retainKeys') ? { retainKeys: true } : {}),
    });
  }
  return undefined;
}

/** ObjectMeta's patch metadata (finalizers a merged set, ownerReferences keyed by uid, …). */
export const objectMetaPatch = (): PatchNode => patchNodeOfType(`${META}.ObjectMeta`);

/** The patch metadata of a whole object of the kind whose type is `schema`: ObjectMeta + its fields. */
export function kindPatchNode(schema: string): PatchNode {
  return { fields: { metadata: objectMetaPatch(), ...patchNodeOfType(schema).fields } };
}
