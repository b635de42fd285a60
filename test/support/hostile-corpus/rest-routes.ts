import fc from 'fast-check';
import {
  hostileManifestBody,
  HOSTILE_YAML,
  pathsOf,
  spliceJson,
  type HostileDocument,
} from './hostile-documents';
import {
  bearer,
  fillPath,
  hostilePathParam,
  hostileQuery,
  queryString,
  type CorpusContext,
  type HostileRequest,
  type Params,
} from './hostile-request';
import { hostileValue, HOSTILE_STRINGS } from './hostile-values';

interface Body {
  label: string;
  body: Buffer;
  contentType?: string;
}

interface RestRoute {
  method: string;
  template: string;
  params?: Params;
  query?: Params;
  optionalQuery?: string[];
  validBody?: Buffer;
  bodies?: fc.Arbitrary<Body>;
  key?: keyof Pick<CorpusContext, 'adminKey' | 'instructorKey' | 'learnerKey'>;
  cleanup?: HostileRequest['cleanup'];
}

const JSON_TYPE = 'application/json';
const json = (v: unknown) => Buffer.from(JSON.stringify(v));

/** Content types a body may claim, right or wrong. */
const CONTENT_TYPES = [
  JSON_TYPE,
  'application/yaml',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/json; charset=evil',
  'application/merge-patch+json',
  'multipart/form-data; boundary=x',
  '',
];

