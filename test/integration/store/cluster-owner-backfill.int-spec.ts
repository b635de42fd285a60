import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/store';
import { withDatabase } from '../../support/global-setup';

const MIGRATIONS = join(__dirname, '..', '..', '..', 'prisma', 'migrations');
const OWNERS = '20261203115132_cluster_owners_and_key_expiry';

// Rows written before clusters had owners: after the migration an attempt's cluster belongs to
// its learner's key (when that key still exists) and every other cluster to the tenant's admins.
describe('migration: cluster owners backfill', () => {
  const name = `kns_backfill_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  const url = withDatabase(process.env.TEST_ADMIN_DATABASE_URL!, name);
  const before = mkdtempSync(join(tmpdir(), 'kns-migrations-'));

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    for (const dir of readdirSync(MIGRATIONS).filter((d) => d < OWNERS)) {
      cpSync(join(MIGRATIONS, dir), join(before, dir), { recursive: true });
    }
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(before, { recursive: true, force: true });
  });

  it('gives attempt clusters to their learner keys and leaves the rest to the admins', async () => {
    await runMigrations(url, before);
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const tenant = '11111111-1111-4111-8111-111111111111';
      const ana = '22222222-2222-4222-8222-222222222222';
      const deletedKey = '99999999-9999-4999-8999-999999999999';
      await db.query(`INSERT INTO tenants (id, name) VALUES ($1, 'school')`, [tenant]);
      await db.query(
        `INSERT INTO api_keys (id, tenant_id, name, role, prefix, hash) VALUES ($1, $2, 'ana', 'learner', 'p', 'h')`,
        [ana, tenant],
      );
      const cluster = async (id: string, clusterName: string) =>
        db.query(`INSERT INTO clusters (id, tenant_id, name, config) VALUES ($1, $2, $3, '{}')`, [
          id,
          tenant,
          clusterName,
        ]);
      await cluster('33333333-3333-4333-8333-333333333333', 'attempt');
      await cluster('44444444-4444-4444-8444-444444444444', 'plain');
      await cluster('55555555-5555-4555-8555-555555555555', 'orphan-attempt');
      const attempt = async (id: string, key: string, clusterId: string) =>
        db.query(
          `INSERT INTO attempts (id, tenant_id, exercise_slug, exercise_version, learner_key_id, learner_name, cluster_id)
           VALUES ($1, $2, 'x', 1, $3, 'someone', $4)`,
          [id, tenant, key, clusterId],
        );
      await attempt(
        '66666666-6666-4666-8666-666666666666',
        ana,
        '33333333-3333-4333-8333-333333333333',
      );
      await attempt(
        '77777777-7777-4777-8777-777777777777',
        deletedKey,
        '55555555-5555-4555-8555-555555555555',
      );

      const outcome = await runMigrations(url, MIGRATIONS);
      expect(outcome.applied).toContain(OWNERS);
      const { rows } = await db.query(`SELECT name, owner_key_id FROM clusters ORDER BY name`);
      expect(rows).toEqual([
        { name: 'attempt', owner_key_id: ana },
        { name: 'orphan-attempt', owner_key_id: null },
        { name: 'plain', owner_key_id: null },
      ]);
    } finally {
      await db.end();
    }
  });
});
