import fc from 'fast-check';
import {
  hostileManifestBody,
  HOSTILE_YAML,
  JSON_PATCH_BOMBS,
  MERGE_PATCH_BOMBS,
  mutatedManifest,
  type HostileDocument,
} from './hostile-documents';
import {
  bearer,
  hostilePathParam,
  hostileQuery,
  queryString,
  type CorpusContext,
  type HostileRequest,
} from './hostile-request';
import { hostileString, hostileValue, encoded } from './hostile-values';

/** Where each fixture kind lives in the Kubernetes API, with the "h-" object the corpus patches. */
const RESOURCES = [
  { path: '/api/v1/namespaces/{namespace}/services', name: 'h-svc' },
  { path: '/api/v1/namespaces/{namespace}/pods', name: 'h-pod' },
  { path: '/api/v1/namespaces/{namespace}/endpoints', name: 'backend' },
  { path: '/apis/apps/v1/namespaces/{namespace}/deployments', name: 'h-deploy' },
  { path: '/apis/networking.k8s.io/v1/namespaces/{namespace}/networkpolicies', name: 'h-netpol' },
  { path: '/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses', name: 'h-ingress' },
  { path: '/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslices', name: 'h-slice' },
  { path: '/api/v1/namespaces/{namespace}/events', name: 'h-missing' },
  { path: '/api/v1/namespaces', name: 'h-ns' },
  { path: '/api/v1/nodes', name: 'node-1' },
  { path: '/apis/networking.k8s.io/v1/ingressclasses', name: 'h-class' },
];

const DISCOVERY = [
  '/version',
  '/api',
  '/api/v1',
  '/apis',
  '/apis/apps/v1',
  '/apis/networking.k8s.io/v1',
  '/openapi/v2',
  '/openapi/v3',
  '/openapi/v3/api/v1',
  '/openapi/v3/apis/apps/v1',
];

const LIST_QUERY = {
  labelSelector: 'app in (h,web),tier!=x',
  fieldSelector: 'metadata.name=h-svc',
  limit: '500',
  resourceVersion: '0',
};
const LIST_OPTIONAL = ['continue', 'resourceVersionMatch', 'includeObject', 'watch', 'pretty'];
const WRITE_QUERY = { fieldManager: 'kubectl-client-side-apply', fieldValidation: 'Strict' };
const WRITE_OPTIONAL = ['dryRun', 'force', 'pretty'];

const PATCH_TYPES = [
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/json-patch+json',
  'application/apply-patch+yaml',
];

const ACCEPTS = [
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
  'application/json;as=Table;v=v1beta1;g=meta.k8s.io',
  'application/vnd.kubernetes.protobuf',
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
  'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io',
  'application/json;as=Evil;v=v9;g=evil',
  'text/html',
  '*/*;q=0.000001, ' + 'application/json;q=0.5, '.repeat(500),
  ';;;===',
];

/** Protobuf bodies: the "k8s\0" magic then garbage, truncated varints and huge lengths. */
const PROTOBUF_BODIES: HostileDocument[] = [
  ['magic only', [0x6b, 0x38, 0x73, 0x00]],
  ['huge length', [0x6b, 0x38, 0x73, 0x00, 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]],
  ['truncated varint', [0x6b, 0x38, 0x73, 0x00, 0x12, 0x80, 0x80]],
  ['no magic', [0x0a, 0x02, 0x76, 0x31]],
  [
    'deep nesting',
    [0x6b, 0x38, 0x73, 0x00, ...Array.from({ length: 5000 }, () => [0x12, 0x7f]).flat()],
  ],
  ['random', Array.from({ length: 256 }, (_, i) => (i * 73 + 11) % 256)],
].map(([label, bytes]) => ({ label: `protobuf ${label}`, body: Buffer.from(bytes as number[]) }));

