/**
 * OpenAPI v3 documents for the facade (`/openapi/v3` and `/openapi/v3/<group-version>`), generated
 * from the registry of kinds and the upstream field catalog (its x-kubernetes list, map and patch
 * markers included), shaped like the API server's
 * (api/openapi-spec/v3/*.json in kubernetes/kubernetes): component schemas named after upstream
 * types with `x-kubernetes-group-version-kind`, patch and list extensions, and per-kind paths whose
 * PATCH operations carry `x-kubernetes-group-version-kind` and a `fieldValidation` parameter —
 * what kubectl needs for `create -f`/`apply -f` validation, client-side apply and `explain`
 * (docs/kubectl-protocol.md §4).
 */
import { createHash } from 'node:crypto';
import { apiSchema, KINDS, type KindInfo } from '@app/kube';

const { API_VERSION_DOC, AUTOSCALING, KIND_DOC, META, METADATA_DOC, TYPES } = apiSchema;
type FieldDef = apiSchema.FieldDef;
type FieldType = apiSchema.FieldType;
type TypeDef = apiSchema.TypeDef;

type Schema = Record<string, unknown>;
const REF = (name: string) => `#/components/schemas/${name}`;

/** The x-kubernetes-* extensions of one field, as upstream's document carries them. */
function fieldExtensions(fd: FieldDef): Schema {
  const ext: Schema = {};
  if (fd.listType) ext['x-kubernetes-list-type'] = fd.listType;
  if (fd.listMapKeys) ext['x-kubernetes-list-map-keys'] = fd.listMapKeys;
  if (fd.mapType) ext['x-kubernetes-map-type'] = fd.mapType;
  if (fd.patchMergeKey) ext['x-kubernetes-patch-merge-key'] = fd.patchMergeKey;
  if (fd.patchStrategy) ext['x-kubernetes-patch-strategy'] = fd.patchStrategy;
  return ext;
}

function typeSchema(t: FieldType): Schema {
  if (typeof t === 'string') {
    switch (t) {
      case 'int32':
      case 'int64':
        return { type: 'integer', format: t };
      case 'number':
        return { type: 'number', format: 'double' };
      case 'byte':
        return { type: 'string', format: 'byte' };
      case 'date-time':
        return { type: 'string', format: 'date-time' };
      case 'object':
        return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
      default:
        return { type: t };
    }
  }
  if ('ref' in t) return { allOf: [{ $ref: REF(t.ref) }], default: {} };
  if ('list' in t) return { type: 'array', items: typeSchema(t.list) };
  return { type: 'object', additionalProperties: typeSchema(t.map) };
}

interface Gvk {
  group: string;
  version: string;
  kind: string;
}

function componentSchema(name: string, def: TypeDef, gvk?: Gvk): Schema {
  if (def.scalar) return { description: def.doc, ...def.scalar };
  const fields: Record<string, Schema> = {};
  if (gvk) {
    fields.apiVersion = { type: 'string', description: API_VERSION_DOC };
    fields.kind = { type: 'string', description: KIND_DOC };
    fields.metadata = {
      allOf: [{ $ref: REF(`${META}.ObjectMeta`) }],
      default: {},
      description: METADATA_DOC,
    };
  }
  for (const [field, fd] of Object.entries(def.fields)) {
    fields[field] = {
      ...typeSchema(fd.type),
      ...fieldExtensions(fd),
      description: fd.doc,
      ...(fd.enum ? { enum: fd.enum } : {}),
      ...(fd.default !== undefined ? { default: fd.default } : {}),
    };
  }
  const properties = Object.fromEntries(
    Object.keys(fields)
      .sort()
      .map((k) => [k, fields[k]]),
  );
  return {
    description: def.doc,
    type: 'object',
    properties,
    ...(def.required ? { required: def.required } : {}),
    ...(gvk ? { 'x-kubernetes-group-version-kind': [gvk] } : {}),
    // A struct that is atomic wherever it is used (LabelSelector) says so on its own schema.
    ...(def.mapType ? { 'x-kubernetes-map-type': def.mapType } : {}),
  };
}

