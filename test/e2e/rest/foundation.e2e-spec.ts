import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { as, startTestApp, type TestApp, type TestTenant } from '../../support/app';

const DOCS_SERVICE = readFileSync(
  join(__dirname, '../../fixtures/manifests/docs-service.yaml'),
  'utf8',
);

describe('foundation over REST', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let api: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await t.newTenant('rest');
    api = as(t.http, tenant.adminKey);
  });
  afterAll(() => t.close());

  const newCluster = async (body: Record<string, unknown> = {}) => {
    const res = await api
      .post('/v1/clusters')
      .send({ name: `c-${Math.random().toString(36).slice(2, 8)}`, ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; revision: number; config: Record<string, unknown> };
  };
  const objects = async (id: string, query = '') => {
    const res = await api.get(`/v1/clusters/${id}/objects${query}`);
    expect(res.status).toBe(200);
    return res.body as { revision: number; items: Array<Record<string, any>> };
  };

  describe('health', () => {
    it('answers /healthz and /readyz without a key', async () => {
      await request(t.http)
        .get('/healthz')
        .expect(200, { status: 'ok', database: 'ok', prototypes: 'ok' });
      const ready = await request(t.http).get('/readyz').expect(200);
      expect(ready.body.database).toBe('ok');
    });
  });

  describe('authentication and roles', () => {
    it('failing: refuses a missing key with a problem+json 401', async () => {
      const res = await request(t.http).get('/v1/clusters');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.detail).toContain('Authorization: Bearer');
    });

    it('failing: refuses an unknown key', async () => {
      await as(t.http, 'kns_not-a-key').get('/v1/clusters').expect(401);
    });

    it('successful: an admin creates, lists and deletes keys; the key is shown once', async () => {
      const created = await api
        .post('/v1/api-keys')
        .send({ name: 'lab', role: 'learner' })
        .expect(201);
      expect(created.body.key).toMatch(/^kns_/);
      const list = await api.get('/v1/api-keys').expect(200);
      const listed = list.body.items.find((k: { id: string }) => k.id === created.body.id);
      expect(listed).toMatchObject({ name: 'lab', role: 'learner' });
      expect(JSON.stringify(list.body)).not.toContain(created.body.key);
      await as(t.http, created.body.key).get('/v1/clusters').expect(200);
      await api.delete(`/v1/api-keys/${created.body.id}`).expect(204);
      await as(t.http, created.body.key).get('/v1/clusters').expect(401);
    });

    it('failing: a learner cannot manage keys, and the last admin key cannot be deleted', async () => {
      const learner = await tenant.keyFor('learner');
      const res = await as(t.http, learner).post('/v1/api-keys').send({ name: 'x', role: 'admin' });
      expect(res.status).toBe(403);
      expect(res.body.detail).toContain('admin');
      const other = await t.newTenant('solo');
      const keys = await as(t.http, other.adminKey).get('/v1/api-keys').expect(200);
      await as(t.http, other.adminKey).delete(`/v1/api-keys/${keys.body.items[0].id}`).expect(409);
    });

    it('failing: a bad role is a 422 naming the field', async () => {
      const res = await api.post('/v1/api-keys').send({ name: 'x', role: 'root' }).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    });
  });

  describe('clusters', () => {
    it('successful: a new cluster has the defaults of a kubeadm cluster', async () => {
      const cluster = await newCluster({ nodes: 3 });
      expect(cluster.config).toMatchObject({
        nodes: 3,
        serviceCIDR: '10.96.0.0/12',
        podCIDR: '10.244.0.0/16',
        clusterDomain: 'cluster.local',
        nodePortRange: '30000-32767',
        networkPlugin: 'calico',
        proxyMode: 'iptables',
      });
      const { items } = await objects(cluster.id);
      const names = (kind: string) =>
        items.filter((o) => o.kind === kind).map((o) => o.metadata.name);
      expect(names('Namespace').sort()).toEqual([
        'default',
        'kube-node-lease',
        'kube-public',
        'kube-system',
      ]);
      const ns = items.find((o) => o.kind === 'Namespace' && o.metadata.name === 'kube-system')!;
      expect(ns.metadata.labels['kubernetes.io/metadata.name']).toBe('kube-system');
      expect(names('Node')).toEqual(['node-1', 'node-2', 'node-3']);
      const node2 = items.find((o) => o.kind === 'Node' && o.metadata.name === 'node-2')!;
      expect(node2.spec.podCIDR).toBe('10.244.2.0/24');
      expect(node2.status.addresses).toContainEqual({ type: 'InternalIP', address: '172.18.0.3' });
      expect(node2.status.conditions).toContainEqual(
        expect.objectContaining({ type: 'Ready', status: 'True' }),
      );
      const svc = (ns: string, name: string) =>
        items.find(
          (o) => o.kind === 'Service' && o.metadata.namespace === ns && o.metadata.name === name,
        )!;
      expect(svc('default', 'kubernetes').spec.clusterIP).toBe('10.96.0.1');
      expect(svc('kube-system', 'kube-dns').spec.clusterIP).toBe('10.96.0.10');
      const coredns = items.filter(
        (o) => o.kind === 'Pod' && o.metadata.labels?.['k8s-app'] === 'kube-dns',
      );
      expect(coredns.length).toBeGreaterThanOrEqual(2);
      for (const pod of coredns) expect(pod.status.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
    });

    it('failing: invalid options are a 422 listing each field', async () => {
      const res = await api
        .post('/v1/clusters')
        .send({ name: 'Bad_Name', nodes: 0, networkPlugin: 'bridge', serviceCIDR: '10.96.0.0/33' })
        .expect(422);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['name', 'nodes', 'networkPlugin', 'serviceCIDR']),
      );
      expect(
        res.body.errors.find((e: { field: string }) => e.field === 'networkPlugin').message,
      ).toContain('calico');
    });

    it('failing: a second cluster with the same name is a 409', async () => {
      await api.post('/v1/clusters').send({ name: 'twin' }).expect(201);
      const res = await api.post('/v1/clusters').send({ name: 'twin' }).expect(409);
      expect(res.body.detail).toBe('clusters "twin" already exists');
    });

    it('successful: lists, shows and deletes a cluster', async () => {
      const cluster = await newCluster();
      const list = await api.get('/v1/clusters').expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toContain(cluster.id);
      await api.get(`/v1/clusters/${cluster.id}`).expect(200);
      await api.delete(`/v1/clusters/${cluster.id}`).expect(204);
      await api.get(`/v1/clusters/${cluster.id}`).expect(404);
      await api.get('/v1/clusters/not-a-uuid').expect(404);
    });

    it("failing: another tenant's cluster reads as not found everywhere", async () => {
      const cluster = await newCluster();
      const other = as(t.http, (await t.newTenant('other')).adminKey);
      await other.get(`/v1/clusters/${cluster.id}`).expect(404);
      await other.get(`/v1/clusters/${cluster.id}/objects`).expect(404);
      await other
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(DOCS_SERVICE)
        .expect(404);
      await other.delete(`/v1/clusters/${cluster.id}`).expect(404);
      const list = await other.get('/v1/clusters').expect(200);
      expect(list.body.items).toEqual([]);
      await api.get(`/v1/clusters/${cluster.id}`).expect(200);
    });
  });

  describe('manifests', () => {
    it('successful: applies the Service from the docs, then reports it unchanged', async () => {
      const cluster = await newCluster();
      const first = await api
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(DOCS_SERVICE)
        .expect(200);
      expect(first.body.results).toEqual([
        { kind: 'Service', namespace: 'default', name: 'my-service', action: 'created' },
      ]);
      const again = await api
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(DOCS_SERVICE)
        .expect(200);
      expect(again.body.results[0].action).toBe('unchanged');
      const { items } = await objects(cluster.id, '?kind=svc&namespace=default');
      const svc = items.find((o) => o.metadata.name === 'my-service')!;
      expect(svc.spec.clusterIP).toMatch(/^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/);
      expect(svc.spec.ports[0]).toMatchObject({ port: 80, targetPort: 9376, protocol: 'TCP' });
      expect(svc.spec.type).toBe('ClusterIP');
    });

    it('successful: accepts a JSON List and filters objects by label selector', async () => {
      const cluster = await newCluster();
      const pod = (name: string, labels: Record<string, string>) => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, labels },
        spec: { containers: [{ name: 'app', image: 'nginx' }] },
      });
      const list = {
        apiVersion: 'v1',
        kind: 'List',
        items: [pod('a', { app: 'web', tier: 'fe' }), pod('b', { app: 'db' })],
      };
      const res = await api.post(`/v1/clusters/${cluster.id}/apply`).send(list).expect(200);
      expect(res.body.results.map((r: { action: string }) => r.action)).toEqual([
        'created',
        'created',
      ]);
      const web = await objects(
        cluster.id,
        `?kind=Pod&labelSelector=${encodeURIComponent('app in (web),tier')}`,
      );
      expect(web.items.map((o) => o.metadata.name)).toEqual(['a']);
      const notDb = await objects(
        cluster.id,
        `?kind=pods&namespace=default&labelSelector=${encodeURIComponent('app!=db')}`,
      );
      expect(notDb.items.map((o) => o.metadata.name)).toEqual(['a']);
      expect(web.items[0].status.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
    });

    it('failing: a multi-document apply with one invalid object writes nothing and names the field', async () => {
      const cluster = await newCluster();
      const before = await objects(cluster.id);
      const body = `${DOCS_SERVICE}---
apiVersion: v1
kind: Service
metadata:
  name: broken
spec:
  ports:
    - port: 70000
`;
      const res = await api
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(body)
        .expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ field: 'spec.ports[0].port' }),
      );
      expect(res.body.detail).toContain('Service "broken" is invalid');
      const after = await objects(cluster.id);
      expect(after.revision).toBe(before.revision);
      expect(after.items).toHaveLength(before.items.length);
    });

    it('failing: malformed YAML, an alias bomb and an oversized body are clear 4xx', async () => {
      const cluster = await newCluster();
      const path = `/v1/clusters/${cluster.id}/apply`;
      const bad = await api.post(path).type('application/yaml').send('kind: [unclosed').expect(400);
      expect(bad.body.detail).toBeTruthy();
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 10; i++)
        bomb.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        );
      await api.post(path).type('application/yaml').send(bomb.join('\n')).expect(400);
      const huge = await api
        .post(path)
        .type('application/yaml')
        .send('x'.repeat(1024 * 1024 + 10))
        .expect(413);
      expect(huge.body.detail).toContain('limit');
      await api.post(path).type('application/json').send('{"kind": ').expect(400);
    });

    it('unknown fields: warned about by default, refused with fieldValidation=Strict (the API server rule)', async () => {
      const cluster = await newCluster();
      const typo =
        'apiVersion: v1\nkind: Service\nmetadata: { name: typo }\nspec:\n  selectorr: { app: web }\n  ports: [{ port: 80 }]\n';
      const strict = await api
        .post(`/v1/clusters/${cluster.id}/apply?fieldValidation=Strict`)
        .type('application/yaml')
        .send(typo)
        .expect(400);
      expect(strict.body.detail).toBe(
        'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selectorr"',
      );
      const warned = await api
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(typo)
        .expect(200);
      expect(warned.body.warnings).toEqual([
        'Service default/typo: unknown field "spec.selectorr"',
      ]);
      // Not a mode the API server knows: its 422 on the options, worded as upstream.
      const loose = await api
        .post(`/v1/clusters/${cluster.id}/apply?fieldValidation=Loose`)
        .type('application/yaml')
        .send(typo)
        .expect(422);
      expect(loose.body.detail).toBe(
        'PatchOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "Loose": supported values: "", "Ignore", "Strict", "Warn"',
      );
      expect(loose.body.errors).toEqual([expect.objectContaining({ field: 'fieldValidation' })]);
    });

    it('successful: deletes an object; deleting it again is a 404', async () => {
      const cluster = await newCluster();
      await api
        .post(`/v1/clusters/${cluster.id}/apply`)
        .type('application/yaml')
        .send(DOCS_SERVICE)
        .expect(200);
      const res = await api
        .delete(`/v1/clusters/${cluster.id}/objects/Service/default/my-service`)
        .expect(200);
      expect(res.body.results[0].action).toBe('deleted');
      const after = await objects(cluster.id, '?kind=Service&namespace=default');
      expect(after.items.map((o) => o.metadata.name)).not.toContain('my-service');
      const again = await api
        .delete(`/v1/clusters/${cluster.id}/objects/Service/default/my-service`)
        .expect(404);
      expect(again.body.detail).toBe('services "my-service" not found');
    });
  });

  describe('concurrency', () => {
    it('50 concurrent applies all succeed, bump the revision 50 times and never share a Pod IP', async () => {
      const cluster = await newCluster();
      const before = await objects(cluster.id);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api
            .post(`/v1/clusters/${cluster.id}/apply`)
            .type('application/yaml')
            .send(
              `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`,
            ),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      const after = await objects(cluster.id, '?kind=Pod&namespace=default');
      expect(after.revision).toBe(before.revision + 50);
      const ips = after.items.map((p) => p.status.podIP);
      expect(ips).toHaveLength(50);
      expect(new Set(ips).size).toBe(50);
    });
  });

  describe('quotas', () => {
    it('failing: the clusters-per-tenant quota answers 429 with the limit', async () => {
      const small = await startTestApp({ MAX_CLUSTERS_PER_TENANT: '2' });
      try {
        const key = (await small.newTenant('quota')).adminKey;
        const client = as(small.http, key);
        await client.post('/v1/clusters').send({ name: 'one' }).expect(201);
        await client.post('/v1/clusters').send({ name: 'two' }).expect(201);
        const res = await client.post('/v1/clusters').send({ name: 'three' }).expect(429);
        expect(res.body.detail).toContain('limit 2');
      } finally {
        await small.close();
      }
    });
  });

  describe('offline pages', () => {
    it('serves a GraphQL playground whose scripts and styles all come from the app', async () => {
      const page = await request(t.http).get('/graphql').set('Accept', 'text/html').expect(200);
      expect(page.text).toContain('<div id="graphiql">');
      const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThanOrEqual(4);
      expect(page.text).not.toMatch(/https?:\/\//);
      for (const ref of refs) {
        expect(ref.startsWith('/')).toBe(true);
        const asset = await request(t.http).get(ref);
        expect(asset.status).toBe(200);
        expect(asset.body.length ?? asset.text.length).toBeGreaterThan(100);
      }
    });

    it('failing: an asset named after an Object.prototype member is not found', async () => {
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        await request(t.http).get(`/graphql-playground/${name}`).expect(404);
      }
    });

    it('serves the OpenAPI document and Swagger UI at /docs', async () => {
      const doc = await request(t.http).get('/docs/openapi.json').expect(200);
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/v1/clusters', '/v1/clusters/{id}/apply']),
      );
      const ui = await request(t.http).get('/docs/').expect(200);
      expect(ui.text).not.toMatch(/<script[^>]+src="https?:\/\//);
    });
  });
});
