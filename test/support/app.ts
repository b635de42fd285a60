import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { TenantRepository, type Role } from '@app/store';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { listenHttps } from '../../apps/api/src/tls/https-endpoint';

export interface TestApp {
  app: NestExpressApplication;
  /** Port of the HTTPS listener (kubectl), when started with `https: true`. */
  httpsPort?: number;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  /** A new tenant with an admin key; names are unique per call so files never collide. */
  newTenant(prefix?: string): Promise<TestTenant>;
  close(): Promise<void>;
}

export interface TestTenant {
  id: string;
  name: string;
  adminKey: string;
  keyFor(role: Role): Promise<string>;
}

/** The real app on this run's own Postgres database (see global-setup.ts). */
export async function startTestApp(
  overrides: Record<string, string> = {},
  options: { https?: boolean; databaseUrl?: string } = {},
): Promise<TestApp> {
  const url = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run e2e tests through jest (global-setup)');
  const dataDir = mkdtempSync(join(tmpdir(), 'kns-e2e-'));
  const config: AppConfig = loadConfig({
    LOG_LEVEL: 'error',
    CREATE_DEMO_TENANT: 'false',
    DATA_DIR: dataDir,
    HTTPS_PORT: '0',
    HOST: '127.0.0.1',
    // Refused keys are counted per client address in the run's one database, and every suite
    // comes from 127.0.0.1: only the suite that tests the back-off turns it on.
    AUTH_FAILURES_PER_ADDRESS: '0',
    ...overrides,
  });
  const app = await createApp(config, url);
  await app.init();
  const https = options.https ? await listenHttps(app, config) : undefined;
  const tenants = app.get(TenantRepository);
  return {
    app,
    httpsPort: https ? (https.address() as AddressInfo).port : undefined,
    http: app.getHttpServer(),
    async newTenant(prefix = 'tenant') {
      const name = `${prefix}-${randomBytes(4).toString('hex')}`;
      const { tenant, key } = await tenants.createTenant(name);
      return {
        id: tenant.id,
        name,
        adminKey: key,
        keyFor: async (role: Role) =>
          (await tenants.createApiKey(tenant.id, `${role}-key`, role)).key,
      };
    },
    async close() {
      // The app first: closing it ends open watches, which would keep the HTTPS server open.
      await app.close();
      await new Promise((resolve) => {
        if (!https) return resolve(undefined);
        https.close(resolve);
        https.closeAllConnections();
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** supertest with the key as bearer token. */
export function as(http: TestApp['http'], key: string) {
  const auth = { Authorization: `Bearer ${key}` };
  return {
    get: (path: string) => request(http).get(path).set(auth),
    post: (path: string) => request(http).post(path).set(auth),
    delete: (path: string) => request(http).delete(path).set(auth),
    graphql: (query: string, variables: Record<string, unknown> = {}) =>
      request(http).post('/graphql').set(auth).send({ query, variables }),
  };
}
