import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig } from '../../../apps/api/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';

/**
 * A process whose database is gone: liveness says so (instead of 200 while every request fails),
 * and each failing request is a 500 naming a request id that the log line carries with the stack
 * (and never the caller's key).
 */
describe('honest health and server faults, with the database unreachable', () => {
  let app: NestExpressApplication;
  let dataDir: string;
  const logged: string[] = [];
  const key = 'kns_secret-key-that-must-not-be-logged';
  let restoreStdout: () => void;

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
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    restoreStdout = () => {
      process.stdout.write = write;
    };
  });
  afterAll(async () => {
    restoreStdout();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('failing: /healthz and /readyz answer 503 when the database does not answer', async () => {
    const live = await request(app.getHttpServer()).get('/healthz').expect(503);
    expect(live.body).toMatchObject({ status: 'failing', prototypes: 'ok' });
    expect(live.body.database).toMatch(/not reachable|did not answer/);
    await request(app.getHttpServer()).get('/readyz').expect(503);
  });

  it('failing: a request that hits the fault is a 500 with X-Request-Id, the same id in the body and the log', async () => {
    const res = await request(app.getHttpServer())
      .get('/v1/clusters')
      .set('Authorization', `Bearer ${key}`)
      .expect(500);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toBeTruthy();
    const problem = JSON.parse(res.text);
    expect(problem).toMatchObject({ status: 500, code: 'InternalError', requestId });
    expect(problem.detail).not.toMatch(/prisma|ECONNREFUSED|127\.0\.0\.1/i);
    const faultLine = logged.find((l) => l.includes(`request ${requestId} failed`));
    expect(faultLine).toBeDefined();
    expect(JSON.parse(faultLine as string).stack).toMatch(/\n\s+at /);
    expect(logged.join('')).not.toContain(key);
  });

  it('failing: the kubectl facade answers a 500 Status, GraphQL an InternalError with the request id', async () => {
    const facade = await request(app.getHttpServer())
      .get('/v1/clusters/x/k8s/api')
      .set('Authorization', `Bearer ${key}`)
      .expect(500);
    expect(facade.body).toMatchObject({ kind: 'Status', reason: 'InternalError', code: 500 });
    expect(facade.headers['x-request-id']).toBeTruthy();
    const gql = await request(app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${key}`)
      .send({ query: '{ clusters { id } }' });
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
