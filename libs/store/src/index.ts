export { createPrismaClient, type Db } from './prisma-client';
export { runMigrations, type MigrationOutcome } from './migrations/runner';
export {
  startEmbeddedPostgres,
  freePort,
  type EmbeddedDatabase,
} from './embedded/embedded-postgres';
export * from './repositories/tenant.repository';
export * from './repositories/cluster.repository';
export { SnapshotCache } from './snapshot-cache';
export * from './repositories/exercise.repository';
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
