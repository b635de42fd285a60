/**
 * Turns upstream's OpenAPI definitions into the text of libs/kube/src/schema/field-catalog.ts: the
 * types reachable from the served kinds, each field with its type, description, required list and
 * the `x-kubernetes-*` list/map/patch markers. Pure (no I/O), so the drift test can run it.
 *
 * Reads both shapes upstream publishes: OpenAPI v2 (`api/openapi-spec/swagger.json`,
 * `definitions`, `#/definitions/` refs) and v3 (`api/openapi-spec/v3/*.json`,
 * `components.schemas`, `#/components/schemas/` refs, `allOf: [{$ref}]` wrappers).
 */

/** One upstream schema object, as far as the catalog reads it. */
export interface UpstreamSchema {
  type?: string;
  format?: string;
  description?: string;
  $ref?: string;
  allOf?: UpstreamSchema[];
  items?: UpstreamSchema;
  additionalProperties?: UpstreamSchema | boolean;
  properties?: Record<string, UpstreamSchema>;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: string;
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }>;
}

export interface UpstreamDocument {
  definitions?: Record<string, UpstreamSchema>;
  components?: { schemas?: Record<string, UpstreamSchema> };
}

/** Where the vendored definitions came from, printed in the generated header. */
export interface Provenance {
  /** The Kubernetes release the document describes ("v1.32"). */
  release: string;
  /** The repository, path and commit the document was read from. */
  repository: string;
  path: string;
  commit: string;
  sha256: string;
  note?: string;
}

/**
 * What the v2 document leaves out and the v3 documents of the same release carry: the `+enum`
 * value lists and the `default`s of a few fields. `<Type>.<field>` (without `io.k8s.`).
 */
export type V3Additions = Record<string, { enum?: string[]; default?: unknown }>;

export function definitionsOf(doc: UpstreamDocument): Record<string, UpstreamSchema> {
  const defs = doc.definitions ?? doc.components?.schemas;
  if (!defs) throw new Error('neither definitions (v2) nor components.schemas (v3) found');
  return defs;
}

const refName = (ref: string) => ref.replace(/^#\/(definitions|components\/schemas)\//, '');

/** The `$ref` a property points at, through v3's `allOf: [{$ref}]` wrapper. */
function refOf(s: UpstreamSchema): string | undefined {
  if (s.$ref) return refName(s.$ref);
  if (s.allOf?.length === 1 && s.allOf[0].$ref) return refName(s.allOf[0].$ref);
  return undefined;
}

/** Names of every definition reachable from `roots`, sorted. Throws on a dangling reference. */
export function closure(defs: Record<string, UpstreamSchema>, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (s: UpstreamSchema | boolean | undefined) => {
    if (!s || typeof s !== 'object') return;
    const ref = refOf(s);
    if (ref) walk(ref);
    visit(s.items);
    visit(s.additionalProperties);
    for (const p of Object.values(s.properties ?? {})) visit(p);
  };
  const walk = (name: string) => {
    if (seen.has(name)) return;
    const def = defs[name];
    if (!def) throw new Error(`upstream has no definition ${name}`);
    seen.add(name);
    visit(def);
  };
  roots.forEach(walk);
  return [...seen].sort();
}

type FieldType = string | { ref: string } | { list: FieldType } | { map: FieldType };

function fieldType(s: UpstreamSchema, where: string): FieldType {
  const ref = refOf(s);
  if (ref) return { ref };
  switch (s.type) {
    case 'array':
      if (!s.items) throw new Error(`${where}: array without items`);
      return { list: fieldType(s.items, `${where}[]`) };
    case 'object':
      return typeof s.additionalProperties === 'object'
        ? { map: fieldType(s.additionalProperties, `${where}{}`) }
        : 'object';
    case 'string':
      return s.format === 'byte' ? 'byte' : s.format === 'date-time' ? 'date-time' : 'string';
    case 'integer':
      return s.format === 'int32' ? 'int32' : 'int64';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      throw new Error(`${where}: unsupported schema ${JSON.stringify(s).slice(0, 120)}`);
  }
}

/** The list/map/patch markers of a property, under the catalog's short names. */
function markers(s: UpstreamSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s['x-kubernetes-list-type']) out.listType = s['x-kubernetes-list-type'];
  if (s['x-kubernetes-list-map-keys']) out.listMapKeys = s['x-kubernetes-list-map-keys'];
  if (s['x-kubernetes-map-type']) out.mapType = s['x-kubernetes-map-type'];
  if (s['x-kubernetes-patch-strategy']) out.patchStrategy = s['x-kubernetes-patch-strategy'];
  if (s['x-kubernetes-patch-merge-key']) out.patchMergeKey = s['x-kubernetes-patch-merge-key'];
  return out;
}

/** `io.k8s.api.core.v1.Pod` → `${CORE}.Pod`, so the generated file reads like the hand one did. */
const PREFIXES: Array<[string, string]> = [
  ['META', 'io.k8s.apimachinery.pkg.apis.meta.v1'],
  ['CORE', 'io.k8s.api.core.v1'],
  ['APPS', 'io.k8s.api.apps.v1'],
  ['NET', 'io.k8s.api.networking.v1'],
  ['DISC', 'io.k8s.api.discovery.v1'],
  ['AUTOSCALING', 'io.k8s.api.autoscaling.v1'],
];

