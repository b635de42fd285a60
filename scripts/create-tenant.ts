// npm run tenant:create -- NAME — creates a tenant and prints its admin API key (shown once).
import 'reflect-metadata';
import { createPrismaClient, TenantRepository } from '@app/store';
import { isDNS1123Label } from '@app/kube';
import { loadConfig } from '../apps/api/src/config/app-config';
import { prepareDatabase } from '../apps/api/src/database/prepare-database';

async function main(): Promise<void> {
  const name = process.argv[2];
  const problems = name
    ? isDNS1123Label(name)
    : ['a tenant name is required: npm run tenant:create -- NAME'];
  if (problems.length > 0)
    throw new Error(`Invalid tenant name ${JSON.stringify(name ?? '')}: ${problems.join('; ')}`);
  const { url, embedded } = await prepareDatabase(loadConfig());
  const db = createPrismaClient(url);
  try {
    const tenants = new TenantRepository(db);
    if (await tenants.findTenantByName(name)) throw new Error(`Tenant "${name}" already exists.`);
    const { key } = await tenants.createTenant(name);
    console.log(`Created tenant "${name}". Its admin API key (shown once):\n\n  ${key}\n`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
