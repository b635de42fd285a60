import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  EMBEDDED_POSTGRES_LOCATION_FILE,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '@app/store';
// eslint-disable-next-line no-restricted-imports
import { packagedBinaries } from '../../../libs/store/src/embedded/postgres-binaries';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// A checkout in a `mktemp -d` directory (mode 0700) started by root: PostgreSQL runs as the
// postgres user, who can enter neither the checkout's node_modules nor its DATA_DIR.
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot('embedded PostgreSQL started by root from a checkout only root can enter', () => {
  let privateDir: string;
  let sharedRoot: string;
  let nativeDir: string;
  let dataDir: string;
  const started: EmbeddedDatabase[] = [];
  let firstPgDir = '';

  beforeAll(() => {
    privateDir = mkdtempSync(join(tmpdir(), 'kns-private-'));
    chmodSync(privateDir, 0o700);
    sharedRoot = mkdtempSync(join(tmpdir(), 'kns-shared-'));
    chmodSync(sharedRoot, 0o755);
    // The package's binaries, hard-linked into the private directory as npm ci would place them.
    nativeDir = join(privateDir, 'native');
    execFileSync('cp', ['-a', '-l', packagedBinaries().nativeDir, nativeDir]);
    dataDir = join(privateDir, 'repo', '.data');
  });

  afterAll(async () => {
    for (const db of started) await db.stop();
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(sharedRoot, { recursive: true, force: true });
  });

  const start = async () => {
    const db = await startEmbeddedPostgres(dataDir, {
      binaries: { nativeDir, version: 'under-test' },
      sharedRoot,
    });
    started.push(db);
    return db;
  };

  it('starts, keeps its data across restarts, and says where the data lives', async () => {
    const first = await start();
    expect(first.attached).toBe(false);
    firstPgDir = first.pgDir;
    expect(first.pgDir.startsWith(join(sharedRoot, 'data'))).toBe(true);
    const recorded = readFileSync(join(dataDir, EMBEDDED_POSTGRES_LOCATION_FILE), 'utf8');
    expect(recorded.split('\n')[0]).toBe(first.pgDir);
    await query(first.connectionString, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)');

    // A second process on the same DATA_DIR (tenant:create beside npm start) joins the server.
    const second = await start();
    expect(second.attached).toBe(true);
    expect(second.connectionString).toBe(first.connectionString);
    await second.stop();
    expect(await query(first.connectionString, 'SELECT v FROM kept')).toEqual([{ v: 7 }]);

    await first.stop();
    const restarted = await start();
    expect(restarted.attached).toBe(false);
    expect(restarted.pgDir).toBe(first.pgDir);
    expect(await query(restarted.connectionString, 'SELECT v FROM kept')).toEqual([{ v: 7 }]);
  });

  it('gives another DATA_DIR its own database', async () => {
    const other = await startEmbeddedPostgres(join(privateDir, 'other', '.data'), {
      binaries: { nativeDir, version: 'under-test' },
      sharedRoot,
    });
    started.push(other);
    expect(other.pgDir).not.toBe(firstPgDir);
    await expect(query(other.connectionString, 'SELECT v FROM kept')).rejects.toThrow(
      /relation "kept" does not exist/,
    );
  });

  it('starts from an empty database when DATA_DIR is deleted, as with the data in DATA_DIR/pg', async () => {
    for (const db of started.splice(0)) await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    const fresh = await start();
    expect(fresh.pgDir).not.toBe(firstPgDir);
    await expect(query(fresh.connectionString, 'SELECT v FROM kept')).rejects.toThrow(
      /relation "kept" does not exist/,
    );
  });
});
