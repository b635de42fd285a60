import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * The Kubernetes facade at the HTTP level: the protocol details docs/kubectl-protocol.md measured (content
 * types, Status errors, Tables, dry runs, conflicts, scale, watches) that kubectl relies on
 * without showing them.
 */
describe('Kubernetes facade protocol', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;
  let base: string;

  const k8s = () => {
    const auth = { Authorization: `Bearer ${key}` };
    return {
      get: (path: string) => request(t.http).get(`${base}${path}`).set(auth),
      post: (path: string) => request(t.http).post(`${base}${path}`).set(auth),
      put: (path: string) => request(t.http).put(`${base}${path}`).set(auth),
      patch: (path: string) => request(t.http).patch(`${base}${path}`).set(auth),
      delete: (path: string) => request(t.http).delete(`${base}${path}`).set(auth),
    };
  };
  const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
  const service = (name: string, extra: Record<string, unknown> = {}) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: { app: name } },
    spec: { selector: { app: name }, ports: [{ port: 80 }] },
    ...extra,
  });
  const revision = async () =>
    (await as(t.http, key).get(`/v1/clusters/${clusterId}`)).body.revision as number;

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    key = (await t.newTenant('facade')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'facade' })).body.id;
    base = `/v1/clusters/${clusterId}/k8s`;
  });
  afterAll(() => t.close());

  it('failing: no token or a bad token is a 401 Status', async () => {
    for (const auth of [undefined, 'Bearer nope']) {
      const req = request(t.http).get(`${base}/api`);
      const res = await (auth ? req.set('Authorization', auth) : req);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    }
  });

  it('successful: discovery answers v2, v2beta1 or legacy by Accept, and OpenAPI v2/v3', async () => {
    const v2 = await k8s()
      .get('/apis')
      .set(
        'Accept',
        'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json',
      );
    expect(v2.headers['content-type']).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    expect(
      JSON.parse(v2.text).items.map((i: { metadata: { name: string } }) => i.metadata.name),
    ).toEqual(expect.arrayContaining(['apps', 'networking.k8s.io', 'discovery.k8s.io']));
    const beta = await k8s()
      .get('/api')
      .set('Accept', 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList');
    expect(beta.headers['content-type']).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList',
    );
    const legacy = await k8s().get('/api').set('Accept', 'application/json, */*');
    expect(legacy.body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const resources = await k8s().get('/apis/apps/v1');
    expect(resources.body.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'deployments/scale', kind: 'Scale', group: 'autoscaling' }),
      ]),
    );

    const v2doc = await k8s().get('/openapi/v2');
    expect(v2doc.status).toBe(200);
    expect(v2doc.headers['content-type']).toBe('application/octet-stream');
    expect(v2doc.headers['content-length']).toBe('0');
    const index = await k8s().get('/openapi/v3');
    const url: string = index.body.paths['api/v1'].serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/api\/v1\?hash=[0-9A-F]+$/);
    const doc = await k8s().get(url);
    const patch = doc.body.paths['/api/v1/namespaces/{namespace}/services/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({
      group: '',
      version: 'v1',
      kind: 'Service',
    });
    expect(patch.parameters.map((p: { name: string }) => p.name)).toContain('fieldValidation');

    expect((await k8s().get('/apis/batch/v1/jobs')).body).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
      code: 404,
    });
  });

  it('successful: Lists carry the cluster revision; Tables carry rows with objects', async () => {
    const list = await k8s().get('/api/v1/namespaces/kube-system/services');
    expect(list.body).toMatchObject({
      kind: 'ServiceList',
      apiVersion: 'v1',
      metadata: { resourceVersion: String(await revision()) },
    });
    const tableRes = await k8s()
      .get('/api/v1/services?includeObject=Object&labelSelector=k8s-app%3Dkube-dns')
      .set('Accept', TABLE);
    expect(tableRes.headers['content-type']).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const tbl = JSON.parse(tableRes.text);
    expect(tbl.kind).toBe('Table');
    expect(tbl.columnDefinitions.map((c: { name: string }) => c.name)).toEqual([
      'Name',
      'Type',
      'Cluster-IP',
      'External-IP',
      'Port(s)',
      'Age',
      'Selector',
    ]);
    expect(tbl.rows).toHaveLength(1);
    expect(tbl.rows[0].cells.slice(0, 5)).toEqual([
      'kube-dns',
      'ClusterIP',
      '10.96.0.10',
      '<none>',
      '53/UDP,53/TCP,9153/TCP',
    ]);
    expect(tbl.rows[0].object.kind).toBe('Service');
    const meta = JSON.parse(
      (await k8s().get('/api/v1/namespaces/kube-system/services/kube-dns').set('Accept', TABLE))
        .text,
    );
    expect(meta.rows[0].object).toMatchObject({
      kind: 'PartialObjectMetadata',
      metadata: { name: 'kube-dns', namespace: 'kube-system' },
    });
  });

  it('successful: create, dry run, update with a resourceVersion precondition', async () => {
    const before = await revision();
    const dry = await k8s()
      .post('/api/v1/namespaces/default/services?dryRun=All')
      .send(service('dry'));
    expect(dry.status).toBe(201);
    expect(dry.body.spec.clusterIP).toMatch(/^10\./);
    expect(await revision()).toBe(before);
    expect((await k8s().get('/api/v1/namespaces/default/services/dry')).status).toBe(404);

    const created = await k8s().post('/api/v1/namespaces/default/services').send(service('api'));
    expect(created.status).toBe(201);
    const again = await k8s().post('/api/v1/namespaces/default/services').send(service('api'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      reason: 'AlreadyExists',
      message: 'services "api" already exists',
      details: { name: 'api', kind: 'services' },
    });

    const stale = { ...created.body, metadata: { ...created.body.metadata, resourceVersion: '1' } };
    stale.metadata.labels = { app: 'api', tier: 'x' };
    const conflict = await k8s().put('/api/v1/namespaces/default/services/api').send(stale);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ reason: 'Conflict', code: 409 });
    expect(conflict.body.message).toContain('Operation cannot be fulfilled on services "api"');
    const fresh = {
      ...stale,
      metadata: { ...stale.metadata, resourceVersion: created.body.metadata.resourceVersion },
    };
    const updated = await k8s().put('/api/v1/namespaces/default/services/api').send(fresh);
    expect(updated.status).toBe(200);
    expect(updated.body.metadata.labels).toEqual({ app: 'api', tier: 'x' });
    expect(updated.body.spec.clusterIP).toBe(created.body.spec.clusterIP);

    const invalid = await k8s()
      .post('/api/v1/namespaces/default/services')
      .send(service('bad', { spec: { ports: [{ port: 70000, targetPort: 80 }] } }));
    expect(invalid.status).toBe(422);
    expect(invalid.body.details.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'spec.ports[0].port',
        message: 'Invalid value: 70000: must be between 1 and 65535, inclusive',
      },
    ]);

    const readOnly = await k8s()
      .post('/api/v1/namespaces/default/endpoints')
      .send({ metadata: { name: 'ep' } });
    expect(readOnly.body).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
  });

  it('successful: server-side apply creates from YAML, then conflicts and forces', async () => {
    const yaml =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: ssa\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n';
    const created = await k8s()
      .patch('/api/v1/namespaces/default/services/ssa?fieldManager=lab')
      .set('Content-Type', 'application/apply-patch+yaml')
      .send(yaml);
    expect(created.status).toBe(201);
    expect(created.body.metadata.managedFields[0]).toMatchObject({
      manager: 'lab',
      operation: 'Apply',
    });
    const other = yaml.replace('8080', '9090');
    const conflict = await k8s()
      .patch('/api/v1/namespaces/default/services/ssa?fieldManager=other')
      .set('Content-Type', 'application/apply-patch+yaml')
      .send(other);
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toBe(
      'Apply failed with 1 conflict: conflict with "lab": .spec.ports[port=80,protocol="TCP"].targetPort',
    );
    const forced = await k8s()
      .patch('/api/v1/namespaces/default/services/ssa?fieldManager=other&force=true')
      .set('Content-Type', 'application/apply-patch+yaml')
      .send(other);
    expect(forced.status).toBe(200);
    expect(forced.body.spec.ports[0].targetPort).toBe(9090);

    const unknownType = await k8s()
      .patch('/api/v1/namespaces/default/services/ssa')
      .set('Content-Type', 'text/plain')
      .send('x');
    expect(unknownType.body).toMatchObject({ reason: 'UnsupportedMediaType', code: 415 });
  });

  it('successful: deployments/{name}/scale GET, merge PATCH and PUT', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx' }] },
        },
      },
    };
    expect(
      (await k8s().post('/apis/apps/v1/namespaces/default/deployments').send(deployment)).status,
    ).toBe(201);
    const path = '/apis/apps/v1/namespaces/default/deployments/web/scale';
    expect((await k8s().get(path)).body).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 1 },
      status: { replicas: 1, selector: 'app=web' },
    });
    const patched = await k8s()
      .patch(path)
      .set('Content-Type', 'application/merge-patch+json')
      .send({ spec: { replicas: 3 } });
    expect(patched.body).toMatchObject({
      kind: 'Scale',
      spec: { replicas: 3 },
      status: { replicas: 3 },
    });
    const put = await k8s()
      .put(path)
      .send({
        kind: 'Scale',
        apiVersion: 'autoscaling/v1',
        metadata: { name: 'web' },
        spec: { replicas: 2 },
      });
    expect(put.body.spec.replicas).toBe(2);
    const pods = await k8s().get('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb');
    // The Pod scaled away is Terminating for its grace period.
    const live = pods.body.items.filter(
      (p: { metadata: { deletionTimestamp?: string } }) => !p.metadata.deletionTimestamp,
    );
    expect(live).toHaveLength(2);

    const events = await k8s().get(
      `/api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DDeployment,involvedObject.name%3Dweb`,
    );
    expect(events.body.kind).toBe('EventList');
    expect(events.body.items.map((e: { reason: string }) => e.reason)).toContain(
      'ScalingReplicaSet',
    );
    expect(
      events.body.items.every(
        (e: { involvedObject: { name: string; kind: string } }) =>
          e.involvedObject.name === 'web' && e.involvedObject.kind === 'Deployment',
      ),
    ).toBe(true);

    const deleted = await k8s()
      .delete('/apis/apps/v1/namespaces/default/deployments/web')
      .send({ propagationPolicy: 'Background' });
    expect(deleted.body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    const missing = await k8s().get('/apis/apps/v1/namespaces/default/deployments/web');
    expect(missing.body).toMatchObject({
      message: 'deployments.apps "web" not found',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
  });

  it('successful: a watch sends headers at once, synthetic ADDED for rv 0, then changes as Tables', async () => {
    const { response, lines, close } = await openWatch(
      t.httpsPort as number,
      `${base}/api/v1/namespaces/default/services?watch=true&resourceVersion=0`,
      key,
      TABLE,
    );
    try {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
      const first = JSON.parse((await lines(1))[0]);
      expect(first.type).toBe('ADDED');
      expect(first.object.kind).toBe('Table');
      expect(first.object.columnDefinitions.length).toBeGreaterThan(0);
      const seen = (await lines(1)).length;
      await k8s().post('/api/v1/namespaces/default/services').send(service('watched'));
      const all = await lines(seen + 1, (l) => l.includes('"watched"'));
      const added = JSON.parse(all.find((l) => l.includes('"watched"')) as string);
      expect(added.type).toBe('ADDED');
      expect(added.object.columnDefinitions).toEqual([]);
      expect(added.object.rows[0].cells[0]).toBe('watched');
      await k8s().delete('/api/v1/namespaces/default/services/watched').send({});
      const after = await lines(0, (l) => l.includes('"DELETED"'));
      expect(after.some((l) => l.includes('"DELETED"') && l.includes('"watched"'))).toBe(true);
    } finally {
      close();
    }
  });
});

/** Opens a watch over HTTPS and collects its lines (the test CA is not trusted: no verify). */
async function openWatch(port: number, path: string, key: string, accept: string) {
  const collected: string[] = [];
  let buffer = '';
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        rejectUnauthorized: false,
        headers: { Authorization: `Bearer ${key}`, Accept: accept },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
  response.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    collected.push(...parts.filter((p) => p.trim() !== ''));
  });
  const lines = async (min: number, until?: (line: string) => boolean) => {
    const deadline = Date.now() + 10_000;
    while (collected.length < min || (until && !collected.some(until))) {
      if (Date.now() > deadline) throw new Error(`watch lines so far:\n${collected.join('\n')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return collected;
  };
  return { response, lines, close: () => response.destroy() };
}
