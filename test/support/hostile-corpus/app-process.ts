/**
 * The real app in a child process for the hostile-input corpus. A request that blocks the event
 * loop (a hang in the engine) must not freeze the harness, so the app runs here and the harness
 * (see app-supervisor.ts) can time out, kill and restart it. Over IPC it answers probes the
 * harness cannot make over HTTP: errors the app logged, whether Object.prototype is still
 * clean, and memory after a GC.
 *
 * Run by the harness: node --expose-gc -r @swc-node/register app-process.ts (TEST_DATABASE_URL set).
 */
import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import { startTestApp } from '../app';
import type { AddressInfo } from 'node:net';
import type { ProbeReply, SupervisorMessage } from './protocol';

const logged: string[] = [];
const describe = (value: unknown): string =>
  value instanceof Error ? (value.stack ?? `${value.name}: ${value.message}`) : String(value);

/** Nest's Logger instances delegate to this one, so `logger.error(exception)` lands here. */
const capturingLogger: LoggerService = {
  log: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  verbose: () => undefined,
  error: (message: unknown, ...rest: unknown[]) => {
    logged.push([message, ...rest].map(describe).join('\n'));
  },
  fatal: (message: unknown) => {
    logged.push(describe(message));
  },
};

/** Own keys of the prototypes an attacker would pollute, to compare with the first reading. */
const prototypeKeys = (): string[] =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto, i) =>
    Reflect.ownKeys(proto).map((k) => `${i}:${String(k)}`),
  );

async function main(): Promise<void> {
  // HTTPS too, so the kubeconfig route answers as in production.
  // One key sends every request: the rate limit (tested on its own) would turn the
  // corpus into a stream of 429s and the health probe's normal request into one.
  const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '0' }, { https: true });
  t.app.useLogger(capturingLogger);
  await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  const port = (t.http.address() as AddressInfo).port;
  const gc = (globalThis as { gc?: () => void }).gc;

  process.on('message', async (message: SupervisorMessage) => {
    if (message.type === 'probe') {
      const reply: ProbeReply = {
        type: 'probe',
        seq: message.seq,
        errors: logged.splice(0),
        prototypeKeys: prototypeKeys(),
        polluted: ({} as Record<string, unknown>).polluted !== undefined,
      };
      process.send?.(reply);
    } else if (message.type === 'memory') {
      // Twice: the first pass frees what finalizers of the first would release.
      gc?.();
      gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send?.({ type: 'memory', seq: message.seq, rss, heapUsed, gc: Boolean(gc) });
    } else if (message.type === 'newTenant') {
      const tenant = await t.newTenant('hostile');
      process.send?.({
        type: 'tenant',
        seq: message.seq,
        id: tenant.id,
        adminKey: tenant.adminKey,
        instructorKey: await tenant.keyFor('instructor'),
        learnerKey: await tenant.keyFor('learner'),
      });
    } else if (message.type === 'stop') {
      await t.close();
      process.exit(0);
    }
  });
  process.send?.({ type: 'ready', port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
