import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig } from '../../../apps/api/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';
import { ClustersService } from '../../../apps/api/src/clusters/clusters.service';
import { K8sApiService } from '../../../apps/api/src/k8s-api/k8s-api.service';
import { as, startTestApp, type TestApp } from '../../support/app';

/** Collects what the app logs at error level (Nest's Logger delegates to it). */
function capturingLogger(lines: string[]): LoggerService {
  const keep = (...parts: unknown[]) =>
    lines.push(
      parts.map((p) => (p instanceof Error ? (p.stack ?? p.message) : String(p))).join('\n'),
    );
  return {
    log: () => undefined,
    warn: () => undefined,
    debug: () => undefined,
    error: keep,
    fatal: keep,
  };
}

/**
 * A process whose database is gone: liveness says so (instead of 200 while every request fails)
 * and every transport answers 503 with Retry-After — a condition to wait out, not a fault.
 */
describe('honest health, with the database unreachable', () => {
  let app: NestExpressApplication;
  let dataDir: string;
  const key = 'kns_secret-key-that-must-not-be-logged';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kns-nodb-'));
    const config = loadConfig({
      LOG_LEVEL: 'error',
      CREATE_DEMO_TENANT: 'false',
      DATA_DIR: dataDir,
      HTTPS_PORT: '0',
      HOST: '127.0.0.1',
    });
    // Port 1 on loopback: nothing listens, every connection is refused at once.
    app = await createApp(config, 'postgresql://postgres@127.0.0.1:1/gone');
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('failing: /healthz and /readyz answer 503 when the database does not answer', async () => {
    const live = await request(app.getHttpServer()).get('/healthz').expect(503);
    expect(live.body).toMatchObject({ status: 'failing', prototypes: 'ok' });
    expect(live.body.database).toMatch(/not reachable|did not answer/);
    await request(app.getHttpServer()).get('/readyz').expect(503);
  });

  it('failing: REST, the kubectl facade and GraphQL answer 503 with Retry-After, never a 500', async () => {
    const rest = await request(app.getHttpServer())
      .get('/v1/clusters')
      .set('Authorization', `Bearer ${key}`)
      .expect(503);
    expect(rest.headers['retry-after']).toBeTruthy();
    expect(rest.headers['x-request-id']).toBeTruthy();
    expect(JSON.parse(rest.text)).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
    const facade = await request(app.getHttpServer())
      .get('/v1/clusters/x/k8s/api')
      .set('Authorization', `Bearer ${key}`)
      .expect(503);
    expect(facade.body).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable', code: 503 });
    const gql = await request(app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${key}`)
      .send({ query: '{ clusters { id } }' });
    expect(gql.body.errors[0].extensions).toMatchObject({ status: 503 });
  });
});

/**
 * An unknown fault (a bug, stood in for by a service method that throws) is a 500 naming a
 * request id that the log line carries with the stack, never the caller's key or the inner
 * message, on every transport.
 */
describe('server faults', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('faults')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'f' }).expect(201)).body
      .id;
    t.app.useLogger(capturingLogger(logged));
    // createApp buffers logs until listen(); supertest never listens.
    t.app.flushLogs();
    jest
      .spyOn(t.app.get(ClustersService), 'list')
      .mockRejectedValue(new Error('inner detail at 127.0.0.1'));
    jest
      .spyOn(t.app.get(K8sApiService), 'handle')
      .mockRejectedValue(new Error('inner detail at 127.0.0.1'));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('failing: REST answers 500 with X-Request-Id, the same id in the body and the logged stack', async () => {
    const res = await as(t.http, key).get('/v1/clusters').expect(500);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toBeTruthy();
    const problem = JSON.parse(res.text);
    expect(problem).toMatchObject({ status: 500, code: 'InternalError', requestId });
    expect(problem.detail).not.toMatch(/inner detail|127\.0\.0\.1/);
    const faultLine = logged.find((l) => l.includes(`request ${requestId} failed`));
    expect(faultLine).toMatch(/\n\s+at /);
    expect(logged.join('')).not.toContain(key);
  });

  it('failing: the kubectl facade answers a 500 Status, GraphQL an InternalError with the request id', async () => {
    const facade = await as(t.http, key)
      .get(`/v1/clusters/${clusterId}/k8s/api/v1/pods`)
      .expect(500);
    expect(facade.body).toMatchObject({ kind: 'Status', reason: 'InternalError', code: 500 });
    expect(facade.headers['x-request-id']).toBeTruthy();
    const gql = await as(t.http, key).graphql('{ clusters { id } }');
    const [error] = gql.body.errors;
    expect(error.extensions).toMatchObject({
      code: 'InternalError',
      status: 500,
      requestId: gql.headers['x-request-id'],
    });
    expect(error.message).toBe('the server failed to handle this request; it has been logged');
    expect(logged.join('')).not.toContain(key);
  });
});
