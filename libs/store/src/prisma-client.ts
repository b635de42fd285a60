import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type PoolConfig } from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = InstanceType<typeof PrismaClient>;

/**
 * Server-side safety nets set on every connection of the pool, so no statement, lock wait or
 * forgotten transaction can hold a cluster's row for long (a timeout surfaces as a retryable
 * error, see store-errors.ts).
 */
export interface DbSessionLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DB_SESSION_LIMITS: DbSessionLimits = {
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 15_000,
};

/** How long a request waits for a pooled connection before it fails (503) instead of hanging. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Connection settings for node-postgres: every connection carries the session limits (sent as
 * startup parameters, so they hold for every statement) and waits a bounded time for a slot.
 */
function poolConfig(connectionString: string, limits: DbSessionLimits): PoolConfig {
  return {
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  };
}

/**
 * A pool the caller owns (and ends). An idle connection dying (a Postgres restart) must not crash
 * the process: the next query reconnects.
 */
export function createPool(
  connectionString: string,
  limits: DbSessionLimits = DEFAULT_DB_SESSION_LIMITS,
): Pool {
  const pool = new Pool(poolConfig(connectionString, limits));
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Prisma 7's engine-free client over node-postgres (docs/stack.md): from a URL (its own pool,
 * ended by `$disconnect`) or over an existing pool.
 */
export function createPrismaClient(
  connection: string | Pool,
  limits: DbSessionLimits = DEFAULT_DB_SESSION_LIMITS,
): Db {
  const adapter =
    typeof connection === 'string'
      ? new PrismaPg(poolConfig(connection, limits))
      : new PrismaPg(connection);
  return new PrismaClient({ adapter });
}
