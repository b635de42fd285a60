import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, runMigrations } from '@app/store';
import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';
import { openWatch } from '../../support/watch-stream';

jest.setTimeout(120_000);

interface Outcome {
  phase: 'before' | 'outage' | 'after';
  status: number;
  retryAfter?: string;
  body: unknown;
}

/**
 * PostgreSQL restarts under a bounded write load (an embedded server this test starts and
 * stops itself): requests during the outage are 503 with Retry-After, never 500 or a hang; every
 * acknowledged write survives; the app recovers without a restart, and an open watch resumes.
 */
describe('a PostgreSQL restart under write load', () => {
  let dataDir: string;
  let port: number;
  let pg: PostgresProcess | undefined;
  let t: TestApp;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kns-outage-'));
    // Started by root, PostgreSQL runs as "postgres", which must be able to enter the directory.
    chmodSync(dataDir, 0o755);
    port = await freePort();
    pg = await startPostgres(dataDir, port);
    await runMigrations(
      pg.connectionString,
      join(__dirname, '..', '..', '..', 'prisma', 'migrations'),
    );
    t = await startTestApp({}, { https: true, databaseUrl: pg.connectionString });
  });
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('successful: 503s during the outage, no acknowledged write lost, recovery without restart', async () => {
    const key = (await t.newTenant('outage')).adminKey;
    const api = as(t.http, key);
    const clusterId = (await api.post('/v1/clusters').send({ name: 'outage' }).expect(201)).body
      .id as string;
    const facade = `/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services`;
    const watch = await openWatch({
      port: t.httpsPort as number,
      path: `${facade}?watch=true`,
      key,
    });

    let phase: Outcome['phase'] = 'before';
    let running = true;
    let next = 0;
    const outcomes: Outcome[] = [];
    const acknowledged: string[] = [];
    const record = (res: { status: number; headers: Record<string, string>; body: unknown }) =>
      outcomes.push({
        phase,
        status: res.status,
        retryAfter: res.headers['retry-after'],
        body: res.body,
      });

    const writer = async () => {
      while (running) {
        const name = `w-${next++}`;
        const res = await api
          .post(`/v1/clusters/${clusterId}/apply`)
          .set('Content-Type', 'application/json')
          .send({
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name },
            spec: { ports: [{ port: 80 }] },
          })
          .timeout(10_000);
        record(res);
        if (res.status === 200) acknowledged.push(name);
        else await pause(20);
      }
    };
    const reader = async () => {
      while (running) {
        record(await api.get(facade).timeout(10_000));
        record(
          await api
            .get(`/v1/clusters/${clusterId}/dns?name=kubernetes.default.svc.cluster.local`)
            .timeout(10_000),
        );
        await pause(20);
      }
    };
    const until = async (done: () => boolean, what: string) => {
      const deadline = Date.now() + 30_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await pause(20);
      }
    };
    const workers = [writer(), writer(), reader()];
    try {
      await until(() => acknowledged.length >= 10, '10 writes before the outage');
      phase = 'outage';
      await pg?.stop();
      await until(
        () => outcomes.filter((o) => o.phase === 'outage' && o.status === 503).length >= 6,
        '503s during the outage',
      );
      pg = await startPostgres(dataDir, port);
      const before = acknowledged.length;
      await until(() => acknowledged.length >= before + 10, '10 writes after the restart');
      phase = 'after';
      await until(() => outcomes.filter((o) => o.phase === 'after').length >= 10, 'settling');
    } finally {
      running = false;
      await Promise.all(workers);
    }

    const statuses = new Set(outcomes.map((o) => o.status));
    expect([...statuses].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) expect(o.retryAfter).toBe('1');
    // problem+json says `code`, the facade's Status says `reason`.
    for (const o of unavailable) {
      const body = o.body as { code?: unknown; reason?: unknown };
      expect(body.reason ?? body.code).toBe('ServiceUnavailable');
    }
    expect(outcomes.filter((o) => o.phase === 'after').every((o) => o.status === 200)).toBe(true);

    const listed = await api.get(facade).expect(200);
    const names = new Set(
      (listed.body.items as Array<{ metadata: { name: string } }>).map((s) => s.metadata.name),
    );
    expect(acknowledged.filter((n) => !names.has(n))).toEqual([]);

    // The watch opened before the outage is still open and sees a change made after it.
    await api
      .post(`/v1/clusters/${clusterId}/apply`)
      .set('Content-Type', 'application/json')
      .send({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'after-restart' },
        spec: { ports: [{ port: 80 }] },
      })
      .expect(200);
    await watch.lines((l) => l.includes('"after-restart"'), 15_000);
    // Counted under their route templates, not as unmatched.
    const metrics = await request(t.http).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /http_requests_total\{method="POST",route="\/v1\/clusters\/:id\/apply",status="503"\} [1-9]/,
    );
    watch.close();
  });
});

interface PostgresProcess {
  connectionString: string;
  stop(): Promise<void>;
}

/** The embedded PostgreSQL in a child process (see embedded-postgres-process.ts). */
async function startPostgres(dataDir: string, port: number): Promise<PostgresProcess> {
  const root = join(__dirname, '..', '..', '..');
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      join(root, 'test', 'support', 'embedded-postgres-process.ts'),
      dataDir,
      String(port),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const connectionString = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\S+)/.exec(out);
      if (ready) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
  return {
    connectionString,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
