import { createHash, randomBytes } from 'node:crypto';
import { KubeError, KubeErrorCode } from '@app/kube';
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
  expiresAt: Date | null;
}

/** The caller behind a valid API key; every tenant-scoped query takes it. */
export interface Principal {
  tenantId: string;
  tenantName: string;
  keyId: string;
  keyName: string;
  role: Role;
  /** When the key stops working (null: never); a cache of principals must honour it. */
  expiresAt?: Date | null;
}

/** How often `lastUsedAt` may be written per key: often enough to audit, never a write per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Keys look like `kns_<43 url-safe chars>`: 256 random bits, recognisable in logs and configs. */
const newKey = (): string => `kns_${randomBytes(32).toString('base64url')}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isExpired = (key: { expiresAt?: Date | null }, now: Date): boolean =>
  !!key.expiresAt && key.expiresAt.getTime() <= now.getTime();

export class TenantRepository {
  /** Keys whose use this process is recording now: a burst of first requests makes one UPDATE. */
  private readonly recording = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    expiresAt: Date | null = null,
  ): Promise<{ key: string; apiKey: ApiKeyRecord }> {
    const key = newKey();
    const apiKey = await this.db.apiKey.create({
      data: { tenantId, name, role, prefix: key.slice(0, 12), hash: hashKey(key), expiresAt },
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

  /**
   * Gives the key a new secret; the old one stops working with this statement. The key keeps
   * its id, name, role and the clusters it owns; `expiresAt` changes only when given.
   * Null when the tenant has no such key.
   */
  async rotateApiKey(
    tenantId: string,
    id: string,
    expiresAt?: Date | null,
  ): Promise<{ key: string; apiKey: ApiKeyRecord } | null> {
    if (!UUID.test(id)) return null;
    const key = newKey();
    // One statement: two concurrent rotations each return the secret that is then stored.
    const rows = await this.db.$queryRaw<ApiKeyRecord[]>`
      UPDATE api_keys SET hash = ${hashKey(key)}, prefix = ${key.slice(0, 12)},
        expires_at = CASE WHEN ${expiresAt !== undefined} THEN ${expiresAt ?? null}::timestamptz ELSE expires_at END
      WHERE id = ${id}::uuid AND tenant_id = ${tenantId}::uuid
      RETURNING id, tenant_id AS "tenantId", name, role::text AS role, prefix, created_at AS "createdAt",
        last_used_at AS "lastUsedAt", expires_at AS "expiresAt"`;
    return rows.length === 0 ? null : { key, apiKey: toApiKey(rows[0]) };
  }

  /**
   * Deletes a key of this tenant; false when the tenant has no such key. Refuses (409) to
   * delete a working admin key when no other working admin key would remain. The tenant row
   * is locked first, so concurrent deletes are decided one after the other and can never
   * remove the last two admin keys together.
   */
  async deleteApiKey(tenantId: string, id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    return this.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
        const target = await tx.apiKey.findFirst({ where: { tenantId, id } });
        if (!target) return false;
        const now = this.now();
        if (target.role === 'admin' && !isExpired(target, now)) {
          const others = await tx.apiKey.count({
            where: {
              tenantId,
              role: 'admin',
              id: { not: id },
              OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
            },
          });
          if (others === 0) {
            throw new KubeError(
              KubeErrorCode.Conflict,
              'this is the last admin key of the tenant; create another admin key first',
            );
          }
        }
        await tx.apiKey.delete({ where: { id } });
        return true;
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
  }

  async countAdminKeys(tenantId: string): Promise<number> {
    return this.db.apiKey.count({ where: { tenantId, role: 'admin' } });
  }

  /**
   * Resolves a presented key to its principal, or null for an unknown (or deleted, or rotated
   * away) key; an expired key is a 401 "the API key has expired". Records `lastUsedAt` at most
   * once per LAST_USED_RESOLUTION_MS per key: the write is skipped unless the stored value is
   * older, and the SQL condition makes concurrent processes agree.
   */
  async authenticate(key: string): Promise<Principal | null> {
    const row = await this.db.apiKey.findUnique({
      where: { hash: hashKey(key) },
      include: { tenant: true },
    });
    if (!row) return null;
    const now = this.now();
    if (isExpired(row, now)) {
      throw new KubeError(KubeErrorCode.Unauthorized, 'the API key has expired');
    }
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if ((!row.lastUsedAt || row.lastUsedAt < staleBefore) && !this.recording.has(row.id)) {
      this.recording.add(row.id);
      try {
        await this.db.apiKey.updateMany({
          where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
          data: { lastUsedAt: now },
        });
      } finally {
        this.recording.delete(row.id);
      }
    }
    return {
      tenantId: row.tenantId,
      tenantName: row.tenant.name,
      keyId: row.id,
      keyName: row.name,
      role: row.role as Role,
      expiresAt: row.expiresAt,
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
  expiresAt: Date | null;
}): ApiKeyRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
  };
}