/** Builds the catalog's TYPES entry of every definition in `names`. */
export function catalogTypes(
  defs: Record<string, UpstreamSchema>,
  names: string[],
  kindRoots: Set<string>,
  additions: V3Additions,
): Record<string, Record<string, unknown>> {
  const used = new Set<string>();
  const types: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const def = defs[name];
    const doc = def.description ?? '';
    const props = def.properties ?? {};
    if (Object.keys(props).length === 0) {
      // Time, IntOrString, Quantity, FieldsV1, Patch: emitted as their scalar schema.
      const scalar: Record<string, unknown> = { type: def.type ?? 'object' };
      if (def.format) scalar.format = def.format;
      types[name] = { doc, fields: {}, scalar };
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [field, prop] of Object.entries(props)) {
      // A kind's TypeMeta and ObjectMeta are added by every reader of the catalog, not listed.
      if (kindRoots.has(name) && ['apiVersion', 'kind', 'metadata'].includes(field)) continue;
      const key = `${name.replace(/^io\.k8s\./, '')}.${field}`;
      const extra = additions[key];
      if (extra) used.add(key);
      fields[field] = {
        type: fieldType(prop, `${name}.${field}`),
        doc: prop.description ?? '',
        ...(extra?.enum ? { enum: extra.enum } : prop.enum ? { enum: prop.enum } : {}),
        ...(extra && 'default' in extra
          ? { default: extra.default }
          : 'default' in prop && typeof prop.default !== 'object'
            ? { default: prop.default }
            : {}),
        ...markers(prop),
      };
    }
    types[name] = {
      doc,
      fields,
      ...(def.required?.length ? { required: def.required } : {}),
      ...(def['x-kubernetes-map-type'] ? { mapType: def['x-kubernetes-map-type'] } : {}),
    };
  }
  const unused = Object.keys(additions).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`v3 additions for unknown fields: ${unused.join(', ')}`);
  return types;
}

const HEADER = (p: Provenance, count: number) =>
  `// GENERATED FILE — do not edit. Regenerate with \`npm run schema:catalog\`.
// Source: the Kubernetes ${p.release} OpenAPI document, ${p.repository} ${p.path}
// at commit ${p.commit} (sha256 ${p.sha256}).${p.note ? `\n// ${p.note}` : ''}
// ${count} types: every definition reachable from the registry's kinds and the API's own types.
/**
 * The upstream types behind the sandbox's kinds, from which the OpenAPI documents, \`kubectl explain\`,
 * strict decoding and unknown-field checks are built. Names, field names, types, required lists,
 * descriptions and the x-kubernetes list/map/patch markers are upstream's, as the source document
 * has them; enums and defaults the v2 document omits come from scripts/schema/v3-additions.ts.
 */
`;

const PREAMBLE = `
/** A field type: a scalar, a reference to another type, or a list/map of one. */
export type FieldType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'boolean'
  | 'number'
  | 'byte'
  | 'date-time'
  | 'object'
  | { ref: string }
  | { list: FieldType }
  | { map: FieldType };

export interface FieldDef {
  type: FieldType;
  doc: string;
  enum?: Array<string | number>;
  default?: unknown;
  /** x-kubernetes-list-type: atomic, set or map. */
  listType?: string;
  listMapKeys?: string[];
  /** x-kubernetes-map-type: atomic or granular. */
  mapType?: string;
  /** Strategic merge patch: "merge", "retainKeys" or "merge,retainKeys". */
  patchStrategy?: string;
  patchMergeKey?: string;
}

export interface TypeDef {
  doc: string;
  fields: Record<string, FieldDef>;
  required?: string[];
  /** x-kubernetes-map-type of the struct itself (atomic for LabelSelector). */
  mapType?: string;
  /** A scalar-like type (Time, IntOrString, Quantity): emitted as this schema instead of an object. */
  scalar?: Record<string, unknown>;
}

${PREFIXES.map(([c, v]) => `export const ${c} = '${v}';`).join('\n')}
`;

/** The text of field-catalog.ts: deterministic for the same inputs. */
export function renderFieldCatalog(
  doc: UpstreamDocument,
  roots: string[],
  kindRoots: string[],
  additions: V3Additions,
  provenance: Provenance,
): string {
  const defs = definitionsOf(doc);
  const names = closure(defs, roots);
  const types = catalogTypes(defs, names, new Set(kindRoots), additions);
  const ofKind = (field: string) => {
    const root = defs[kindRoots[0]]?.properties?.[field];
    return JSON.stringify(root?.description ?? '');
  };
  const body = Object.entries(types)
    .map(
      ([name, def]) =>
        `  ${JSON.stringify(name)}: ${JSON.stringify(def, null, 2).replace(/\n/g, '\n  ')},`,
    )
    .join('\n');
  return `${HEADER(provenance, names.length)}${PREAMBLE}
export const API_VERSION_DOC = ${ofKind('apiVersion')};
export const KIND_DOC = ${ofKind('kind')};
export const METADATA_DOC = ${ofKind('metadata')};

/** Every type, by its upstream OpenAPI name. */
export const TYPES: Record<string, TypeDef> = {
${body}
};
`;
}
