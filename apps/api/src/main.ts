import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TenantRepository } from '@app/store';
import { runCommand } from './cli/commands';
import { ConfigError, loadConfig } from './config/app-config';
import { loadDotEnv } from './config/dot-env';
import { createApp } from './create-app';
import { prepareDatabase } from './database/prepare-database';
import { listenHttps } from './tls/https-endpoint';

// A promise nobody awaited must not take every learner's session down with it (Node's default is
// to exit): log it with its stack and keep serving; /healthz reports if the process is unwell.
process.on('unhandledRejection', (reason: unknown) => {
  const entry = {
    time: new Date().toISOString(),
    level: 'error',
    context: 'process',
    msg: `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`,
    stack: reason instanceof Error ? reason.stack : undefined,
  };
  process.stdout.write(`${JSON.stringify(entry)}\n`);
});

async function serve(): Promise<void> {
  const config = loadConfig();
  const database = await prepareDatabase(config);
  const app = await createApp(config, database.url);
  const tenants = app.get(TenantRepository);
  if (config.createDemoTenant && (await tenants.countTenants()) === 0) {
    const { key } = await tenants.createTenant('demo');
    await mkdir(config.dataDir, { recursive: true });
    const keyFile = join(config.dataDir, 'demo-api-key');
    await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
    process.stdout.write(
      `\nCreated tenant "demo". Its admin API key (shown once, also saved to ${keyFile}):\n\n  ${key}\n\n`,
    );
  }
  // The embedded PostgreSQL (if started here) stops when this process exits: Nest's shutdown
  // hooks end in process.exit on SIGTERM/SIGINT (create-app.ts).
  await app.listen(config.port, config.host);
  const https = await listenHttps(app, config);
  const url = `http://localhost:${config.port}`;
  const httpsPort = (https.address() as AddressInfo).port;
  process.stdout.write(
    `Kube Network Sandbox listening on ${url} (REST ${url}/v1, GraphQL ${url}/graphql, docs ${url}/docs)` +
      `${embeddedNote(database.embedded)}; kubectl over https://${config.publicHost}:${httpsPort}\n`,
  );
}

function embeddedNote(embedded: { pgDir: string; attached: boolean } | undefined): string {
  if (!embedded) return '';
  return `, embedded PostgreSQL ${embedded.attached ? 'joined (already running) ' : ''}on ${embedded.pgDir}`;
}

loadDotEnv();
// `node dist/apps/api/main.js tenant:create NAME` (and db:migrate): operator commands that need
// no dev dependencies, for the production image.
const command = process.argv.slice(2);
if (command.length > 0) {
  void runCommand(command).then((code) => process.exit(code));
} else {
  serve().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error))}\n`,
    );
    process.exit(1);
  });
}
