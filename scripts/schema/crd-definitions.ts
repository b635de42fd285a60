/**
 * A CustomResourceDefinition's `openAPIV3Schema` as named OpenAPI definitions, so the field catalog
 * can hold CRD kinds (Gateway API) beside the built-in ones. A CRD inlines every nested object; the
 * catalog wants one named type per object, so each is named after its kind and its field path
 * (Gateway → spec → listeners[] → allowedRoutes becomes `…Gateway.SpecListenersAllowedRoutes`), the
 * way the CRDs' own descriptions name them. The root is named as kube-apiserver publishes a CRD's
 * OpenAPI: the group reversed, then the version and kind (`io.k8s.networking.gateway.v1.Gateway`).
 *
 * Sources: kubernetes-sigs/gateway-api config/crd/standard/*.yaml (vendored under
 * scripts/schema/upstream/gateway-api/, see PROVENANCE.md), and apiextensions-apiserver
 * pkg/controller/openapi/builder (the definition naming).
 */
import { parse } from 'yaml';
import type { UpstreamSchema } from './render-field-catalog';

interface CrdVersion {
  name: string;
  served?: boolean;
  schema?: { openAPIV3Schema?: UpstreamSchema };
}

interface Crd {
  kind: string;
  spec: { group: string; names: { kind: string }; versions: CrdVersion[] };
}

/** `gateway.networking.k8s.io` → `io.k8s.networking.gateway`. */
export function reversedGroup(group: string): string {
  return group.split('.').reverse().join('.');
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The definitions of one served version of a CRD (YAML text), root first. */
export function crdDefinitions(yamlText: string, version: string): Record<string, UpstreamSchema> {
  const crd = parse(yamlText) as Crd;
  if (crd?.kind !== 'CustomResourceDefinition') throw new Error('not a CustomResourceDefinition');
  const v = crd.spec.versions.find((x) => x.name === version && x.served !== false);
  const root = v?.schema?.openAPIV3Schema;
  if (!root) throw new Error(`${crd.spec.names.kind}: no served version ${version} with a schema`);
  const prefix = `${reversedGroup(crd.spec.group)}.${version}`;
  const kind = crd.spec.names.kind;
  const defs: Record<string, UpstreamSchema> = {};

  // Replaces every inline object that has properties by a $ref to a named definition.
  const name = (schema: UpstreamSchema, typeName: string, isRoot: boolean): UpstreamSchema => {
    const properties: Record<string, UpstreamSchema> = {};
    for (const [field, prop] of Object.entries(schema.properties ?? {})) {
      // The kind's ObjectMeta is the API's own; the CRD only says `type: object`.
      if (isRoot && field === 'metadata') {
        properties[field] = {
          $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
        };
        continue;
      }
      properties[field] = inline(prop, `${typeName}${pascal(field)}`);
    }
    const fullName = isRoot ? `${prefix}.${kind}` : `${prefix}.${typeName}`;
    const def: UpstreamSchema = { ...schema, properties };
    if (isRoot) def['x-kubernetes-group-version-kind'] = [{ group: crd.spec.group, version, kind }];
    defs[fullName] = def;
    return { $ref: `#/definitions/${fullName}`, description: schema.description };
  };
  const inline = (s: UpstreamSchema, typeName: string): UpstreamSchema => {
    if (s.type === 'object' && s.properties && Object.keys(s.properties).length > 0) {
      const ref = name(s, typeName, false);
      return { ...markersOf(s), ...ref };
    }
    if (s.type === 'array' && s.items) return { ...s, items: inline(s.items, typeName) };
    if (s.type === 'object' && typeof s.additionalProperties === 'object')
      return { ...s, additionalProperties: inline(s.additionalProperties, `${typeName}Value`) };
    return s;
  };
  name(root, kind, true);
  return defs;
}

/** The list/map markers stay on the property that points at the named type. */
function markersOf(s: UpstreamSchema): UpstreamSchema {
  const out: UpstreamSchema = {};
  if (s['x-kubernetes-map-type']) out['x-kubernetes-map-type'] = s['x-kubernetes-map-type'];
  return out;
}
