/**
 * Cached-read throughput (issue 12): authenticated REST reads that a warm replica answers from
 * its caches — a DNS lookup, a Service's endpoints, a reachability trace — measured as requests
 * per second against `/healthz` (no auth, no database) in the same run, through the real app on
 * a real PostgreSQL (DATABASE_URL's server, else an embedded one), over keep-alive HTTP with a
 * fixed number of concurrent clients. Also prints the database statements each read cost.
 * Target: every ratio ≥ 0.5.
 *
 * Run: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
 *        node -r @swc-node/register test/bench/cached-reads.bench.ts
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import {
  ChangeNotifier,
  ClusterRepository,
  runMigrations,
  startEmbeddedPostgres,
  TenantRepository,
  type EmbeddedDatabase,
} from '@app/store';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';

const CONCURRENCY = 16;
const SECONDS_PER_TARGET = 1.5;
const ROUNDS = 3;

const MANIFEST = JSON.stringify({
  apiVersion: 'v1',
  kind: 'List',
  items: [
    ...['frontend', 'backend'].map((app) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: app, labels: { app } },
      spec: { containers: [{ name: app, image: 'nginx', ports: [{ containerPort: 80 }] }] },
    })),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'backend' },
      spec: { selector: { app: 'backend' }, ports: [{ name: 'http', port: 80 }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-frontend' },
      spec: {
        podSelector: { matchLabels: { app: 'backend' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }] }],
      },
    },
  ],
});

interface Target {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  auth: boolean;
}

/** Keeps CONCURRENCY requests in flight for `seconds`; returns completed 2xx per second. */
async function throughput(port: number, key: string, target: Target, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const headers: Record<string, string> = target.auth ? { Authorization: `Bearer ${key}` } : {};
  if (target.body) headers['Content-Type'] = 'application/json';
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: target.path, method: target.method, agent, headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(target.body);
    });
  let ok = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const status = await once();
        if (status >= 200 && status < 300) ok++;
        else failed++;
      }
    }),
  );
  agent.destroy();
  if (failed > 0) throw new Error(`${target.name}: ${failed} requests failed`);
  return ok / seconds;
}

/** Counts statements sent by every pg client in the process. */
function countStatements(): { read(): number; restore(): void } {
  const original = Client.prototype.query;
  let count = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { read: () => count, restore: () => void (Client.prototype.query = original) };
}

export async function run(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'kns-bench-'));
  chmodSync(scratch, 0o755);
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres(join(scratch, 'pg-data'));
    adminUrl = embedded.connectionString;
  }
  const dbName = `kns_bench_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const app = await createApp(
    // One key sends everything: the per-key rate limit would measure itself, not the reads.
    loadConfig({
      LOG_LEVEL: 'warn',
      CREATE_DEMO_TENANT: 'false',
      DATA_DIR: scratch,
      RATE_LIMIT_PER_MINUTE: '0',
    }),
    (await runMigrations(url.toString(), join(__dirname, '..', '..', 'prisma', 'migrations')),
    url.toString()),
  );
  try {
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const { tenant, key } = await app.get(TenantRepository).createTenant('bench');
    void tenant;
    const call = (method: string, path: string, body?: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body,
      }).then(async (res) => {
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<Record<string, unknown>>;
      });
    const cluster = await call('POST', '/v1/clusters', JSON.stringify({ name: 'bench' }));
    const id = cluster.id as string;
    await call('POST', `/v1/clusters/${id}/apply`, MANIFEST);

    const healthz: Target = { name: '/healthz', method: 'GET', path: '/healthz', auth: false };
    const reads: Target[] = [
      {
        name: 'DNS',
        method: 'GET',
        path: `/v1/clusters/${id}/dns?from=default/frontend&name=backend&type=A`,
        auth: true,
      },
      {
        name: 'endpoints',
        method: 'GET',
        path: `/v1/clusters/${id}/services/default/backend/endpoints`,
        auth: true,
      },
      {
        name: 'reachability',
        method: 'POST',
        path: `/v1/clusters/${id}/reachability`,
        body: JSON.stringify({
          from: { pod: 'default/frontend' },
          to: { service: 'default/backend' },
          port: 80,
        }),
        auth: true,
      },
    ];
    for (const target of [healthz, ...reads]) await throughput(port, key, target, 0.5); // warm up

    const stats = app.get(ClusterRepository).readStats;
    console.log(
      `concurrency ${CONCURRENCY}, ${ROUNDS} interleaved rounds of ${SECONDS_PER_TARGET} s per target`,
    );
    const measure = async (label: string) => {
      const totals = new Map<string, { requests: number; statements: number }>();
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of [healthz, ...reads]) {
          const counter = countStatements();
          const rps = await throughput(port, key, target, SECONDS_PER_TARGET);
          const statements = counter.read();
          counter.restore();
          const total = totals.get(target.name) ?? { requests: 0, statements: 0 };
          total.requests += rps * SECONDS_PER_TARGET;
          total.statements += statements;
          totals.set(target.name, total);
        }
      }
      const base = totals.get(healthz.name)?.requests ?? 1;
      console.log(
        `\n${label}: /healthz ${(base / (ROUNDS * SECONDS_PER_TARGET)).toFixed(0)} req/s`,
      );
      for (const target of reads) {
        const t = totals.get(target.name) ?? { requests: 0, statements: 0 };
        console.log(
          `  ${target.name.padEnd(13)} ${(t.requests / (ROUNDS * SECONDS_PER_TARGET)).toFixed(0).padStart(6)} req/s` +
            `  ratio ${(t.requests / base).toFixed(2)}  ${(t.statements / t.requests).toFixed(2)} DB statements per read`,
        );
      }
    };
    await measure('notifier connected');
    console.log(
      `  cluster reads: ${stats.notifiedHits} with no query, ${stats.checkedHits} after a revision check, ${stats.misses} loaded`,
    );
    // The behaviour before the notifier (and during a notifier outage): key and revision queried per read.
    await app.get(ChangeNotifier).stop();
    await measure('notifier stopped (key lookup and revision check per read)');
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
