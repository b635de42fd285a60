import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Db } from '@app/store';
import { DB } from '../../../apps/api/src/database/database.module';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * Fair sharing in a class: per-key request rate (counted in Postgres), open watches per key,
 * back-off after repeated wrong keys, CORS only for configured origins. Small limits so the
 * refusals are reached in a handful of requests.
 */
describe('fair sharing between the keys of a class', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_PER_MINUTE: '5',
      MAX_WATCHES_PER_KEY: '1',
      AUTH_FAILURES_PER_ADDRESS: '3',
      AUTH_FAILURE_WINDOW_SECONDS: '120',
      CORS_ORIGINS: 'https://lab.example.com',
    });
    await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
    port = (t.http.address() as AddressInfo).port;
  });
  afterAll(async () => {
    // The back-off rows are per address (127.0.0.1): leave none for the suites after this one.
    await t.app.get<symbol, Db>(DB).$executeRaw`DELETE FROM rate_limits`;
    await new Promise((resolve) => t.http.close(resolve));
    await t.close();
  });

  it('failing: key A over its rate gets 429 problem+json with Retry-After while key B is unaffected', async () => {
    const a = as(t.http, (await t.newTenant('rate-a')).adminKey);
    const b = as(t.http, (await t.newTenant('rate-b')).adminKey);
    for (let i = 0; i < 5; i++) await a.get('/v1/clusters').expect(200);
    const refused = await a.get('/v1/clusters').expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = JSON.parse(refused.text);
    expect(body).toMatchObject({
      status: 429,
      code: 'TooManyRequests',
      retryAfterSeconds: retryAfter,
    });
    expect(body.detail).toContain('more than 5 requests in a minute');
    await b.get('/v1/clusters').expect(200);
    // GraphQL shares the key's budget: it is one more request of key A.
    expect((await a.graphql('{ clusters { id } }')).status).toBe(429);
  });

  it('failing: over its rate, the kubectl facade answers a Kubernetes Status 429 TooManyRequests', async () => {
    const key = (await t.newTenant('rate-kubectl')).adminKey;
    const cluster = await as(t.http, key).post('/v1/clusters').send({ name: 'rate' }).expect(201);
    const base = `/v1/clusters/${cluster.body.id}/k8s`;
    for (let i = 0; i < 4; i++) await as(t.http, key).get(`${base}/api`).expect(200);
    const refused = await as(t.http, key).get(`${base}/api`).expect(429);
    expect(refused.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'TooManyRequests',
      message: 'Too many requests, please try again later.',
      code: 429,
    });
    expect(refused.body.details.retryAfterSeconds).toBe(Number(refused.headers['retry-after']));
  });

  it('failing: a second open watch of one key is refused with 429 until the first ends', async () => {
    const key = (await t.newTenant('watches')).adminKey;
    const cluster = await as(t.http, key).post('/v1/clusters').send({ name: 'w' }).expect(201);
    const path = `/v1/clusters/${cluster.body.id}/k8s/api/v1/namespaces/default/services?watch=true`;
    const first = await openStream(port, path, key);
    expect(first.statusCode).toBe(200);
    const second = await as(t.http, key).get(path).expect(429);
    expect(second.headers['retry-after']).toBe('1');
    expect(second.body).toMatchObject({ kind: 'Status', reason: 'TooManyRequests', code: 429 });
    const ended = new Promise((resolve) => first.on('close', resolve));
    first.destroy();
    await ended;
    // The slot is free again once the server has seen the client go.
    let third = 429;
    for (let i = 0; i < 20 && third === 429; i++) {
      const res = await as(t.http, key).get(`${path}&timeoutSeconds=1`);
      third = res.status;
      if (third === 429) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(third).toBe(200);
  });

  it('successful: CORS answers only the configured origin', async () => {
    const allowed = await request(t.http)
      .options('/v1/clusters')
      .set('Origin', 'https://lab.example.com')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lab.example.com');
    const other = await request(t.http)
      .options('/v1/clusters')
      .set('Origin', 'https://evil.example.net')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  // Last: from here on 127.0.0.1 is backing off for the rest of this app's life.
  it('failing: after 3 wrong keys from one address, even a good key waits with 429 and Retry-After', async () => {
    const good = (await t.newTenant('backoff')).adminKey;
    for (let i = 0; i < 3; i++) {
      await as(t.http, `kns_wrong${i}`).get('/v1/clusters').expect(401);
    }
    const refused = await as(t.http, 'kns_wrong3').get('/v1/clusters').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text).detail).toContain('wrong API keys came from your address');
    expect(refused.text).not.toContain('kns_wrong');
    await as(t.http, good).get('/v1/clusters').expect(429);
    // Requests without a key (health checks, docs) are not held back.
    await request(t.http).get('/readyz').expect(200);
  });
});

/** Opens a long-running GET and resolves once the response headers arrive. */
function openStream(port: number, path: string, key: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      headers: { Authorization: `Bearer ${key}` },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}
