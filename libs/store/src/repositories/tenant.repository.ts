import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../prisma-client';

export type Role = 'admin' | 'instructor' | 'learner';
export const ROLES: readonly Role[] = ['admin', 'instructor', 'learner'];

export interface TenantRecord {
  id: string;
  name: string;
  createdAt: Date;
}

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The caller behind a valid API key; every tenant-scoped query takes it. */
export interface Principal {
  tenantId: string;
  tenantName: string;
  keyId: string;
  keyName: string;
  role: Role;
}

const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Keys look like `kns_<43 url-safe chars>`: 256 random bits, recognisable in logs and configs. */
const newKey = (): string => `kns_${randomBytes(32).toString('base64url')}`;

export class TenantRepository {
  constructor(private readonly db: Db) {}

  async countTenants(): Promise<number> {
    return this.db.tenant.count();
  }

  async findTenantByName(name: string): Promise<TenantRecord | null> {
    return this.db.tenant.findUnique({ where: { name } });
  }

  /** Creates a tenant with its first admin key; the key is returned once and only its hash is kept. */
  async createTenant(
    name: string,
  ): Promise<{ tenant: TenantRecord; key: string; apiKey: ApiKeyRecord }> {
    return this.db.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({ data: { name } });
      const key = newKey();
      const apiKey = await tx.apiKey.create({
        data: {
          tenantId: tenant.id,
          name: 'admin',
          role: 'admin',
          prefix: key.slice(0, 12),
          hash: hashKey(key),
        },
      });
      return { tenant, key, apiKey: toApiKey(apiKey) };
    });
  }

  async createApiKey(
    tenantId: string,
    name: string,
    role: Role,
  ): Promise<{ key: string; apiKey: ApiKeyRecord }> {
    const key = newKey();
    const apiKey = await this.db.apiKey.create({
      data: { tenantId, name, role, prefix: key.slice(0, 12), hash: hashKey(key) },
    });
    return { key, apiKey: toApiKey(apiKey) };
  }

  async listApiKeys(tenantId: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db.apiKey.findMany({
      where: { tenantId },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toApiKey);
  }

  /** Deletes a key of this tenant; false when the tenant has no such key. */
  async deleteApiKey(tenantId: string, id: string): Promise<boolean> {
    const { count } = await this.db.apiKey.deleteMany({ where: { tenantId, id } });
    return count > 0;
  }

  async countAdminKeys(tenantId: string): Promise<number> {
    return this.db.apiKey.count({ where: { tenantId, role: 'admin' } });
  }

  /** Resolves a presented key to its principal, or null for an unknown key. */
  async authenticate(key: string): Promise<Principal | null> {
    const row = await this.db.apiKey.findUnique({
      where: { hash: hashKey(key) },
      include: { tenant: true },
    });
    if (!row) return null;
    return {
      tenantId: row.tenantId,
      tenantName: row.tenant.name,
      keyId: row.id,
      keyName: row.name,
      role: row.role as Role,
    };
  }
}

function toApiKey(row: {
  id: string;
  tenantId: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}): ApiKeyRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
  };
}
