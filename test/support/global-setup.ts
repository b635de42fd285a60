import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
// globalSetup runs outside Jest's module mapper, so @app/* aliases do not resolve here: import the
// two store modules it needs directly (neither imports another lib).
// eslint-disable-next-line no-restricted-imports
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../libs/store/src/embedded/embedded-postgres';
// eslint-disable-next-line no-restricted-imports
import { runMigrations } from '../../libs/store/src/migrations/runner';

declare global {
  var __KNS_EMBEDDED_PG__: EmbeddedDatabase | undefined;
}

/** Replaces the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Every e2e run gets its own database, created here and dropped in global-teardown:
 * on the server of DATABASE_URL when set, else on an embedded PostgreSQL started for the run.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres(join(tmpdir(), `kns-test-pg-${process.pid}`));
    globalThis.__KNS_EMBEDDED_PG__ = embedded;
    adminUrl = embedded.connectionString;
  }
  const name = `kns_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  await runMigrations(url, join(__dirname, '..', '..', 'prisma', 'migrations'));
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_DATABASE_URL = url;
}
