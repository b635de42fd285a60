import { Client } from 'pg';
import type { Db } from '../prisma-client';
import { CHANGE_CHANNEL, formatChange, parseChange, type ChangeEvent } from './change-event';

type Queryable = Pick<Db, '$executeRaw'>;

/**
 * Sends `event` to every replica. Inside a transaction Postgres delivers it on commit and drops
 * it on rollback, so a listener never hears of a write that did not happen.
 */
export async function publishChange(db: Queryable, event: ChangeEvent): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${formatChange(event)})`;
}

export interface ChangeNotifierOptions {
  /** First reconnect delay; doubles per failed attempt up to maxBackoffMs (with jitter). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  log?: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

interface RevisionWaiter {
  revision: number;
  resolve: (seen: boolean) => void;
}

/** Bound on remembered cluster revisions; past it the map starts over (costs revision checks). */
const MAX_REMEMBERED = 100_000;

/**
 * One dedicated Postgres session per process, outside the Prisma pool, LISTENing on the change
 * channel: it wakes watches and invalidates caches when any replica commits a write. While it is
 * disconnected `connected` is false (callers fall back to asking the database); it reconnects with
 * exponential backoff, and after a reconnect it forgets what it knew and tells `onResync`
 * listeners, since notifications sent during the gap are lost.
 */
export class ChangeNotifier {
  private client?: Client;
  private isConnected = false;
  private epochValue = 0;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private failures = 0;
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private readonly revisions = new Map<string, number>();
  private readonly waiters = new Map<string, RevisionWaiter[]>();
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly log: NonNullable<ChangeNotifierOptions['log']>;

  constructor(
    private readonly connectionString: string,
    options: ChangeNotifierOptions = {},
  ) {
    this.minBackoffMs = options.minBackoffMs ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.log = options.log ?? (() => undefined);
  }

  /** True while LISTENing: notifications from every replica are arriving. */
  get connected(): boolean {
    return this.isConnected;
  }

  /** Bumped on every (re)connect: state learnt in an earlier epoch may have missed changes. */
  get epoch(): number {
    return this.epochValue;
  }

  /** Connects; resolves after the first attempt whether or not it succeeded (retries continue). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.markDisconnected();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** The newest revision announced for the cluster in this epoch (MAX_SAFE_INTEGER once deleted). */
  lastRevision(clusterId: string): number | undefined {
    return this.revisions.get(clusterId);
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /**
   * Resolves true once the cluster's revision `revision` (or a later one) has been announced,
   * false after `timeoutMs` or when disconnected. A writer awaits its own notification before
   * acknowledging, so the other replicas (signalled by the same commit) have it too.
   */
  waitForRevision(clusterId: string, revision: number, timeoutMs: number): Promise<boolean> {
    if ((this.revisions.get(clusterId) ?? -1) >= revision) return Promise.resolve(true);
    if (!this.isConnected) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: RevisionWaiter = {
        revision,
        resolve: (seen) => {
          clearTimeout(timer);
          resolve(seen);
        },
      };
      const timer = setTimeout(() => {
        const list = this.waiters.get(clusterId) ?? [];
        this.waiters.set(
          clusterId,
          list.filter((w) => w !== waiter),
        );
        resolve(false);
      }, timeoutMs);
      this.waiters.set(clusterId, [...(this.waiters.get(clusterId) ?? []), waiter]);
    });
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL) this.deliver(parseChange(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.revisions.clear();
    this.epochValue += 1;
    this.isConnected = true;
    this.log(this.epochValue > 1 ? 'info' : 'debug', 'change notifier listening');
    if (this.epochValue > 1) for (const listener of [...this.resyncListeners]) listener();
  }

  private lost(client: Client, error?: Error): void {
    if (this.client && this.client !== client) return;
    const wasConnected = this.isConnected;
    this.client = undefined;
    this.markDisconnected();
    if (this.stopped || this.retryTimer) return;
    if (wasConnected) this.log('warn', `change notifier lost its connection: ${error?.message}`);
    const delay = Math.min(this.maxBackoffMs, this.minBackoffMs * 2 ** this.failures);
    this.failures += 1;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        void this.connect();
      },
      delay * (0.5 + Math.random() / 2),
    );
    this.retryTimer.unref();
  }

  private markDisconnected(): void {
    this.isConnected = false;
    for (const list of this.waiters.values()) for (const w of list) w.resolve(false);
    this.waiters.clear();
  }

  private deliver(event: ChangeEvent | undefined): void {
    if (!event) return;
    if (event.kind === 'cluster' || event.kind === 'clusterDeleted') {
      if (this.revisions.size >= MAX_REMEMBERED) {
        // Forgetting is safe only as a new epoch: readers then re-check revisions.
        this.revisions.clear();
        this.epochValue += 1;
      }
      const revision = event.kind === 'cluster' ? event.revision : Number.MAX_SAFE_INTEGER;
      if ((this.revisions.get(event.clusterId) ?? -1) < revision) {
        this.revisions.set(event.clusterId, revision);
      }
      const waiting = this.waiters.get(event.clusterId);
      if (waiting) {
        const [done, pending] = partition(waiting, (w) => w.revision <= revision);
        if (pending.length) this.waiters.set(event.clusterId, pending);
        else this.waiters.delete(event.clusterId);
        for (const w of done) w.resolve(true);
      }
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.log('warn', `change listener failed: ${(error as Error).message}`);
      }
    }
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
