import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AppMessage, MemoryReply, ProbeReply, TenantReply } from './protocol';

/**
 * Starts the real app in a child process (app-process.ts) and restarts it when a request kills
 * or freezes it, so one hang becomes one reported failure instead of a stuck test run.
 */
export class AppSupervisor {
  private child?: ChildProcess;
  private seq = 0;
  private readonly waiting = new Map<number, (reply: AppMessage) => void>();
  port = 0;
  /** How often the app had to be restarted (after a crash or a hang). */
  restarts = 0;
  /** Set when the child exited on its own since the last `takeExit()`. */
  private exited?: string;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async start(): Promise<void> {
    const child = fork(join(__dirname, 'app-process.ts'), [], {
      execArgv: ['--expose-gc', '-r', '@swc-node/register'],
      env: { ...this.env, TZ: 'UTC' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('message', (message: AppMessage) => {
      if (message.type === 'ready') return;
      const resolve = this.waiting.get(message.seq);
      this.waiting.delete(message.seq);
      resolve?.(message);
    });
    // A dead child makes send() fail with EPIPE: that is reported through `exited`, not thrown.
    child.on('error', () => undefined);
    child.on('exit', (code, signal) => {
      if (this.child === child) {
        const lines = stderr.trim().split('\n');
        const last = lines.filter((l) => /Error|FATAL/.test(l)).pop() ?? lines.pop() ?? '';
        this.exited = `app exited (code ${code}, signal ${signal})${last ? `: ${last}` : ''}`;
      }
    });
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`app did not start: ${stderr}`)), 60_000);
      child.on('message', (m: AppMessage) => {
        if (m.type === 'ready') {
          clearTimeout(timer);
          resolve(m.port);
        }
      });
      child.on('exit', (code) => reject(new Error(`app exited ${code} on start: ${stderr}`)));
    });
  }

  /** Kills the child (it may be frozen) and starts a new one on the same database. */
  async restart(): Promise<void> {
    this.restarts++;
    this.kill();
    await this.start();
  }

  /** Waits up to `ms` for the child to exit (a reset connection is often a dying process). */
  async waitExit(ms: number): Promise<string | undefined> {
    const child = this.child;
    if (child && this.alive()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        child.once('exit', () => {
          clearTimeout(timer);
          setImmediate(resolve);
        });
      });
    }
    return this.takeExit();
  }

  /** The reason the app died since the last call, if it did. */
  takeExit(): string | undefined {
    const reason = this.exited;
    this.exited = undefined;
    return reason;
  }

  alive(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  probe(timeoutMs = 5000): Promise<ProbeReply | undefined> {
    return this.ask<ProbeReply>('probe', timeoutMs);
  }

  memory(timeoutMs = 10_000): Promise<MemoryReply | undefined> {
    return this.ask<MemoryReply>('memory', timeoutMs);
  }

  async newTenant(): Promise<TenantReply> {
    const reply = await this.ask<TenantReply>('newTenant', 10_000);
    if (!reply) throw new Error('the app did not create a tenant');
    return reply;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.send({ type: 'stop' }, (error) => {
        if (error) child.kill('SIGKILL');
      });
    });
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
    for (const resolve of this.waiting.values()) resolve(undefined as never);
    this.waiting.clear();
  }

  private ask<T extends AppMessage>(
    type: 'probe' | 'memory' | 'newTenant',
    timeoutMs: number,
  ): Promise<T | undefined> {
    const child = this.child;
    if (!child || !this.alive()) return Promise.resolve(undefined);
    const seq = ++this.seq;
    return new Promise<T | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(seq);
        resolve(undefined);
      }, timeoutMs);
      this.waiting.set(seq, (reply) => {
        clearTimeout(timer);
        resolve(reply as T);
      });
      child.send({ type, seq }, (error) => {
        if (!error) return;
        clearTimeout(timer);
        this.waiting.delete(seq);
        resolve(undefined);
      });
    });
  }
}