/** Names of every type reachable from `roots`. */
function reachable(roots: string[]): string[] {
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name) || !TYPES[name]) return;
    seen.add(name);
    for (const fd of Object.values(TYPES[name].fields)) {
      let t: FieldType = fd.type;
      while (typeof t === 'object' && !('ref' in t)) t = 'list' in t ? t.list : t.map;
      if (typeof t === 'object') walk(t.ref);
    }
  };
  roots.forEach(walk);
  return [...seen];
}

const gvOf = (k: KindInfo) => (k.group ? `apis/${k.group}/${k.version}` : `api/${k.version}`);

/** The group versions served, as index keys (`api/v1`, `apis/apps/v1`, …). */
export function openApiGroupVersions(): string[] {
  // Upstream serves the index as a Go map, which encoding/json writes with sorted keys.
  return [...new Set(KINDS.map(gvOf))].sort();
}

const str = { type: 'string', uniqueItems: true };
const q = (name: string, description: string, schema: Schema = str): Schema => ({
  name,
  in: 'query',
  description,
  schema,
});
const P = {
  pretty: q(
    'pretty',
    "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
  ),
  dryRun: q(
    'dryRun',
    'When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed',
  ),
  fieldManager: q(
    'fieldManager',
    'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.',
  ),
  fieldValidation: q(
    'fieldValidation',
    'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.',
  ),
  force: q(
    'force',
    'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.',
    { type: 'boolean', uniqueItems: true },
  ),
  labelSelector: q(
    'labelSelector',
    'A selector to restrict the list of returned objects by their labels. Defaults to everything.',
  ),
  fieldSelector: q(
    'fieldSelector',
    'A selector to restrict the list of returned objects by their fields. Defaults to everything.',
  ),
  limit: q('limit', 'limit is a maximum number of responses to return for a list call.', {
    type: 'integer',
    uniqueItems: true,
  }),
  continue: q(
    'continue',
    'The continue option should be set when retrieving more results from the server.',
  ),
  resourceVersion: q(
    'resourceVersion',
    'resourceVersion sets a constraint on what resource versions a request may be served from.',
  ),
  watch: q(
    'watch',
    'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.',
    { type: 'boolean', uniqueItems: true },
  ),
  timeoutSeconds: q('timeoutSeconds', 'Timeout for the list/watch call.', {
    type: 'integer',
    uniqueItems: true,
  }),
  propagationPolicy: q(
    'propagationPolicy',
    "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'.",
  ),
  gracePeriodSeconds: q(
    'gracePeriodSeconds',
    'The duration in seconds before the object should be deleted.',
    { type: 'integer', uniqueItems: true },
  ),
};
const pathParam = (name: string, description: string): Schema => ({
  name,
  in: 'path',
  description,
  required: true,
  schema: str,
});

const json = (schemaName: string) => ({
  'application/json': { schema: { $ref: REF(schemaName) } },
  'application/yaml': { schema: { $ref: REF(schemaName) } },
});
const ok = (schemaName: string, codes = ['200']): Schema => ({
  ...Object.fromEntries(
    codes.map((c) => [
      c,
      {
        description: c === '201' ? 'Created' : c === '202' ? 'Accepted' : 'OK',
        content: json(schemaName),
      },
    ]),
  ),
  '401': { description: 'Unauthorized' },
});
const PATCH_BODY = {
  content: Object.fromEntries(
    [
      'application/apply-patch+yaml',
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/strategic-merge-patch+json',
    ].map((t) => [t, { schema: { $ref: REF(`${META}.Patch`) } }]),
  ),
  required: true,
};

