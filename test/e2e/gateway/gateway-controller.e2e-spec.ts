import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * `gatewayController: envoy-gateway`: the GatewayClass `eg` is Accepted, a Gateway gets a
 * LoadBalancer Service and its address and is Programmed, and HTTPRoutes get status.parents with
 * Accepted/ResolvedRefs reasons. Cases after gateway-api conformance/tests:
 * gateway-with-attached-routes.go (attachedRoutes), httproute-invalid-cross-namespace-backend-ref.go
 * (RefNotPermitted), httproute-invalid-nonexistent-backendref.go (BackendNotFound),
 * httproute-invalid-backendref-unknown-kind.go (InvalidKind),
 * httproute-invalid-cross-namespace-parent-ref.go (NotAllowedByListeners),
 * httproute-listener-hostname-matching.go / httproute-hostname-intersection.go
 * (NoMatchingListenerHostname), httproute-invalid-parentref-not-matching-section-name.go
 * (NoMatchingParent).
 */
const MANIFESTS = `apiVersion: v1
kind: Namespace
metadata: { name: other }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 8080 }] }
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw }
spec:
  gatewayClassName: eg
  listeners:
  - { name: http, protocol: HTTP, port: 80, hostname: "*.example.com" }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: ok }
spec:
  parentRefs: [{ name: gw }]
  hostnames: [a.example.com]
  rules: [{ backendRefs: [{ name: web, port: 8080 }] }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: missing-backend }
spec:
  parentRefs: [{ name: gw }]
  rules: [{ backendRefs: [{ name: nope, port: 80 }] }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: cross-ns-backend }
spec:
  parentRefs: [{ name: gw }]
  rules: [{ backendRefs: [{ name: web, namespace: other, port: 80 }] }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: unknown-kind }
spec:
  parentRefs: [{ name: gw }]
  rules: [{ backendRefs: [{ group: unknown.example.com, kind: Widget, name: w }] }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: bad-host }
spec:
  parentRefs: [{ name: gw }]
  hostnames: [a.other.io]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: bad-section }
spec:
  parentRefs: [{ name: gw, sectionName: nope }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: from-other, namespace: other }
spec:
  parentRefs: [{ name: gw, namespace: default }]
`;

type Cond = { type: string; status: string; reason: string; observedGeneration: number };

describe('Gateway API controller (envoy-gateway)', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;
  const get = async (path: string) =>
    (await api.get(`/v1/clusters/${id}/k8s/${path}`).expect(200)).body;
  const cond = (conds: Cond[], type: string) => conds.find((c) => c.type === type);
  const parent = async (name: string, ns = 'default') =>
    (await get(`apis/gateway.networking.k8s.io/v1/namespaces/${ns}/httproutes/${name}`)).status
      .parents[0];

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('gw-ctrl')).adminKey);
    id = (
      await api
        .post('/v1/clusters')
        .send({ name: 'eg', gatewayController: 'envoy-gateway' })
        .expect(201)
    ).body.id;
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(MANIFESTS).expect(200);
  });
  afterAll(() => t.close());

  it('successful: the eg GatewayClass is Accepted', async () => {
    const gc = await get('apis/gateway.networking.k8s.io/v1/gatewayclasses/eg');
    expect(gc.spec.controllerName).toBe('gateway.envoyproxy.io/gatewayclass-controller');
    expect(cond(gc.status.conditions, 'Accepted')).toMatchObject({
      status: 'True',
      reason: 'Accepted',
    });
  });

  it('successful: the Gateway gets a LoadBalancer address, Programmed, and counts its attached routes', async () => {
    const gw = await get('apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/gw');
    expect(gw.status.addresses[0]).toMatchObject({
      type: 'IPAddress',
      value: expect.stringMatching(/^203\.0\.113\./),
    });
    expect(cond(gw.status.conditions, 'Programmed')).toMatchObject({
      status: 'True',
      reason: 'Programmed',
      observedGeneration: 1,
    });
    const [l] = gw.status.listeners;
    expect(l.supportedKinds).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }]);
    // ok, missing-backend, cross-ns-backend, unknown-kind attach; bad-host, bad-section, from-other do not.
    expect(l.attachedRoutes).toBe(4);
    expect(cond(l.conditions, 'Conflicted')).toMatchObject({
      status: 'False',
      reason: 'NoConflicts',
    });
    const svcs = (await get('api/v1/namespaces/envoy-gateway-system/services')).items;
    expect(svcs).toHaveLength(1);
    expect(svcs[0].spec.type).toBe('LoadBalancer');
  });

  it('successful and failing: HTTPRoute parents carry Accepted and ResolvedRefs reasons', async () => {
    expect((await parent('ok')).conditions.map((c: Cond) => `${c.type}=${c.reason}`)).toEqual([
      'Accepted=Accepted',
      'ResolvedRefs=ResolvedRefs',
    ]);
    expect(cond((await parent('missing-backend')).conditions, 'ResolvedRefs')?.reason).toBe(
      'BackendNotFound',
    );
    expect(cond((await parent('cross-ns-backend')).conditions, 'ResolvedRefs')?.reason).toBe(
      'RefNotPermitted',
    );
    expect(cond((await parent('unknown-kind')).conditions, 'ResolvedRefs')?.reason).toBe(
      'InvalidKind',
    );
    expect(cond((await parent('bad-host')).conditions, 'Accepted')).toMatchObject({
      status: 'False',
      reason: 'NoMatchingListenerHostname',
    });
    expect(cond((await parent('bad-section')).conditions, 'Accepted')?.reason).toBe(
      'NoMatchingParent',
    );
    expect(cond((await parent('from-other', 'other')).conditions, 'Accepted')?.reason).toBe(
      'NotAllowedByListeners',
    );
  });

  it('successful: a ReferenceGrant resolves the cross-namespace backend; observedGeneration follows the spec', async () => {
    const grant = `apiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: other }\nspec: { ports: [{ port: 80 }] }\n---\napiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: { name: g, namespace: other }\nspec:\n  from: [{ group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: default }]\n  to: [{ group: "", kind: Service }]\n`;
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(grant).expect(200);
    expect(cond((await parent('cross-ns-backend')).conditions, 'ResolvedRefs')?.reason).toBe(
      'ResolvedRefs',
    );
    const bump = MANIFESTS.split('---\n')
      .find((d) => d.includes('name: ok }'))!
      .replace('a.example.com', 'b.example.com');
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(bump).expect(200);
    const ok = await parent('ok');
    expect(ok.conditions.every((c: Cond) => c.observedGeneration === 2)).toBe(true);
  });

  it('failing: without a controller the Gateway is stored and reports nothing; a bad option is 422', async () => {
    const bare = (await api.post('/v1/clusters').send({ name: 'bare' }).expect(201)).body.id;
    await api
      .post(`/v1/clusters/${bare}/apply`)
      .type('application/yaml')
      .send(MANIFESTS)
      .expect(200);
    const gw = (
      await api
        .get(
          `/v1/clusters/${bare}/k8s/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/gw`,
        )
        .expect(200)
    ).body;
    expect(gw.status).toBeUndefined();
    const bad = await api
      .post('/v1/clusters')
      .send({ name: 'x', gatewayController: 'istio' })
      .expect(422);
    expect(JSON.stringify(bad.body)).toContain('gatewayController');
  });
});
