export {
  createPrismaClient,
  createPool,
  DEFAULT_DB_SESSION_LIMITS,
  type Db,
  type DbSessionLimits,
} from './prisma-client';
export { retryableStoreError } from './store-errors';
export { runMigrations, type MigrationOutcome } from './migrations/runner';
export {
  startEmbeddedPostgres,
  freePort,
  LOCATION_FILE as EMBEDDED_POSTGRES_LOCATION_FILE,
  type EmbeddedDatabase,
  type EmbeddedPostgresOptions,
} from './embedded/embedded-postgres';
export * from './repositories/tenant.repository';
export * from './repositories/cluster.repository';
export { SnapshotCache } from './snapshot-cache';
export * from './repositories/exercise.repository';
export * from './tenancy/access-policy';
export {
  ChangeNotifier,
  publishChange,
  type ChangeNotifierOptions,
} from './notify/change-notifier';
export { CHANGE_CHANNEL, formatChange, parseChange, type ChangeEvent } from './notify/change-event';
export {
  CachedAuthenticator,
  type CachedAuthenticatorOptions,
  type KeyLookup,
} from './auth/cached-authenticator';
export { isDatabaseUnavailable } from './errors/database-unavailable';
export * from './repositories/tls-certificate.repository';
