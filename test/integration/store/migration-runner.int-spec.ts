import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/store';

const MIGRATIONS = join(__dirname, '..', '..', '..', 'prisma', 'migrations');

/**
 * The migration runner on fresh databases of this run's server: applies prisma/migrations in
 * order with Prisma's ledger and checksums, is idempotent and safe to start twice at once,
 * refuses an edited migration and rolls a failing one back.
 */
describe('migration runner on PostgreSQL', () => {
  const admin = process.env.TEST_ADMIN_DATABASE_URL!;
  const created: string[] = [];
  const dirs: string[] = [];

  async function freshDatabase(): Promise<string> {
    const name = `${process.env.TEST_DATABASE_NAME}_mig_${created.length}`;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    created.push(name);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  }
  async function query<T>(url: string, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const copyOfMigrations = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kns-migrations-'));
    dirs.push(dir);
    cpSync(MIGRATIONS, dir, { recursive: true });
    return dir;
  };
  const names = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  afterAll(async () => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    for (const name of created)
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('successful: applies every migration once, in order, with Prisma’s ledger; a second run applies none', async () => {
    const url = await freshDatabase();
    const first = await runMigrations(url, MIGRATIONS);
    expect(first).toEqual({ applied: names, alreadyApplied: 0 });
    const ledger = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      url,
      'SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(ledger.map((r) => r.migration_name)).toEqual(names);
    for (const row of ledger) {
      const sql = readFileSync(join(MIGRATIONS, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await runMigrations(url, MIGRATIONS)).toEqual({
      applied: [],
      alreadyApplied: names.length,
    });
  });

  it('successful: two processes starting at once apply each migration exactly once', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([
      runMigrations(url, MIGRATIONS),
      runMigrations(url, MIGRATIONS),
    ]);
    expect([...a.applied, ...b.applied].sort()).toEqual(names);
    const rows = await query<{ n: string }>(url, 'SELECT count(*) AS n FROM "_prisma_migrations"');
    expect(Number(rows[0].n)).toBe(names.length);
  });

  it('failing: a migration edited after it was applied is reported, not re-run', async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    await runMigrations(url, dir);
    writeFileSync(join(dir, names[0], 'migration.sql'), '-- edited\n', { flag: 'a' });
    await expect(runMigrations(url, dir)).rejects.toThrow(
      `Migration ${names[0]} was changed after it was applied (checksum differs). Add a new migration instead.`,
    );
  });

  it('failing: a migration that fails is rolled back, ledger row included', async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    const broken = '99990101000000_broken';
    mkdirSync(join(dir, broken));
    writeFileSync(
      join(dir, broken, 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(runMigrations(url, dir)).rejects.toThrow(`Migration ${broken} failed:`);
    const tables = await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
    expect(tables).toEqual([]);
    const ledger = await query<{ migration_name: string }>(
      url,
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(ledger.map((r) => r.migration_name)).toEqual(names);
  });
});
