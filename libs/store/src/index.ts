export {
  createPrismaClient,
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
