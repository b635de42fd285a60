import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = InstanceType<typeof PrismaClient>;

/** Prisma 7's engine-free client over node-postgres (docs/stack.md): a URL, or an existing pool. */
export function createPrismaClient(connection: string | Pool): Db {
  const adapter =
    typeof connection === 'string'
      ? new PrismaPg({ connectionString: connection })
      : new PrismaPg(connection);
  return new PrismaClient({ adapter });
}
