import { KubeError, KubeErrorCode } from '@app/kube';

/** PostgreSQL SQLSTATEs that mean "busy, try again", with the reason a client is told. */
const RETRYABLE_SQLSTATE: Record<string, string> = {
  '57014': 'a database statement ran past statement_timeout',
  '55P03': 'the cluster was locked by another write past lock_timeout',
  '25P03': 'a transaction stayed idle past idle_in_transaction_session_timeout',
  '40001': 'a concurrent write got in the way',
  '40P01': 'a concurrent write got in the way',
};

/** Prisma's own codes for the same situations (transaction expired, pool exhausted, write conflict). */
const RETRYABLE_PRISMA: Record<string, string> = {
  P2028: 'the database transaction ran past its time limit',
  P2034: 'a concurrent write got in the way',
};

interface PrismaLikeError {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } };
  cause?: { originalCode?: unknown; code?: unknown };
}

/**
 * A database failure that a retry can fix (the pool's statement/lock/idle timeouts, Prisma's
 * transaction timeout, write conflicts) as a KubeError Timeout: the transports answer 504 with
 * "please try again" instead of a generic 500. A database that is away is isDatabaseUnavailable's
 * 503. Anything else: undefined, a real fault.
 */
export function retryableStoreError(error: unknown): KubeError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as PrismaLikeError;
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  const sqlState = String(cause?.originalCode ?? cause?.code ?? '');
  const why =
    RETRYABLE_SQLSTATE[sqlState] ??
    (typeof e.code === 'string' ? RETRYABLE_PRISMA[e.code] : undefined);
  if (!why) return undefined;
  return new KubeError(
    KubeErrorCode.Timeout,
    `the cluster store could not complete the request in time (${why}); nothing was changed, please try again`,
  );
}
