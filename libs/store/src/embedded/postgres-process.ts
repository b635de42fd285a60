import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile, chown } from 'node:fs/promises';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import type { UserIds } from './postgres-user';

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** Messages are matched below, so the server must speak English whatever the machine's locale. */
const childEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' });

/** Runs a binary to completion; rejects with its output when it fails. */
function run(binary: string, args: string[], ids: UserIds | undefined, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...ids, cwd, env: childEnv() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Cannot run ${binary}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${binary} exited with code ${code}:\n${output.trim()}`)),
    );
  });
}

/** initdb: UTF-8, C collation (deterministic ordering), password auth for the fixed local user. */
export async function initialiseCluster(
  binDir: string,
  pgDir: string,
  ids: UserIds | undefined,
): Promise<void> {
  const parent = dirname(pgDir);
  const passwordFile = join(parent, `.pg-password-${process.pid}`);
  await writeFile(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (ids) await chown(passwordFile, ids.uid, ids.gid);
    await run(
      join(binDir, 'initdb'),
      [
        `--pgdata=${pgDir}`,
        `--username=${EMBEDDED_USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      ids,
      parent,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `postgres` on 127.0.0.1:port (TCP only: no Unix socket to collide on in /tmp) and
 * resolves once it accepts connections. Rejects with the server's own words when it exits first
 * (a lock file held by another server, a port in use, a damaged data directory).
 */
export function startServer(
  binDir: string,
  pgDir: string,
  port: number,
  ids: UserIds | undefined,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    join(binDir, 'postgres'),
    [
      '-D',
      pgDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...ids, cwd: dirname(pgDir), env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Never leave an orphaned server behind when this process exits normally.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT'); // fast shutdown
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().finally(() =>
        reject(new Error(`The embedded PostgreSQL did not start: ${reason}\n${output.trim()}`)),
      );
    };
    const timer = setTimeout(
      () => fail(`not ready after ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.on('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`})`));
    const stderr = child.stderr!;
    const onData = (chunk: Buffer) => {
      if (output.length < 64 * 1024) output += chunk.toString();
      if (!settled && output.includes('database system is ready to accept connections')) {
        settled = true;
        clearTimeout(timer);
        stderr.removeListener('data', onData);
        stderr.resume(); // keep draining the server's log so it never blocks on a full pipe
        resolve({ port, stop });
      }
    };
    stderr.on('data', onData);
  });
}

export interface PostmasterInfo {
  pid: number;
  port: number;
}

/** Lines 1 and 4 of postmaster.pid: the server's pid and port (src/include/utils/pidfile.h). */
export function parsePostmasterPid(text: string): PostmasterInfo | undefined {
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  return { pid, port };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The server already running on pgDir (another `npm start`, a crashed run's orphan), if any. */
export async function runningServerOn(pgDir: string): Promise<PostmasterInfo | undefined> {
  const text = await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const info = text === undefined ? undefined : parsePostmasterPid(text);
  if (!info || !processAlive(info.pid)) return undefined;
  return (await acceptsConnections(info.port)) ? info : undefined;
}
