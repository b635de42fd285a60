/**
 * Hostile-input corpus at bench size (issue 11): the same generator and checks as
 * test/e2e/hostile/hostile-corpus.e2e-spec.ts, with ≥ 10,000 requests and a fresh seed per run
 * unless one is given, against the real app on its own Postgres database (DATABASE_URL's server,
 * else an embedded PostgreSQL). Prints the failure classes, throughput, and the latency of
 * hostile requests as a ratio of the normal request the health checks send (the in-process
 * baseline). Throws when any failure was found, so `npm run bench` reports it.
 *
 * Run: node -r @swc-node/register test/bench/hostile-corpus.bench.ts [size] [seed]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import globalSetup from '../support/global-setup';
import globalTeardown from '../support/global-teardown';
import { runHostileCorpus } from '../support/hostile-corpus/run-corpus';

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

export async function run(): Promise<void> {
  const size = Number(process.argv[2] ?? process.env.HOSTILE_CORPUS_SIZE ?? 10_000);
  const seed = Number(process.argv[3] ?? process.env.HOSTILE_CORPUS_SEED ?? Date.now() % 2 ** 31);
  await globalSetup();
  try {
    const result = await runHostileCorpus({
      seed,
      size,
      budgetMs: 30 * 60_000,
      log: (line) => console.log(line),
    });
    const report = join(tmpdir(), `hostile-corpus-bench-${seed}.json`);
    writeFileSync(
      report,
      JSON.stringify({ ...result, perRoute: Object.fromEntries(result.perRoute) }, null, 2),
    );
    const p50 = quantile(result.latencies, 0.5);
    const p99 = quantile(result.latencies, 0.99);
    const n50 = Math.max(1, quantile(result.normalLatencies, 0.5));
    const n99 = Math.max(1, quantile(result.normalLatencies, 0.99));
    console.log(
      [
        `seed ${seed}: ${result.sent}/${result.generated} requests to ${result.perRoute.size} routes in ${(result.durationMs / 1000).toFixed(1)} s ` +
          `(${((result.sent / result.durationMs) * 1000).toFixed(0)} req/s), ${result.restarts} restarts`,
        `hostile p50 ${p50} ms, p99 ${p99} ms, max ${quantile(result.latencies, 1)} ms; ` +
          `normal request p50 ${n50} ms, p99 ${n99} ms; ratio p50 ${(p50 / n50).toFixed(2)}, p99 ${(p99 / n99).toFixed(2)}`,
        result.memory
          ? `RSS after GC ${(result.memory.startRss / 2 ** 20).toFixed(0)} → ${(result.memory.endRss / 2 ** 20).toFixed(0)} MB, ` +
            `heap ${(result.memory.startHeap / 2 ** 20).toFixed(0)} → ${(result.memory.endHeap / 2 ** 20).toFixed(0)} MB`
          : 'memory not measured',
        `slowest: ${result.slowest
          .slice(0, 5)
          .map((s) => `${s.ms} ms ${s.route} (${s.label})`)
          .join('; ')}`,
        `report: ${report}`,
        '',
        result.summary,
      ].join('\n'),
    );
    if (result.failures.length > 0)
      throw new Error(`${result.failures.length} failures (seed ${seed}); see the table above`);
  } finally {
    await globalTeardown();
  }
}

if (require.main === module) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
