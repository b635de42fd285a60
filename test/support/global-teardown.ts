import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** Drops this run's database and stops the embedded server if the run started one. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  const name = process.env.TEST_DATABASE_NAME;
  if (adminUrl && name) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  if (globalThis.__KNS_EMBEDDED_PG__) {
    await globalThis.__KNS_EMBEDDED_PG__.stop();
    await rm(join(tmpdir(), `kns-test-pg-${process.pid}`), { recursive: true, force: true });
  }
}
