import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';
import { AppSupervisor } from '../../support/hostile-corpus/app-supervisor';
import { openWatch } from '../../support/watch-stream';

jest.setTimeout(120_000);

/**
 * Replica B as its own OS process (the app in a child process, as the hostile corpus runs it)
 * beside replica A in this one, on one database: nothing but PostgreSQL connects them.
 */
describe('two app processes on one database', () => {
  let a: TestApp;
  const b = new AppSupervisor();
  let bUrl: string;
  let key: string;
  let clusterId: string;

  const service = (name: string) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector: { app: name }, ports: [{ port: 80 }] },
  });
  const onB = (path: string, bearer = key) =>
    request(bUrl).get(path).set('Authorization', `Bearer ${bearer}`);

  beforeAll(async () => {
    a = await startTestApp();
    await b.start();
    bUrl = `http://127.0.0.1:${b.port}`;
    key = (await a.newTenant('processes')).adminKey;
    clusterId = (await as(a.http, key).post('/v1/clusters').send({ name: 'shared' }).expect(201))
      .body.id;
  });
  afterAll(async () => {
    await b.stop();
    await a?.close();
  });

  it('successful: a Service created on A is returned by the next read on B, warm cache or not', async () => {
    const endpoints = (name: string) =>
      onB(`/v1/clusters/${clusterId}/services/default/${name}/endpoints`);
    expect((await endpoints('kubernetes')).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      await as(a.http, key)
        .post(`/v1/clusters/${clusterId}/apply`)
        .send(service(`p-${i}`))
        .expect(200);
      expect((await endpoints(`p-${i}`)).status).toBe(200);
    }
  });

  it('successful: a watch on B sees a change made on A within 500 ms', async () => {
    const watch = await openWatch({
      port: b.port,
      path: `/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services?watch=true&resourceVersion=0`,
      key,
      tls: false,
    });
    expect(watch.response.statusCode).toBe(200);
    const seen = (name: string) => watch.lines((l) => l.includes(`"${name}"`));
    try {
      await seen('kubernetes');
      const started = Date.now();
      await as(a.http, key)
        .post(`/v1/clusters/${clusterId}/apply`)
        .send(service('pushed'))
        .expect(200);
      await seen('pushed');
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      watch.close();
    }
  });

  it('failing: a key revoked on A is refused on B within a second', async () => {
    const created = await as(a.http, key)
      .post('/v1/api-keys')
      .send({ name: 'short-lived', role: 'learner' })
      .expect(201);
    const learner = created.body.key as string;
    await onB('/v1/clusters', learner).expect(200); // B now has it cached
    await as(a.http, key).delete(`/v1/api-keys/${created.body.id}`).expect(204);
    const deadline = Date.now() + 1_000;
    let status = 200;
    while (Date.now() < deadline && status !== 401)
      status = (await onB('/v1/clusters', learner)).status;
    expect(status).toBe(401);
  });
});
