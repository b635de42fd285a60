/**
 * Runs every `*.bench.ts` in this folder, one after the other in name order, by importing each
 * module and calling its exported `run()`. Exits non-zero when a benchmark throws or has no `run()`.
 *
 * Run: node -r @swc-node/register test/bench/run.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

interface BenchModule {
  run?: () => unknown;
}

export async function runAll(dir: string = __dirname): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file}`);
    const t0 = performance.now();
    try {
      const mod = (await import(join(dir, file))) as BenchModule;
      if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
      await mod.run();
      console.log(`== ${file} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      console.error(`== ${file} FAILED:`, err);
    }
  }
  console.log(`\n${files.length - failed}/${files.length} benchmarks passed`);
  return failed;
}

if (require.main === module) {
  runAll().then(
    (failed) => {
      process.exitCode = failed ? 1 : 0;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
