import { createPrismaClient, TenantRepository } from '@app/store';
import { isDNS1123Label } from '@app/kube';
import { loadConfig } from '../config/app-config';
import { prepareDatabase } from '../database/prepare-database';

/**
 * The operator commands, in the app itself so the production image (no dev dependencies, no
 * scripts/) runs them as `node dist/apps/api/main.js tenant:create NAME`; `npm run tenant:create`
 * and `npm run db:migrate` run the same functions from sources. Against the embedded database
 * they join the server `npm start` is running on DATA_DIR, or start one for the command.
 */
export const COMMANDS: Record<string, { usage: string; run(args: string[]): Promise<void> }> = {
  'tenant:create': { usage: 'tenant:create NAME', run: createTenant },
  'db:migrate': { usage: 'db:migrate', run: migrate },
};

export class CommandError extends Error {}

async function createTenant([name]: string[]): Promise<void> {
  const problems = name ? isDNS1123Label(name) : ['a tenant name is required: tenant:create NAME'];
  if (problems.length > 0) {
    throw new CommandError(
      `Invalid tenant name ${JSON.stringify(name ?? '')}: ${problems.join('; ')}`,
    );
  }
  const { url, embedded } = await prepareDatabase(loadConfig());
  const db = createPrismaClient(url);
  try {
    const tenants = new TenantRepository(db);
    if (await tenants.findTenantByName(name)) {
      throw new CommandError(`Tenant "${name}" already exists.`);
    }
    const { key } = await tenants.createTenant(name);
    process.stdout.write(
      `Created tenant "${name}". Its admin API key (shown once):\n\n  ${key}\n\n`,
    );
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

async function migrate(): Promise<void> {
  const { applied, embedded } = await prepareDatabase(loadConfig());
  process.stdout.write(
    applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n',
  );
  await embedded?.stop();
}

/** A failure as one line for the operator, whatever was thrown (a bare `reject()` included). */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return error === undefined ? 'failed without saying why' : String(error);
}

/** Runs `argv[0]` with the rest as arguments; resolves to the process exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS[name];
  if (!command) {
    const usages = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
    process.stderr.write(
      `Unknown command ${JSON.stringify(name)}. Commands:\n${usages.join('\n')}\n`,
    );
    return 2;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    process.stderr.write(`${describeFailure(error)}\n`);
    return 1;
  }
}