/** Hostile requests to the kubectl facade: discovery, lists, items, writes, the four patch types, watches. */
export function facadeCorpus(ctx: CorpusContext): fc.Arbitrary<HostileRequest> {
  const prefix = `/v1/clusters/${ctx.clusterId}/k8s`;
  const headers = bearer(ctx.adminKey);
  const req = (
    route: string,
    label: string,
    method: string,
    path: string,
    extra: Partial<HostileRequest> = {},
  ): HostileRequest => ({
    route: `${method} /v1/clusters/{id}/k8s${route}`,
    label,
    method,
    path: `${prefix}${path}`,
    headers: { ...headers, accept: 'application/json', ...(extra.headers ?? {}) },
    body: extra.body,
    watch: extra.watch,
  });
  const resource = fc.constantFrom(...RESOURCES);
  const fill = (p: string) => p.replace('{namespace}', 'default');

  const discovery = fc.oneof(
    fc
      .record({ path: fc.constantFrom(...DISCOVERY), accept: fc.constantFrom(...ACCEPTS) })
      .map(({ path, accept }) =>
        req(path, `accept ${accept.slice(0, 40)}`, 'GET', path, { headers: { accept } }),
      ),
    fc
      .record({
        path: fc.constantFrom(...DISCOVERY),
        q: hostileQuery({ timeout: '32s' }, ['hash']),
      })
      .map(({ path, q }) => req(path, q.label, 'GET', path + queryString(q.pairs))),
    hostileString.map((v) =>
      req('/{unknown}', `path ${v.label}`, 'GET', `/${encoded(v) || '%20'}`),
    ),
  );

  const lists = fc.oneof(
    fc
      .record({ r: resource, q: hostileQuery(LIST_QUERY, LIST_OPTIONAL) })
      .map(({ r, q }) => req(r.path, q.label, 'GET', fill(r.path) + queryString(q.pairs))),
    fc
      .record({ r: resource, accept: fc.constantFrom(...ACCEPTS) })
      .map(({ r, accept }) =>
        req(r.path, `accept ${accept.slice(0, 40)}`, 'GET', fill(r.path), { headers: { accept } }),
      ),
    resource.chain((r) => {
      const p = hostilePathParam(r.path, { namespace: 'default' });
      return p
        ? p.map((x) => req(r.path, x.label, 'GET', x.path))
        : fc.constant(
            req(r.path, 'all namespaces', 'GET', r.path.replace('/namespaces/{namespace}', '')),
          );
    }),
  );

  const items = fc.oneof(
    fc
      .record({
        r: resource,
        v: hostileString,
        method: fc.constantFrom('GET', 'DELETE', 'PUT', 'PATCH'),
      })
      .map(({ r, v, method }) =>
        req(
          `${r.path}/{name}`,
          `name = ${v.label}`,
          method,
          `${fill(r.path)}/${encoded(v) || '%20'}`,
          {
            body: Buffer.from('{}'),
            headers: {
              'content-type':
                method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
            },
          },
        ),
      ),
    fc
      .record({ r: resource, accept: fc.constantFrom(...ACCEPTS) })
      .map(({ r, accept }) =>
        req(
          `${r.path}/{name}`,
          `accept ${accept.slice(0, 40)}`,
          'GET',
          `${fill(r.path)}/${r.name}`,
          { headers: { accept } },
        ),
      ),
    fc
      .record({
        r: resource,
        v: hostileValue,
        q: hostileQuery({ ...WRITE_QUERY, dryRun: 'All' }, [
          'propagationPolicy',
          'gracePeriodSeconds',
        ]),
      })
      .map(({ r, v, q }) =>
        req(
          `${r.path}/{name}`,
          `delete options ${v.label}, ${q.label}`,
          'DELETE',
          `${fill(r.path)}/${r.name}${queryString(q.pairs)}`,
          {
            body: Buffer.concat([
              Buffer.from(
                '{"kind":"DeleteOptions","apiVersion":"v1","dryRun":["All"],"propagationPolicy":',
              ),
              v.json,
              Buffer.from('}'),
            ]),
            headers: { 'content-type': 'application/json' },
          },
        ),
      ),
  );

  const bodyFor = fc.oneof(
    { weight: 3, arbitrary: mutatedManifest },
    { weight: 1, arbitrary: hostileManifestBody },
  );
  const writes = fc.oneof(
    fc
      .record({ r: resource, doc: bodyFor, q: hostileQuery(WRITE_QUERY, WRITE_OPTIONAL) })
      .map(({ r, doc, q }) =>
        req(r.path, `${doc.label}; ${q.label}`, 'POST', fill(r.path) + queryString(q.pairs), {
          body: doc.body,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    fc.record({ r: resource, doc: fc.constantFrom(...PROTOBUF_BODIES) }).map(({ r, doc }) =>
      req(r.path, doc.label, 'POST', fill(r.path), {
        body: doc.body,
        headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
      }),
    ),
    fc.record({ r: resource, doc: bodyFor }).map(({ r, doc }) =>
      req(`${r.path}/{name}`, doc.label, 'PUT', `${fill(r.path)}/${r.name}`, {
        body: doc.body,
        headers: { 'content-type': 'application/json' },
      }),
    ),
  );

  const patchBody = (type: string): fc.Arbitrary<HostileDocument> => {
    if (type === 'application/json-patch+json')
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...JSON_PATCH_BOMBS) },
        {
          weight: 2,
          arbitrary: fc
            .record({
              op: fc.constantFrom('add', 'replace', 'test', 'remove', 'move', 'copy'),
              at: fc.constantFrom(
                '/metadata/labels/a',
                '/spec/replicas',
                '/spec/ports/0/port',
                '/spec',
                '/status',
              ),
              v: hostileValue,
            })
            .map(({ op, at, v }) => ({
              label: `json-patch ${op} ${at} = ${v.label}`,
              body: Buffer.concat([
                Buffer.from(`[{"op":"${op}","path":"${at}","from":"/metadata","value":`),
                v.json,
                Buffer.from('}]'),
              ]),
            })),
        },
      );
    if (type === 'application/apply-patch+yaml')
      return fc.oneof(mutatedManifest, fc.constantFrom(...HOSTILE_YAML));
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...MERGE_PATCH_BOMBS) },
      { weight: 2, arbitrary: mutatedManifest },
      {
        weight: 1,
        arbitrary: hostileValue.map((v) => ({ label: `bare ${v.label}`, body: v.json })),
      },
    );
  };
  const patches = fc
    .record({
      r: resource,
      type: fc.constantFrom(...PATCH_TYPES),
      q: hostileQuery(WRITE_QUERY, WRITE_OPTIONAL),
    })
    .chain(({ r, type, q }) =>
      patchBody(type).map((doc) =>
        req(
          `${r.path}/{name} ${type}`,
          `${doc.label}; ${q.label}`,
          'PATCH',
          `${fill(r.path)}/${r.name}${queryString(q.pairs)}`,
          {
            body: doc.body,
            headers: { 'content-type': type },
          },
        ),
      ),
    );
  const scale = fc
    .record({
      method: fc.constantFrom('GET', 'PUT', 'PATCH'),
      doc: fc.oneof(
        fc.constantFrom(...MERGE_PATCH_BOMBS),
        mutatedManifest,
        hostileValue.map((v) => ({
          label: `replicas ${v.label}`,
          body: Buffer.concat([Buffer.from('{"spec":{"replicas":'), v.json, Buffer.from('}}')]),
        })),
      ),
    })
    .map(({ method, doc }) =>
      req(
        '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale',
        doc.label,
        method,
        '/apis/apps/v1/namespaces/default/deployments/h-deploy/scale',
        {
          body: method === 'GET' ? undefined : doc.body,
          headers: {
            'content-type':
              method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
          },
        },
      ),
    );
  const watches = fc
    .record({
      r: resource,
      q: hostileQuery(
        { watch: 'true', timeoutSeconds: '1', resourceVersion: '1', allowWatchBookmarks: 'true' },
        ['sendInitialEvents', 'resourceVersionMatch', 'labelSelector', 'fieldSelector'],
      ),
    })
    .map(({ r, q }) =>
      req(`${r.path}?watch`, q.label, 'GET', fill(r.path) + queryString(q.pairs), { watch: true }),
    );
  const invalid = fc
    .constantFrom(...PATCH_TYPES, 'application/evil', 'application/json-patch+json; charset=evil')
    .map((type) =>
      req(
        '/api/v1/namespaces/{namespace}/services/{name} (content type)',
        `content type ${type} with no body`,
        'PATCH',
        '/api/v1/namespaces/default/services/h-svc',
        {
          headers: { 'content-type': type },
        },
      ),
    );
  return fc.oneof(
    { weight: 2, arbitrary: discovery },
    { weight: 3, arbitrary: lists },
    { weight: 3, arbitrary: items },
    { weight: 3, arbitrary: writes },
    { weight: 5, arbitrary: patches },
    { weight: 1, arbitrary: scale },
    { weight: 2, arbitrary: watches },
    { weight: 1, arbitrary: invalid },
  );
}
