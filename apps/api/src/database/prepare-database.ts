import { join } from 'node:path';
import { runMigrations, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/store';
import type { AppConfig } from '../config/app-config';

export const MIGRATIONS_DIR = join(process.cwd(), 'prisma', 'migrations');

/**
 * The database the app will use: DATABASE_URL when set, else the embedded PostgreSQL under
 * DATA_DIR. Either way it is migrated before the app starts.
 */
export async function prepareDatabase(
  config: AppConfig,
): Promise<{ url: string; embedded?: EmbeddedDatabase; applied: string[] }> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPostgresPort });
    url = embedded.connectionString;
  }
  const { applied } = await runMigrations(url, MIGRATIONS_DIR);
  return { url, embedded, applied };
}
