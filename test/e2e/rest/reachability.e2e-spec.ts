import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

const FRONTEND_BACKEND = readFileSync(
  join(__dirname, '../../fixtures/manifests/frontend-backend.yaml'),
  'utf8',
);

describe('reachability over REST and GraphQL', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;
  const trace = (body: unknown) => api.post(`/v1/clusters/${id}/reachability`).send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('reach')).adminKey);
    id = (await api.post('/v1/clusters').send({ name: 'reach' }).expect(201)).body.id;
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(FRONTEND_BACKEND)
      .expect(200);
  });
  afterAll(() => t.close());

  it('frontend reaches the backend Service on 80, with the DNS-free hops kube-proxy → policy', async () => {
    const res = await trace({
      from: { pod: 'default/frontend' },
      to: { service: 'default/backend' },
      port: 80,
    }).expect(200);
    expect(res.body.allowed).toBe(true);
    expect(res.body.verdict).toBe('allowed');
    expect(res.body.networkPlugin).toEqual({ name: 'calico', enforcesNetworkPolicy: true });
    expect(res.body.hops.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining(['kube-proxy', 'network-policy']),
    );
    expect(res.body.endpoints).toEqual([
      expect.objectContaining({ pod: 'default/backend', port: 80, allowed: true }),
    ]);
  });

  it('another Pod is denied, and the answer names the isolating policy and the closest rule', async () => {
    const res = await trace({
      from: { pod: 'default/intruder' },
      to: { service: 'default/backend' },
      port: 'http',
    }).expect(200);
    expect(res.body.allowed).toBe(false);
    expect(res.body.verdict).toBe('denied-by-policy');
    const [endpoint] = res.body.endpoints;
    expect(endpoint.policies.ingress).toEqual(['default/allow-frontend']);
    expect(endpoint.explanation.join(' ')).toContain('allow-frontend');
  });

  it('the other direction is open: allow-frontend isolates only the backend', async () => {
    const res = await trace({
      from: { pod: 'default/backend' },
      to: { pod: 'default/frontend' },
      port: 8080,
    }).expect(200);
    expect(res.body.allowed).toBe(true);
  });

  it('a DNS name is resolved from the source Pod; an unknown one is NXDOMAIN with the names tried', async () => {
    const ok = await trace({
      from: { pod: 'default/frontend' },
      to: { host: 'backend' },
      port: 80,
    }).expect(200);
    expect(ok.body.hops[0].kind).toBe('dns');
    expect(ok.body.allowed).toBe(true);
    const missing = await trace({
      from: { pod: 'default/frontend' },
      to: { host: 'db' },
      port: 5432,
    }).expect(200);
    expect(missing.body.verdict).toBe('nxdomain');
    expect(missing.body.summary).toContain('db');
  });

  it('failing: a malformed question is a 422 naming each field', async () => {
    const res = await trace({ from: { pod: 'a/b/c' }, to: {}, port: 70000 }).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'from.pod',
      'to',
      'port',
    ]);
    await api
      .post(`/v1/clusters/${id}/reachability`)
      .send({ from: { pod: 'default/ghost' }, to: { pod: 'default/backend' }, port: 80 })
      .expect(404);
  });

  it('the matrix is the truth table over Pods for a port, and explain describes the policy', async () => {
    const res = await api
      .get(`/v1/clusters/${id}/reachability/matrix?port=80&namespace=default`)
      .expect(200);
    const i = (name: string) => res.body.pods.indexOf(`default/${name}`);
    expect(res.body.allowed[i('frontend')][i('backend')]).toBe(true);
    expect(res.body.allowed[i('intruder')][i('backend')]).toBe(false);
    expect(res.body.allowed[i('backend')][i('frontend')]).toBe(true);
    await api.get(`/v1/clusters/${id}/reachability/matrix`).expect(400);
    const explained = await api
      .get(`/v1/clusters/${id}/networkpolicies/default/allow-frontend/explain`)
      .expect(200);
    expect(JSON.stringify(explained.body)).toContain('app=frontend');
  });

  it('GraphQL gives the same verdicts and matrix', async () => {
    const res = await api.graphql(
      `query($id: ID!) { cluster(id: $id) {
        denied: reachability(from: { pod: "default/intruder" }, to: { service: "default/backend" }, port: "80") { allowed verdict endpoints { pod policies { ingress } } }
        allowed: reachability(from: { pod: "default/frontend" }, to: { service: "default/backend" }, port: "80") { allowed verdict hops { kind summary } }
        reachabilityMatrix(port: "80", labelSelector: "app in (frontend,backend)") { pods allowed enforced }
      } }`,
      { id },
    );
    expect(res.body.errors).toBeUndefined();
    const { denied, allowed, reachabilityMatrix } = res.body.data.cluster;
    expect(denied).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(denied.endpoints[0].policies.ingress).toEqual(['default/allow-frontend']);
    expect(allowed.allowed).toBe(true);
    expect(allowed.hops.every((h: { summary: string }) => h.summary.length > 0)).toBe(true);
    expect(reachabilityMatrix.pods).toEqual(['default/frontend', 'default/backend']);
    expect(reachabilityMatrix.allowed).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it('a UDP-only Service asked without a protocol is reached over UDP, over REST and GraphQL alike', async () => {
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(
        [
          'apiVersion: v1',
          'kind: Pod',
          'metadata: { name: syslog, labels: { app: syslog } }',
          'spec: { containers: [{ name: main, image: rsyslog, ports: [{ containerPort: 514, protocol: UDP }] }] }',
          '---',
          'apiVersion: v1',
          'kind: Service',
          'metadata: { name: syslog }',
          'spec: { selector: { app: syslog }, ports: [{ port: 514, protocol: UDP }] }',
        ].join('\n'),
      )
      .expect(200);
    const rest = await trace({
      from: { pod: 'default/frontend' },
      to: { service: 'default/syslog' },
      port: 514,
    }).expect(200);
    expect(rest.body.verdict).toBe('allowed');
    const gql = await api.graphql(
      `query($id: ID!) { cluster(id: $id) {
        reachability(from: { pod: "default/frontend" }, to: { service: "default/syslog" }, port: "514") { allowed verdict }
      } }`,
      { id },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.cluster.reachability).toEqual({ allowed: true, verdict: 'allowed' });
  });

  it('on flannel the same policy is stored but not enforced, and the answer says so', async () => {
    const flannel = (
      await api.post('/v1/clusters').send({ name: 'flat', networkPlugin: 'flannel' }).expect(201)
    ).body.id;
    await api
      .post(`/v1/clusters/${flannel}/apply`)
      .type('application/yaml')
      .send(FRONTEND_BACKEND)
      .expect(200);
    const res = await api
      .post(`/v1/clusters/${flannel}/reachability`)
      .send({ from: { pod: 'default/intruder' }, to: { service: 'default/backend' }, port: 80 })
      .expect(200);
    expect(res.body.allowed).toBe(true);
    expect(res.body.verdict).toBe('not-enforced');
    expect(res.body.networkPlugin).toEqual({ name: 'flannel', enforcesNetworkPolicy: false });
  });
});
