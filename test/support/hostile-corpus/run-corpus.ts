import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { AppSupervisor } from './app-supervisor';
import type { MemoryReply } from './protocol';
import { failure, graphqlInternal, summaryTable, type Failure } from './classify';
import { facadeCorpus } from './facade-routes';
import { graphqlCorpus } from './graphql-routes';
import { VALID_MANIFESTS } from './hostile-documents';
import { bearer, type CorpusContext, type HostileRequest } from './hostile-request';
import { restCorpus } from './rest-routes';
import { resetConnections, send, type Reply } from './send';

export interface CorpusOptions {
  seed: number;
  /** How many hostile requests to generate. */
  size: number;
  /** Stop sending (and report how many were not sent) once this much time has passed. */
  budgetMs: number;
  /** A request slower than this is a failure (and is abandoned). */
  timeoutMs?: number;
  /** RSS after a GC may exceed its reading before the corpus by this fraction. */
  rssTolerance?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface CorpusResult {
  failures: Failure[];
  generated: number;
  sent: number;
  notSentForBudget: number;
  restarts: number;
  durationMs: number;
  perRoute: Map<string, number>;
  slowest: Array<{ route: string; label: string; ms: number }>;
  /** Milliseconds per hostile request, in order sent. */
  latencies: number[];
  /** Milliseconds of the normal request the health checks send: the in-process baseline. */
  normalLatencies: number[];
  memory?: { startRss: number; endRss: number; startHeap: number; endHeap: number; gc: boolean };
  summary: string;
}

const MB = 1024 * 1024;

/** The hostile requests for a seed: the same seed always gives the same list. */
export function generateCorpus(ctx: CorpusContext, seed: number, size: number): HostileRequest[] {
  const all = fc.oneof(
    { weight: 4, arbitrary: restCorpus(ctx) },
    { weight: 3, arbitrary: graphqlCorpus(ctx) },
    { weight: 3, arbitrary: facadeCorpus(ctx) },
  );
  return fc.sample(all, { seed, numRuns: size });
}

/**
 * Runs the hostile-input corpus against the real app (child process, real Postgres): every
 * request must answer below 500 within the timeout, the app must stay healthy (healthz and a
 * normal request), Object.prototype must stay clean, and RSS after a GC must come back within
 * the tolerance. Returns every failure with a stable class signature and a summary table.
 */
export async function runHostileCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const app = new AppSupervisor(options.env);
  await app.start();
  const failures: Failure[] = [];
  const perRoute = new Map<string, number>();
  const slowest: CorpusResult['slowest'] = [];
  const latencies: number[] = [];
  const normalLatencies: number[] = [];
  let sent = 0;
  try {
    const tenant = await app.newTenant();
    const ctx = await createFixtures(app.port, tenant);
    const requests = generateCorpus(ctx, options.seed, options.size);
    log(`hostile corpus: ${requests.length} requests, seed ${options.seed}`);
    const baseline = (await app.probe())?.prototypeKeys ?? [];
    const normal: HostileRequest = {
      route: 'GET /v1/clusters/{id}/dns (normal)',
      label: 'a normal request after a hostile one',
      method: 'GET',
      path: `/v1/clusters/${ctx.clusterId}/dns?name=backend&from=default%2Ffrontend`,
      headers: bearer(ctx.adminKey),
    };
    // The corpus is sent twice and memory compared between the ends of the two passes: the first
    // pass loads every code path and fills the bounded caches (snapshots, parsed documents, JIT),
    // so only growth that repeats with the same input — a leak — shows in the second.
    const warmUp = requests.length;
    const passes = [...requests, ...requests];
    let startMemory: MemoryReply | undefined;
    let memoryValid = true;

    for (const r of passes) {
      if (performance.now() - started > options.budgetMs) break;
      if (sent === warmUp) startMemory = await app.memory();
      sent++;
      perRoute.set(r.route, (perRoute.get(r.route) ?? 0) + 1);
      const reply = await send(app.port, r, timeoutMs);
      latencies.push(reply.ms);
      slowest.push({ route: r.route, label: r.label, ms: reply.ms });
      if (slowest.length > 20) slowest.sort((a, b) => b.ms - a.ms).splice(10);
      const probe = await app.probe();
      const logged = probe?.errors ?? [];
      if (reply.error) {
        const dead = reply.error.startsWith('timeout') ? app.takeExit() : await app.waitExit(500);
        failures.push(
          failure(
            r,
            dead ? 'crash' : reply.error.startsWith('timeout') ? 'timeout' : 'connection',
            reply,
            logged,
            dead,
          ),
        );
      } else if (reply.status >= 500 || graphqlInternal(reply)) {
        failures.push(failure(r, String(reply.status), reply, logged));
      } else if (reply.ms > timeoutMs) {
        failures.push(failure(r, 'slow', reply, logged, `took ${reply.ms} ms`));
      } else if (logged.length > 0) {
        // An answer below 500 that still logged an unexpected exception.
        failures.push(failure(r, `${reply.status} with logged error`, reply, logged));
      }
      if (probe) {
        const added = probe.prototypeKeys.filter((k) => !baseline.includes(k));
        if (added.length > 0 || probe.polluted) {
          failures.push(
            failure(
              r,
              'prototype',
              reply,
              [],
              `prototype changed: ${added.join(', ') || 'polluted'}`,
            ),
          );
          // Later requests would all look guilty: restart on a clean process.
          await app.restart();
          resetConnections();
          memoryValid = false;
          continue;
        }
      }
      if (reply.error || !probe || sent % 25 === 0) {
        // After a timeout the app is likely frozen: do not wait the full timeout twice more.
        const healthy = await checkHealth(
          app.port,
          normal,
          reply.error ? 2000 : timeoutMs,
          normalLatencies,
        );
        if (!healthy.ok) {
          const dead = app.takeExit();
          failures.push(
            failure(r, dead ? 'crash' : 'unhealthy', reply, logged, dead ?? healthy.why),
          );
          log(`app unhealthy after ${r.route} (${r.label}): ${healthy.why}; restarting`);
          await app.restart();
          resetConnections();
          memoryValid = false;
        }
      }
      if (r.cleanup && reply.status > 0 && reply.status < 300)
        await cleanup(app.port, r, reply, ctx);
    }

    let memory: CorpusResult['memory'];
    const endMemory = await app.memory();
    if (startMemory && endMemory) {
      memory = {
        startRss: startMemory.rss,
        endRss: endMemory.rss,
        startHeap: startMemory.heapUsed,
        endHeap: endMemory.heapUsed,
        gc: endMemory.gc,
      };
      const tolerance = 1 + (options.rssTolerance ?? 0.2);
      // Without --expose-gc RSS is noise: bound the heap instead.
      const [start, end, what] = endMemory.gc
        ? [startMemory.rss, endMemory.rss, 'RSS']
        : [startMemory.heapUsed, endMemory.heapUsed, 'heap'];
      if (memoryValid && end > start * tolerance) {
        failures.push({
          route: 'process',
          outcome: 'memory',
          signature: `process | memory | ${what} not back within ${Math.round((tolerance - 1) * 100)} % after GC`,
          area: 'memory',
          label: `${what} ${(start / MB).toFixed(0)} MB → ${(end / MB).toFixed(0)} MB`,
          input: `${sent} requests`,
          status: 0,
          body: '',
          ms: 0,
        });
      }
    }
    return {
      failures,
      generated: requests.length,
      sent,
      notSentForBudget: passes.length - sent,
      restarts: app.restarts,
      durationMs: Math.round(performance.now() - started),
      perRoute,
      slowest: slowest.sort((a, b) => b.ms - a.ms).slice(0, 10),
      latencies,
      normalLatencies,
      memory,
      summary: summaryTable(failures),
    };
  } finally {
    resetConnections();
    await app.stop();
  }
}

