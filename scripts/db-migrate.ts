// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or the embedded database).
// The image runs the same command as `node dist/apps/api/main.js db:migrate`.
import 'reflect-metadata';
import { runCommand } from '../apps/api/src/cli/commands';
import { loadDotEnv } from '../apps/api/src/config/dot-env';

loadDotEnv();
void runCommand(['db:migrate']).then((code) => process.exit(code));
