// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { loadConfig } from '../apps/api/src/config/app-config';
import { prepareDatabase } from '../apps/api/src/database/prepare-database';

async function main(): Promise<void> {
  const { applied, embedded } = await prepareDatabase(loadConfig());
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
