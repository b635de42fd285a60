import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { Client } from 'pg';
import { parse } from 'yaml';
import { as, startTestApp, type TestApp } from '../../support/app';
import { openWatch } from '../../support/watch-stream';

/**
 * Two stateless replicas on one database (two Nest apps in this Jest process): writes on one
 * are seen by the other's next read, watches are pushed by LISTEN/NOTIFY with no polling,
 * revoked keys stop working everywhere, and both serve one TLS chain.
 */
jest.setTimeout(60_000);

describe('two replicas on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let key: string;
  let clusterId: string;
  let ca: string;

  const service = (name: string) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'default' },
      spec: { selector: { app: name }, ports: [{ port: 80 }] },
    });
  const apply = (t: TestApp, body: string) =>
    as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .set('Content-Type', 'application/json')
      .send(body);

  beforeAll(async () => {
    a = await startTestApp({}, { https: true });
    b = await startTestApp({}, { https: true });
    key = (await a.newTenant('replicas')).adminKey;
    clusterId = (await as(a.http, key).post('/v1/clusters').send({ name: 'shared' }).expect(201))
      .body.id;
    const kubeconfig = await as(a.http, key).get(`/v1/clusters/${clusterId}/kubeconfig`);
    ca = Buffer.from(
      parse(kubeconfig.text).clusters[0].cluster['certificate-authority-data'],
      'base64',
    ).toString();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('successful: a Service created on A is returned by the next read on B, even with a warm cache', async () => {
    const endpoints = (t: TestApp, name: string) =>
      as(t.http, key).get(`/v1/clusters/${clusterId}/services/default/${name}/endpoints`);
    // B caches the cluster at its current revision first.
    expect((await endpoints(b, 'kubernetes')).status).toBe(200);
    expect((await endpoints(b, 'fresh')).status).toBe(404);
    for (let i = 0; i < 5; i++) {
      await apply(a, service(`fresh-${i}`)).expect(200);
      expect((await endpoints(b, `fresh-${i}`)).status).toBe(200);
    }
    await as(a.http, key)
      .delete(`/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services/fresh-0`)
      .expect(200);
    expect((await endpoints(b, 'fresh-0')).status).toBe(404);
  });

  it('successful: a watch on B sees a change made on A within 500 ms', async () => {
    const watch = await openWatch({
      port: b.httpsPort as number,
      path: `/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services?watch=true&resourceVersion=0`,
      key,
      ca,
    });
    expect(watch.response.statusCode).toBe(200);
    try {
      await watch.lines((l) => l.includes('"kubernetes"'));
      const started = Date.now();
      await apply(a, service('pushed')).expect(200);
      await watch.lines((l) => l.includes('"pushed"'));
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      watch.close();
    }
  });

  it('successful: 20 idle watches for 10 s send no query to the database', async () => {
    const watches = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        openWatch({
          port: (i % 2 ? a : b).httpsPort as number,
          path: `/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services?watch=true`,
          key,
          ca,
        }),
      ),
    );
    try {
      const counter = countQueries();
      try {
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        expect(counter.count).toBe(0);
        // One change wakes all 20; readers on each replica share one re-read.
        await apply(a, service('wakes-all')).expect(200);
        await Promise.all(watches.map((w) => w.lines((l) => l.includes('"wakes-all"'))));
        expect(counter.count).toBeLessThan(40);
      } finally {
        counter.restore();
      }
    } finally {
      for (const w of watches) w.close();
    }
  });

  it('failing: a key revoked on A is refused on B within a second', async () => {
    const created = await as(a.http, key)
      .post('/v1/api-keys')
      .send({ name: 'short-lived', role: 'learner' })
      .expect(201);
    const learner = created.body.key as string;
    // Verified once on B, so B has it cached.
    await as(b.http, learner).get('/v1/clusters').expect(200);
    await as(a.http, key).delete(`/v1/api-keys/${created.body.id}`).expect(204);
    const deadline = Date.now() + 1_000;
    let status = 200;
    while (Date.now() < deadline && status !== 401) {
      status = (await as(b.http, learner).get('/v1/clusters')).status;
    }
    expect(status).toBe(401);
  });

  it('successful: the CA in a kubeconfig from A validates B’s serving certificate', async () => {
    for (const port of [a.httpsPort, b.httpsPort]) {
      const res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = httpsRequest(
          { host: 'localhost', port, path: '/healthz', ca, rejectUnauthorized: true },
          resolve,
        );
        req.on('error', reject);
        req.end();
      });
      res.resume();
      expect(res.statusCode).toBe(200);
    }
  });
});

/** Counts every statement any pg client in this process sends (Prisma's pool, the notifier). */
function countQueries(): { readonly count: number; restore(): void } {
  const original = Client.prototype.query;
  let count = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    get count() {
      return count;
    },
    restore: () => {
      Client.prototype.query = original;
    },
  };
}
