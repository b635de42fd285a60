// npm run tenant:create -- NAME — creates a tenant and prints its admin API key (shown once).
// The image runs the same command as `node dist/apps/api/main.js tenant:create NAME`.
import 'reflect-metadata';
import { runCommand } from '../apps/api/src/cli/commands';
import { loadDotEnv } from '../apps/api/src/config/dot-env';

loadDotEnv();
void runCommand(['tenant:create', ...process.argv.slice(2)]).then((code) => process.exit(code));
