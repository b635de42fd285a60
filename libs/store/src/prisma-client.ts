import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
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

/**
 * Prisma 7's engine-free client over node-postgres (docs/stack.md): a URL, whose connections get the
 * session limits, or an existing pool (configured by its owner).
 */
export function createPrismaClient(
  connection: string | Pool,
  limits: DbSessionLimits = DEFAULT_DB_SESSION_LIMITS,
): Db {
  const adapter =
    typeof connection === 'string'
      ? new PrismaPg({
          connectionString: connection,
          // Sent as startup parameters: they hold for every statement of every pooled connection.
          statement_timeout: limits.statementTimeoutMs,
          lock_timeout: limits.lockTimeoutMs,
          idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
        })
      : new PrismaPg(connection);
  return new PrismaClient({ adapter });
}