async function call(
  port: number,
  method: string,
  path: string,
  key: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<Reply & { json?: any }> {
  const reply = await send(
    port,
    {
      route: 'fixture',
      label: 'fixture',
      method,
      path,
      headers: { ...bearer(key), 'content-type': contentType },
      body:
        body === undefined
          ? undefined
          : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    },
    30_000,
  );
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    json = undefined;
  }
  return { ...reply, json };
}

/** The cluster, objects, exercise and attempt the routes are aimed at. */
async function createFixtures(
  port: number,
  tenant: { adminKey: string; instructorKey: string; learnerKey: string },
): Promise<CorpusContext> {
  const created = await call(port, 'POST', '/v1/clusters', tenant.adminKey, {
    name: 'corpus',
    nodes: 3,
    ingressController: 'ingress-nginx',
  });
  if (created.status !== 201) throw new Error(`fixture cluster: ${created.status} ${created.body}`);
  const clusterId = created.json.id as string;
  const manifests = readFileSync(
    join(__dirname, '../../fixtures/manifests/frontend-backend.yaml'),
    'utf8',
  );
  const applied = await call(
    port,
    'POST',
    `/v1/clusters/${clusterId}/apply`,
    tenant.adminKey,
    manifests,
    'application/yaml',
  );
  if (applied.status !== 200)
    throw new Error(`fixture manifests: ${applied.status} ${applied.body}`);
  for (const manifest of VALID_MANIFESTS) {
    const r = await call(
      port,
      'POST',
      `/v1/clusters/${clusterId}/apply`,
      tenant.adminKey,
      manifest,
    );
    if (r.status !== 200)
      throw new Error(`fixture ${String(manifest.kind)}: ${r.status} ${r.body}`);
  }
  const catalog = await call(port, 'GET', '/v1/exercises', tenant.learnerKey);
  const exerciseSlug = catalog.json.items[0].slug as string;
  const attempt = await call(
    port,
    'POST',
    `/v1/exercises/${exerciseSlug}/attempts`,
    tenant.learnerKey,
  );
  if (attempt.status >= 300) throw new Error(`fixture attempt: ${attempt.status} ${attempt.body}`);
  return { clusterId, ...tenant, exerciseSlug, attemptId: attempt.json.attempt.id as string };
}

async function checkHealth(
  port: number,
  normal: HostileRequest,
  timeoutMs: number,
  latencies: number[],
): Promise<{ ok: boolean; why?: string }> {
  const health = await send(port, { ...normal, path: '/healthz', headers: {} }, timeoutMs);
  if (health.status !== 200)
    return { ok: false, why: `/healthz: ${health.status || health.error}` };
  const answer = await send(port, normal, timeoutMs);
  latencies.push(answer.ms);
  if (answer.status !== 200)
    return {
      ok: false,
      why: `normal request: ${answer.status || answer.error} ${answer.body.slice(0, 200)}`,
    };
  return { ok: true };
}

/** Deletes a cluster a hostile-but-valid create made, so the tenant's quota holds for the run. */
async function cleanup(
  port: number,
  r: HostileRequest,
  reply: Reply,
  ctx: CorpusContext,
): Promise<void> {
  try {
    const body = JSON.parse(reply.body);
    const id = r.cleanup === 'delete-created-cluster' ? body?.id : body?.data?.createCluster?.id;
    if (typeof id === 'string' && id !== ctx.clusterId)
      await call(port, 'DELETE', `/v1/clusters/${id}`, ctx.adminKey);
  } catch {
    // nothing was created
  }
}