function operations(k: KindInfo, tag: string): Record<string, Schema> {
  const base = k.group ? `/apis/${k.group}/${k.version}` : `/api/${k.version}`;
  const coll = k.namespaced
    ? `${base}/namespaces/{namespace}/${k.resource}`
    : `${base}/${k.resource}`;
  const item = `${coll}/{name}`;
  const ns = k.namespaced ? 'Namespaced' : '';
  const schema = k.schema;
  const listSchema = `${schema}List`;
  const gvk = { group: k.group, version: k.version, kind: k.kind };
  const op = (
    id: string,
    action: string,
    description: string,
    extra: Schema,
    target: Gvk = gvk,
  ): Schema => ({
    tags: [tag],
    description,
    operationId: id,
    ...extra,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': target,
  });
  const pathParams = [
    pathParam('name', `name of the ${k.kind}`),
    ...(k.namespaced
      ? [pathParam('namespace', 'object name and auth scope, such as for teams and projects')]
      : []),
    P.pretty,
  ];
  const collParams = [
    ...(k.namespaced
      ? [pathParam('namespace', 'object name and auth scope, such as for teams and projects')]
      : []),
    P.pretty,
  ];
  const listQuery = [
    P.continue,
    P.fieldSelector,
    P.labelSelector,
    P.limit,
    P.resourceVersion,
    P.timeoutSeconds,
    P.watch,
  ];
  const writeQuery = [P.dryRun, P.fieldManager, P.fieldValidation];
  const body = (s: string) => ({ content: json(s), required: true });

  const paths: Record<string, Schema> = {
    [coll]: {
      get: op(`list${ns}${k.kind}`, 'list', `list or watch objects of kind ${k.kind}`, {
        parameters: listQuery,
        responses: ok(listSchema),
      }),
      post: op(`create${ns}${k.kind}`, 'post', `create a ${k.kind}`, {
        parameters: writeQuery,
        requestBody: body(schema),
        responses: ok(schema, ['200', '201', '202']),
      }),
      delete: op(
        `deleteCollection${ns}${k.kind}`,
        'deletecollection',
        `delete collection of ${k.kind}`,
        {
          parameters: [...listQuery, P.dryRun, P.gracePeriodSeconds, P.propagationPolicy],
          responses: ok(`${META}.Status`),
        },
      ),
      parameters: collParams,
    },
    [item]: {
      get: op(`read${ns}${k.kind}`, 'get', `read the specified ${k.kind}`, {
        responses: ok(schema),
      }),
      put: op(`replace${ns}${k.kind}`, 'put', `replace the specified ${k.kind}`, {
        parameters: writeQuery,
        requestBody: body(schema),
        responses: ok(schema, ['200', '201']),
      }),
      delete: op(`delete${ns}${k.kind}`, 'delete', `delete a ${k.kind}`, {
        parameters: [P.dryRun, P.gracePeriodSeconds, P.propagationPolicy],
        requestBody: { content: json(`${META}.DeleteOptions`) },
        responses: ok(`${META}.Status`, ['200', '202']),
      }),
      patch: op(`patch${ns}${k.kind}`, 'patch', `partially update the specified ${k.kind}`, {
        parameters: [...writeQuery, P.force],
        requestBody: PATCH_BODY,
        responses: ok(schema, ['200', '201']),
      }),
      parameters: pathParams,
    },
  };
  if (k.namespaced) {
    paths[`${base}/${k.resource}`] = {
      get: op(`list${k.kind}ForAllNamespaces`, 'list', `list or watch objects of kind ${k.kind}`, {
        responses: ok(listSchema),
      }),
      parameters: [...listQuery, P.pretty],
    };
  }
  const sub = (name: string, subSchema: string, target: Gvk) => {
    const Sub = name[0].toUpperCase() + name.slice(1);
    paths[`${item}/${name}`] = {
      get: op(
        `read${ns}${k.kind}${Sub}`,
        'get',
        `read ${name} of the specified ${k.kind}`,
        { responses: ok(subSchema) },
        target,
      ),
      put: op(
        `replace${ns}${k.kind}${Sub}`,
        'put',
        `replace ${name} of the specified ${k.kind}`,
        {
          parameters: writeQuery,
          requestBody: body(subSchema),
          responses: ok(subSchema, ['200', '201']),
        },
        target,
      ),
      patch: op(
        `patch${ns}${k.kind}${Sub}`,
        'patch',
        `partially update ${name} of the specified ${k.kind}`,
        {
          parameters: [...writeQuery, P.force],
          requestBody: PATCH_BODY,
          responses: ok(subSchema, ['200', '201']),
        },
        target,
      ),
      parameters: pathParams,
    };
  };
  // Status first, as upstream lists the paths; the subresources are the kind definition's.
  for (const s of [...k.subresources].reverse())
    sub(s.name, s.kind === 'Scale' ? `${AUTOSCALING}.Scale` : schema, {
      group: s.group,
      version: s.version,
      kind: s.kind,
    });
  return paths;
}

