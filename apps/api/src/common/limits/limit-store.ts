import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';

/** Limiter options shared by the counters kept in Postgres (table `rate_limits`, a migration). */
export interface PostgresLimitStore {
  pool: Pool;
  tableName: 'rate_limits';
}

/**
 * A small pool of its own for the counters: one short statement per request, bounded waits, so a
 * slow or absent database fails over to the in-memory insurance limiter instead of stalling.
 */
export function createLimitStore(connectionString: string): PostgresLimitStore {
  const pool = new Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { pool, tableName: 'rate_limits' };
}

/**
 * A limiter counted in the shared table, with an in-memory insurance limiter of the same shape
 * that counts in this process while the database cannot answer.
 */
export function sharedLimiter(
  store: PostgresLimitStore,
  options: { keyPrefix: string; points: number; duration: number },
  extra: { inMemoryBlockOnConsumed?: number; clearExpiredByTimeout: boolean },
): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...options,
    ...extra,
    storeClient: store.pool,
    storeType: 'pool',
    tableName: store.tableName,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}