/** A valid JSON object with one field replaced by a hostile value, or a wholly hostile body. */
function hostileObjectBody(valid: Record<string, unknown>): fc.Arbitrary<Body> {
  const paths = pathsOf(valid);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ path: fc.constantFrom(...paths), v: hostileValue })
        .map(({ path, v }) => ({
          label: `body ${path.join('.')} = ${v.label}`,
          body: spliceJson(valid, path, v),
          contentType: JSON_TYPE,
        })),
    },
    {
      weight: 1,
      arbitrary: hostileValue.map((v) => ({
        label: `body = ${v.label}`,
        body: v.json,
        contentType: JSON_TYPE,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({
        label: `body as ${contentType || 'no content type'}`,
        body: json(valid),
        contentType,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { label: 'body malformed JSON', body: Buffer.from('{"from": {'), contentType: JSON_TYPE },
        { label: 'body 2 MB', body: Buffer.alloc(2 * 1024 * 1024, 0x20), contentType: JSON_TYPE },
        { label: 'body empty', body: Buffer.alloc(0), contentType: JSON_TYPE },
      ),
    },
  );
}

const manifestBodies: fc.Arbitrary<Body> = fc
  .record({
    doc: hostileManifestBody,
    contentType: fc.constantFrom(JSON_TYPE, 'application/yaml', 'text/plain', JSON_TYPE),
  })
  .map(({ doc, contentType }: { doc: HostileDocument; contentType: string }) => ({
    label: `${doc.label} as ${contentType}`,
    body: doc.body,
    contentType,
  }));

const VALID_EXERCISE = {
  apiVersion: 'sandbox.kns.dev/v1',
  kind: 'Exercise',
  slug: 'h-exercise',
  title: 'Hostile',
  difficulty: 'beginner',
  tags: ['dns'],
  instructions: 'Create a Service db.',
  setup: {
    manifests:
      'apiVersion: v1\nkind: Pod\nmetadata: {name: orders}\nspec: {containers: [{name: a, image: b}]}\n',
  },
  checks: [
    {
      id: 'db',
      description: 'db resolves',
      points: 1,
      hint: 'create db',
      kind: 'dns',
      from: 'default/orders',
      name: 'db',
      expect: { rcode: 'NOERROR' },
    },
  ],
};

const exerciseBodies: fc.Arbitrary<Body> = fc.oneof(
  hostileObjectBody(VALID_EXERCISE).map((b) => ({ ...b, contentType: 'application/yaml' })),
  fc.constantFrom(...HOSTILE_YAML).map((d) => ({ ...d, contentType: 'application/yaml' })),
);

const REACHABILITY_BODIES = [
  {
    from: { pod: 'default/frontend' },
    to: { service: 'default/backend' },
    port: 80,
    protocol: 'TCP',
  },
  { from: { external: '203.0.113.9' }, to: { node: 'node-1', nodePort: 30080 } },
  {
    from: { pod: 'default/frontend' },
    to: { host: 'backend.default.svc.cluster.local' },
    port: 'http',
  },
  { from: { pod: 'default/intruder' }, to: { pod: 'default/backend' }, port: 80, protocol: 'UDP' },
  { from: { external: '203.0.113.9' }, to: { url: 'http://foo.bar.com/foo' } },
  { from: { pod: 'default/frontend' }, to: { ip: '10.96.0.10' }, port: 53, protocol: 'UDP' },
];

const reachabilityBodies: fc.Arbitrary<Body> = fc
  .constantFrom(...REACHABILITY_BODIES)
  .chain((valid) => hostileObjectBody(valid));

/** Every REST route under /v1 (the facade and GraphQL have their own catalogues). */
function restRoutes(ctx: CorpusContext): RestRoute[] {
  const cluster = { id: ctx.clusterId };
  const pod = { ...cluster, namespace: 'default', name: 'frontend' };
  return [
    { method: 'GET', template: '/healthz' },
    { method: 'GET', template: '/readyz' },
    {
      method: 'POST',
      template: '/v1/clusters',
      validBody: json({ name: 'h-cluster' }),
      bodies: hostileObjectBody({
        name: 'h-cluster',
        nodes: 2,
        networkPlugin: 'cilium',
        proxyMode: 'ipvs',
        serviceCIDR: '10.96.0.0/12',
        podCIDR: '10.244.0.0/16',
        clusterDomain: 'cluster.local',
        nodePortRange: '30000-32767',
        ingressController: 'ingress-nginx',
        loadBalancerCIDR: '198.51.100.0/24',
        datapath: { nodeSubnets: 'per-zone', hostMTU: 1500, cilium: { routingMode: 'native' } },
      }),
      cleanup: 'delete-created-cluster',
    },
    { method: 'GET', template: '/v1/clusters' },
    { method: 'GET', template: '/v1/clusters/{id}', params: cluster },
    // Only hostile ids reach DELETE: the fixture cluster's id is never generated.
    { method: 'DELETE', template: '/v1/clusters/{id}', params: { id: 'h-missing' } },
    {
      method: 'POST',
      template: '/v1/clusters/{id}/apply',
      params: cluster,
      optionalQuery: ['fieldValidation'],
      query: { fieldValidation: 'Strict' },
      validBody: json({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'h-ns' } }),
      bodies: manifestBodies,
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/objects',
      params: cluster,
      query: { kind: 'Service', namespace: 'default', labelSelector: 'app in (h,web)' },
    },
    {
      method: 'DELETE',
      template: '/v1/clusters/{id}/objects/{kind}/{namespace}/{name}',
      params: { ...cluster, kind: 'Service', namespace: 'default', name: 'h-missing' },
    },
    {
      method: 'DELETE',
      template: '/v1/clusters/{id}/objects/{kind}/{name}',
      params: { ...cluster, kind: 'Namespace', name: 'h-missing' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/dns',
      params: cluster,
      query: { name: 'backend', from: 'default/frontend', type: 'SRV' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/pods/{namespace}/{name}/env',
      params: pod,
      query: { container: 'web' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/services/{namespace}/{name}/endpoints',
      params: { ...cluster, namespace: 'default', name: 'backend' },
    },
    {
      method: 'POST',
      template: '/v1/clusters/{id}/reachability',
      params: cluster,
      validBody: json(REACHABILITY_BODIES[0]),
      bodies: reachabilityBodies,
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/reachability/matrix',
      params: cluster,
      query: { port: '80', protocol: 'TCP', namespace: 'default', labelSelector: 'app' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/reachability/matrix.svg',
      params: cluster,
      query: { port: '80', protocol: 'TCP', namespace: 'default', labelSelector: 'app' },
    },
    {
      method: 'POST',
      template: '/v1/clusters/{id}/reachability/matrix/dry-run',
      params: cluster,
      query: { port: '80', protocol: 'TCP', namespace: 'default' },
      validBody: json({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'h-deny' },
        spec: { podSelector: {} },
      }),
      bodies: manifestBodies,
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/topology',
      params: cluster,
      optionalQuery: ['namespace', 'format'],
      query: { namespace: 'default', format: 'svg' },
    },
    { method: 'GET', template: '/v1/clusters/{id}/topology.svg', params: cluster },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/topology.dot',
      params: cluster,
      optionalQuery: ['namespace'],
      query: { namespace: 'default' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/networkpolicies/{namespace}/{name}/explain',
      params: { ...cluster, namespace: 'default', name: 'allow-frontend' },
    },
    {
      method: 'POST',
      template: '/v1/clusters/{id}/networkpolicies/diff',
      params: cluster,
      validBody: json({ from: { applied: true }, to: { manifests: '' } }),
      bodies: hostileObjectBody({ from: { applied: true }, to: { applied: true } }),
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/ingress/route',
      params: cluster,
      query: { url: 'http://foo.bar.com/foo', ingressClass: 'nginx' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/nodes/{node}/iptables',
      params: { ...cluster, node: 'node-1' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/nodes/{node}/routes',
      params: { ...cluster, node: 'node-1' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/nodes/{node}/interfaces',
      params: { ...cluster, node: 'node-1' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/pods/{namespace}/{name}/cni',
      params: { ...cluster, namespace: 'default', name: 'frontend' },
    },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/proxy',
      params: cluster,
      query: { to: '10.96.0.10:53', protocol: 'UDP', from: 'default/frontend' },
      optionalQuery: ['fromIP', 'node'],
    },
    { method: 'GET', template: '/v1/clusters/{id}/kubeconfig', params: cluster },
    {
      method: 'GET',
      template: '/v1/clusters/{id}/events',
      params: cluster,
      query: { namespace: 'default', after: '0' },
    },
    {
      method: 'POST',
      template: '/v1/clusters/{id}/pods/{namespace}/{name}/readiness',
      params: { ...pod, name: 'h-pod' },
      validBody: json({ ready: true }),
      bodies: hostileObjectBody({ ready: false }),
    },
    { method: 'GET', template: '/v1/exercises' },
    { method: 'GET', template: '/v1/exercises/{slug}', params: { slug: ctx.exerciseSlug } },
    {
      method: 'POST',
      template: '/v1/exercises',
      key: 'instructorKey',
      validBody: Buffer.from(JSON.stringify(VALID_EXERCISE)),
      bodies: exerciseBodies,
    },
    // Only hostile slugs reach it, so no attempt (and cluster) is created per case.
    {
      method: 'POST',
      template: '/v1/exercises/{slug}/attempts',
      params: { slug: 'h-missing' },
      key: 'learnerKey',
    },
    {
      method: 'GET',
      template: '/v1/attempts',
      query: { exercise: ctx.exerciseSlug, learner: 'h-missing' },
    },
    { method: 'GET', template: '/v1/attempts/{aid}', params: { aid: ctx.attemptId } },
    {
      method: 'POST',
      template: '/v1/attempts/{aid}/grade',
      params: { aid: ctx.attemptId },
      key: 'learnerKey',
    },
    { method: 'GET', template: '/v1/attempts/{aid}/history', params: { aid: ctx.attemptId } },
    {
      method: 'POST',
      template: '/v1/attempts/{aid}/reset',
      params: { aid: 'h-missing' },
      key: 'learnerKey',
    },
    {
      method: 'GET',
      template: '/v1/exercises/{slug}/class-view',
      params: { slug: ctx.exerciseSlug },
      key: 'instructorKey',
    },
    { method: 'GET', template: '/v1/schemas/exercise' },
    {
      method: 'POST',
      template: '/v1/api-keys',
      validBody: json({ name: 'h-key', role: 'learner' }),
      bodies: hostileObjectBody({ name: 'h-key', role: 'learner' }),
    },
    { method: 'GET', template: '/v1/api-keys' },
    { method: 'DELETE', template: '/v1/api-keys/{kid}', params: { kid: 'h-missing' } },
    { method: 'GET', template: '/graphql-playground/{asset}', params: { asset: 'graphiql.css' } },
  ];
}

const hostileAuth = fc.oneof(
  fc.constantFrom(
    { label: 'auth missing', headers: {} as Record<string, string> },
    { label: 'auth Basic', headers: { authorization: 'Basic YTpi' } },
    { label: 'auth Bearer empty', headers: { authorization: 'Bearer ' } },
    { label: 'auth Bearer 100k', headers: { authorization: `Bearer ${'k'.repeat(60_000)}` } },
    { label: 'auth two schemes', headers: { authorization: 'Bearer a, Bearer b' } },
  ),
  fc
    .constantFrom(
      ...HOSTILE_STRINGS.filter((v) => /^[\x20-\x7e]*$/.test(v.text) && v.text.length < 8000),
    )
    .map((v) => ({
      label: `auth Bearer ${v.label}`,
      headers: { authorization: `Bearer ${v.text}` },
    })),
);

function requestsFor(route: RestRoute, ctx: CorpusContext): fc.Arbitrary<HostileRequest> {
  const params = route.params ?? {};
  const query = route.query ?? {};
  const validPath = fillPath(
    route.template,
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)])),
  );
  const validQuery = queryString(Object.entries(query).map(([k, v]) => [k, encodeURIComponent(v)]));
  const routeName = `${route.method} ${route.template.replace('{aid}', '{id}').replace('{kid}', '{id}')}`;
  const base = (label: string, path: string, body?: Body, headers?: Record<string, string>) => ({
    route: routeName,
    label,
    method: route.method,
    path,
    headers: {
      ...(headers ?? bearer(ctx[route.key ?? 'adminKey'])),
      ...(body?.contentType ? { 'content-type': body.contentType } : {}),
    },
    body: body?.body,
    cleanup: route.cleanup,
  });
  const validBody: Body | undefined = route.validBody
    ? { label: 'valid', body: route.validBody, contentType: JSON_TYPE }
    : undefined;
  const options: Array<fc.Arbitrary<HostileRequest>> = [
    hostileQuery(query, route.optionalQuery).map((q) =>
      base(q.label, validPath + queryString(q.pairs), validBody),
    ),
    hostileAuth.map((a) => base(a.label, validPath + validQuery, validBody, a.headers)),
  ];
  const pathParam = hostilePathParam(route.template, params);
  if (pathParam) options.push(pathParam.map((p) => base(p.label, p.path + validQuery, validBody)));
  if (route.bodies) {
    const bodies = route.bodies.map((b) => base(b.label, validPath + validQuery, b));
    options.push(bodies, bodies, bodies);
  }
  if (!route.bodies && route.method === 'GET') {
    // A body on a GET must be ignored, whatever it holds.
    options.push(
      hostileValue.map((v) =>
        base(`GET with body ${v.label}`, validPath + validQuery, {
          label: v.label,
          body: v.json,
          contentType: JSON_TYPE,
        }),
      ),
    );
  }
  return fc.oneof(...options);
}

/** Hostile requests to every REST route, in equal share per route. */
export function restCorpus(ctx: CorpusContext): fc.Arbitrary<HostileRequest> {
  return fc.oneof(...restRoutes(ctx).map((route) => requestsFor(route, ctx)));
}
