import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

const FANOUT = readFileSync(
  join(__dirname, '../../fixtures/manifests/ingress-fanout.yaml'),
  'utf8',
);
const CLIENT = '198.51.100.7';

describe('Ingress and traffic from outside the cluster', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;
  const route = (url: string) =>
    api.get(`/v1/clusters/${id}/ingress/route?url=${encodeURIComponent(url)}`);
  const trace = (body: object) =>
    api.post(`/v1/clusters/${id}/reachability`).send(body).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('ingress')).adminKey);
    id = (
      await api
        .post('/v1/clusters')
        .send({ name: 'edge', ingressController: 'ingress-nginx' })
        .expect(201)
    ).body.id;
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(FANOUT).expect(200);
  });
  afterAll(() => t.close());

  it('routes /service1 and /service2 by Prefix, the port as written in the Ingress', async () => {
    const one = (await route('http://foo.bar.com/service1/login').expect(200)).body;
    expect(one).toMatchObject({
      matched: true,
      ingress: 'default/simple-fanout-example',
      rule: { host: 'foo.bar.com', path: '/service1', pathType: 'Prefix' },
      backend: { service: 'default/service1', port: 4200 },
    });
    const two = (await route('http://foo.bar.com/service2').expect(200)).body;
    expect(two.backend).toEqual({ service: 'default/service2', port: 'http' });
  });

  it('an unknown host falls to the defaultBackend-only Ingress; an unmatched path on a known host is a 404 with the reason', async () => {
    const other = (await route('http://elsewhere.example/anything').expect(200)).body;
    expect(other).toMatchObject({
      matched: true,
      ingress: 'default/test-ingress',
      backend: { service: 'default/service1', port: 4200 },
    });
    const missing = (await route('http://foo.bar.com/nothing-here').expect(404)).body;
    expect(missing.matched).toBe(false);
    expect(missing.reason).toBeTruthy();
  });

  it('from outside, a URL goes load balancer → controller → rule → Service → endpoint, and answers 200', async () => {
    const res = (
      await trace({ from: { external: CLIENT }, to: { url: 'http://foo.bar.com/service2' } })
    ).body;
    expect(res.allowed).toBe(true);
    expect(res.http).toMatchObject({
      status: 200,
      backend: { service: 'default/service2', port: 'http' },
    });
    const kinds = res.hops.map((h: { kind: string }) => h.kind);
    expect(kinds.indexOf('load-balancer')).toBeLessThan(kinds.indexOf('ingress'));
    expect(kinds).toContain('kube-proxy');
    const notFound = (
      await trace({ from: { external: CLIENT }, to: { url: 'http://foo.bar.com/nothing-here' } })
    ).body;
    expect(notFound.http.status).toBe(404);
    const unavailable = (
      await trace({ from: { external: CLIENT }, to: { url: 'http://foo.bar.com/idle' } })
    ).body;
    expect(unavailable.http.status).toBe(503);
  });

  it('a cluster without an ingress controller says so', async () => {
    const bare = (await api.post('/v1/clusters').send({ name: 'bare' }).expect(201)).body.id;
    const applied = await api
      .post(`/v1/clusters/${bare}/apply`)
      .type('application/yaml')
      .send(FANOUT.replace(/ *ingressClassName: nginx\n/g, ''));
    expect(applied.body).toEqual(expect.objectContaining({ results: expect.any(Array) }));
    const res = (
      await api
        .post(`/v1/clusters/${bare}/reachability`)
        .send({ from: { external: CLIENT }, to: { url: 'http://foo.bar.com/service1' } })
        .expect(200)
    ).body;
    expect(res.allowed).toBe(false);
    expect(res.verdict).toBe('ingress-no-controller');
  });

  it('NodePort answers on every node, even one without a backend; ClusterIP is internal only; Local keeps traffic on the node', async () => {
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(
        `apiVersion: v1
kind: Pod
metadata: { name: solo, labels: { app: solo } }
spec: { nodeName: node-1, containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: solo-np }
spec:
  type: NodePort
  selector: { app: solo }
  ports: [{ port: 80, nodePort: 30080 }]
---
apiVersion: v1
kind: Service
metadata: { name: solo-local }
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: { app: solo }
  ports: [{ port: 80, nodePort: 30081 }]
`,
      )
      .expect(200);
    const viaNode2 = (
      await trace({ from: { external: CLIENT }, to: { node: 'node-2', nodePort: 30080 } })
    ).body;
    expect(viaNode2.allowed).toBe(true);
    expect(viaNode2.endpoints[0]).toMatchObject({ pod: 'default/solo', node: 'node-1' });
    const local = (
      await trace({ from: { external: CLIENT }, to: { node: 'node-2', nodePort: 30081 } })
    ).body;
    expect(local.allowed).toBe(false);
    expect(local.verdict).toBe('dropped');
    const localOk = (
      await trace({ from: { external: CLIENT }, to: { node: 'node-1', nodePort: 30081 } })
    ).body;
    expect(localOk.allowed).toBe(true);
    const svc = (
      await api.get(`/v1/clusters/${id}/objects?kind=Service&namespace=default`).expect(200)
    ).body.items.find((s: { metadata: { name: string } }) => s.metadata.name === 'solo-np');
    const clusterIP = (
      await trace({ from: { external: CLIENT }, to: { ip: svc.spec.clusterIP }, port: 80 })
    ).body;
    expect(clusterIP.allowed).toBe(false);
    expect(clusterIP.verdict).toBe('unreachable');
  });

  it('GraphQL gives the same route and trace', async () => {
    const res = await api.graphql(
      `query($id: ID!) { cluster(id: $id) {
        ingressRoute(url: "http://foo.bar.com/service1")
        reachability(from: { external: "${CLIENT}" }, to: { url: "http://foo.bar.com/service1" }) { allowed http hops { kind } }
      } }`,
      { id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.cluster.ingressRoute.backend).toEqual({
      service: 'default/service1',
      port: 4200,
    });
    expect(res.body.data.cluster.reachability.http.status).toBe(200);
  });
});
