import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * The Gateway API kinds served like every other kind: applied over REST and GraphQL, read back
 * defaulted as the CRDs default them, and refused with a 422 that carries the CRDs' field paths
 * and CEL-rule messages (config/crd/standard/*.yaml of kubernetes-sigs/gateway-api).
 */
const MANIFESTS = readFileSync(
  join(__dirname, '../../fixtures/manifests/gateway-api.yaml'),
  'utf8',
);
const APPLY = `mutation Apply($id: ID!, $manifests: String!) {
  applyManifests(clusterId: $id, manifests: $manifests) { results { kind namespace name action } }
}`;
const OBJECTS = `query Objects($id: ID!, $kind: String) {
  cluster(id: $id) { objects(kind: $kind) { kind namespace name object } }
}`;

const route = (spec: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: bad }
spec:
  parentRefs: [{ name: example-gateway }]
${spec}`;

describe('Gateway API kinds over REST and GraphQL', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('gateway-kinds')).adminKey);
    id = (await api.post('/v1/clusters').send({ name: 'gw-kinds' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('successful: applies the docs’ GatewayClass, Gateway, HTTPRoute and ReferenceGrant over REST', async () => {
    const res = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(MANIFESTS)
      .expect(200);
    expect(
      res.body.results.map((r: { kind: string; action: string }) => `${r.kind}:${r.action}`),
    ).toEqual([
      'Namespace:created',
      'GatewayClass:created',
      'Gateway:created',
      'HTTPRoute:created',
      'ReferenceGrant:created',
    ]);
    const again = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(MANIFESTS)
      .expect(200);
    expect(again.body.results.every((r: { action: string }) => r.action === 'unchanged')).toBe(
      true,
    );
  });

  it('successful: GraphQL reads the HTTPRoute back with the CRD defaults filled in, and applies too', async () => {
    const read = await api.graphql(OBJECTS, { id, kind: 'HTTPRoute' });
    expect(read.body.errors).toBeUndefined();
    const [r] = read.body.data.cluster.objects;
    expect(r.object.metadata.generation).toBe(1);
    expect(r.object.spec.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'example-gateway' },
    ]);
    expect(r.object.spec.rules[1]).toEqual({
      matches: [{ path: { type: 'PathPrefix', value: '/' } }],
      backendRefs: [
        {
          group: '',
          kind: 'Service',
          name: 'example-svc',
          namespace: 'backends',
          port: 80,
          weight: 1,
        },
      ],
    });
    const gw = (await api.graphql(OBJECTS, { id, kind: 'Gateway' })).body.data.cluster.objects[0];
    expect(gw.object.spec.listeners[0].allowedRoutes).toEqual({ namespaces: { from: 'Same' } });

    const applied = await api.graphql(APPLY, {
      id,
      manifests: route('  hostnames: [gql.example.com]').replace('name: bad', 'name: from-gql'),
    });
    expect(applied.body.errors).toBeUndefined();
    expect(applied.body.data.applyManifests.results).toEqual([
      { kind: 'HTTPRoute', namespace: 'default', name: 'from-gql', action: 'created' },
    ]);
  });

  it('failing: a relative path is refused with the CEL rule’s message and field path (422)', async () => {
    const res = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(route('  rules:\n  - matches: [{ path: { type: PathPrefix, value: login } }]\n'))
      .expect(422);
    expect(res.body.detail).toBe(
      `HTTPRoute.gateway.networking.k8s.io "bad" is invalid: spec.rules[0].matches[0].path: Invalid value: "object": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']`,
    );
  });

  it('failing: filter combinations, too many rules and bad hostnames are 422 over REST and GraphQL alike', async () => {
    const filters = route(
      '  rules:\n  - filters:\n    - { type: RequestRedirect, requestRedirect: { scheme: https } }\n    - { type: URLRewrite, urlRewrite: { hostname: b.example.com } }\n',
    );
    const rest = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(filters)
      .expect(422);
    expect(rest.body.detail).toContain(
      'spec.rules[0].filters: Invalid value: "array": May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    );
    const gql = await api.graphql(APPLY, { id, manifests: filters });
    expect(gql.body.errors[0].extensions).toMatchObject({ status: 422, reason: 'Invalid' });
    expect(gql.body.errors[0].message).toBe(rest.body.detail);

    const many = route(`  rules:\n${Array.from({ length: 17 }, () => '  - {}\n').join('')}`);
    const tooMany = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(many)
      .expect(422);
    expect(tooMany.body.detail).toContain('spec.rules: Too many: 17: must have at most 16 items');

    const host = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(route('  hostnames: ["Bad_Host"]\n'))
      .expect(422);
    expect(host.body.detail).toContain('spec.hostnames[0]: Invalid value: "Bad_Host"');
  });

  it('failing: a Gateway without listeners and a listener with a bad port are 422, never 5xx', async () => {
    const gw = (listeners: string) =>
      `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: { name: g2 }\nspec:\n  gatewayClassName: example\n  listeners: ${listeners}\n`;
    const none = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(gw('[]'))
      .expect(422);
    expect(none.body.detail).toContain('spec.listeners in body should have at least 1 items');
    const port = await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(gw('[{ name: http, protocol: HTTP, port: 70000 }]'))
      .expect(422);
    expect(port.body.detail).toContain(
      'spec.listeners[0].port: Invalid value: 70000: spec.listeners[0].port in body should be less than or equal to 65535',
    );
  });
});