function listSchemaOf(k: KindInfo): Schema {
  const schema = k.schema;
  return {
    description: `${k.kind}List is a list of ${k.kind} objects.`,
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: API_VERSION_DOC },
      items: {
        type: 'array',
        items: { allOf: [{ $ref: REF(schema) }], default: {} },
        description: `List of ${k.resource}.`,
      },
      kind: { type: 'string', description: KIND_DOC },
      metadata: {
        allOf: [{ $ref: REF(`${META}.ListMeta`) }],
        default: {},
        description: 'Standard list metadata.',
      },
    },
    required: ['items'],
    'x-kubernetes-group-version-kind': [
      { group: k.group, version: k.version, kind: `${k.kind}List` },
    ],
  };
}

const cache = new Map<string, Schema>();

/**
 * The OpenAPI v3 document of one group version (`api/v1`, `apis/apps/v1`,
 * `apis/networking.k8s.io/v1`, `apis/discovery.k8s.io/v1`), or undefined for any other. Static:
 * computed once and cached.
 */
export function openApiV3Document(groupVersion: string): Schema | undefined {
  const key = groupVersion.replace(/^\/+/, '');
  const hit = cache.get(key);
  if (hit) return hit;
  const kinds = KINDS.filter((k) => gvOf(k) === key);
  if (kinds.length === 0) return undefined;
  const tag = kinds[0].group
    ? `${kinds[0].group.split('.')[0]}_${kinds[0].version}`
    : `core_${kinds[0].version}`;
  const roots = [
    ...kinds.map((k) => k.schema),
    `${META}.ObjectMeta`,
    `${META}.ListMeta`,
    `${META}.Status`,
    `${META}.DeleteOptions`,
    `${META}.Patch`,
    ...(kinds.some((k) => k.subresources.some((s) => s.kind === 'Scale'))
      ? [`${AUTOSCALING}.Scale`]
      : []),
  ];
  const gvkOf = new Map(
    kinds.map((k) => [k.schema, { group: k.group, version: k.version, kind: k.kind }]),
  );
  gvkOf.set(`${AUTOSCALING}.Scale`, { group: 'autoscaling', version: 'v1', kind: 'Scale' });
  const schemas: Record<string, Schema> = {};
  for (const name of reachable(roots).sort())
    schemas[name] = componentSchema(name, TYPES[name], gvkOf.get(name));
  for (const k of kinds) schemas[`${k.schema}List`] = listSchemaOf(k);
  const paths: Record<string, Schema> = {};
  for (const k of kinds) Object.assign(paths, operations(k, tag));
  const doc: Schema = {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0-sandbox' },
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.keys(schemas)
          .sort()
          .map((n) => [n, schemas[n]]),
      ),
      securitySchemes: {
        BearerToken: {
          type: 'apiKey',
          description: 'Bearer Token authentication',
          name: 'authorization',
          in: 'header',
        },
      },
    },
  };
  cache.set(key, doc);
  return doc;
}

/** SHA-512 of a document, upper-case hex, as the API server's `?hash=` values. */
export function openApiV3Hash(groupVersion: string): string | undefined {
  const doc = openApiV3Document(groupVersion);
  return doc
    ? createHash('sha512').update(JSON.stringify(doc)).digest('hex').toUpperCase()
    : undefined;
}

/**
 * `GET /openapi/v3`: `{paths: {"api/v1": {serverRelativeURL: "/openapi/v3/api/v1?hash=…"}, …}}`.
 * Keep `prefix` empty: kubectl ≥1.29 prepends its server path to URLs that start with
 * `/openapi/v3` (docs/kubectl-protocol.md §4.2); a non-empty prefix is prepended verbatim.
 */
export function openApiV3Index(prefix = ''): {
  paths: Record<string, { serverRelativeURL: string }>;
} {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of openApiGroupVersions()) {
    paths[gv] = { serverRelativeURL: `${prefix}/openapi/v3/${gv}?hash=${openApiV3Hash(gv)}` };
  }
  return { paths };
}
