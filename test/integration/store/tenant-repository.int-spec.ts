import { randomBytes } from 'node:crypto';
import { KubeErrorCode } from '@app/kube';
import { createPrismaClient, LAST_USED_RESOLUTION_MS, TenantRepository, type Db } from '@app/store';

/** Tenants and API keys on this run's real database: hashes only, rotation, expiry, last admin. */
describe('TenantRepository on PostgreSQL', () => {
  let db: Db;
  let clock = new Date('2026-06-01T00:00:00Z');
  let repo: TenantRepository;
  const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    db = createPrismaClient(process.env.TEST_DATABASE_URL!);
    repo = new TenantRepository(db, () => clock);
  });
  afterAll(() => db.$disconnect());

  it('successful: a new tenant gets one admin key; only its sha256 is stored', async () => {
    const { tenant, key, apiKey } = await repo.createTenant(unique('acme'));
    expect(apiKey).toMatchObject({ tenantId: tenant.id, role: 'admin', name: 'admin' });
    const rows = await db.$queryRaw<Array<{ hash: string; prefix: string }>>`
      SELECT hash, prefix FROM api_keys WHERE tenant_id = ${tenant.id}::uuid`;
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).not.toContain(key);
    expect(key.startsWith(rows[0].prefix)).toBe(true);
    expect(await repo.findTenantByName(tenant.name)).toMatchObject({ id: tenant.id });
    const principal = await repo.authenticate(key);
    expect(principal).toMatchObject({ tenantId: tenant.id, role: 'admin', keyId: apiKey.id });
  });

  it('failing: a tenant name is unique', async () => {
    const name = unique('dup');
    await repo.createTenant(name);
    await expect(repo.createTenant(name)).rejects.toThrow();
  });

  it('successful: a rotated key keeps its id and role; the old secret stops working at once', async () => {
    const { tenant } = await repo.createTenant(unique('rotate'));
    const { key, apiKey } = await repo.createApiKey(tenant.id, 'ci', 'instructor');
    const rotated = await repo.rotateApiKey(tenant.id, apiKey.id);
    expect(rotated?.apiKey).toMatchObject({ id: apiKey.id, role: 'instructor', name: 'ci' });
    expect(await repo.authenticate(key)).toBeNull();
    expect(await repo.authenticate(rotated!.key)).toMatchObject({ keyId: apiKey.id });
    // Another tenant's id (or no id at all) rotates nothing.
    const other = await repo.createTenant(unique('other'));
    expect(await repo.rotateApiKey(other.tenant.id, apiKey.id)).toBeNull();
    expect(await repo.rotateApiKey(tenant.id, 'not-a-uuid')).toBeNull();
  });

  it('failing: an expired key is a 401, and lastUsedAt is written at most once per resolution', async () => {
    const { tenant } = await repo.createTenant(unique('expiry'));
    const { key, apiKey } = await repo.createApiKey(
      tenant.id,
      'lab',
      'learner',
      new Date(clock.getTime() + 2 * LAST_USED_RESOLUTION_MS),
    );
    await repo.authenticate(key);
    const first = (await repo.listApiKeys(tenant.id)).find((k) => k.id === apiKey.id)?.lastUsedAt;
    expect(first).toEqual(clock);
    clock = new Date(clock.getTime() + 1000);
    await repo.authenticate(key);
    const same = (await repo.listApiKeys(tenant.id)).find((k) => k.id === apiKey.id)?.lastUsedAt;
    expect(same).toEqual(first);
    clock = new Date(clock.getTime() + 3 * LAST_USED_RESOLUTION_MS);
    await expect(repo.authenticate(key)).rejects.toMatchObject({
      code: KubeErrorCode.Unauthorized,
      message: 'the API key has expired',
    });
  });

  it('failing: the last working admin key cannot be deleted, even by two deletes at once', async () => {
    const { tenant, apiKey: first } = await repo.createTenant(unique('last-admin'));
    const { apiKey: second } = await repo.createApiKey(tenant.id, 'admin-2', 'admin');
    const outcomes = await Promise.allSettled([
      repo.deleteApiKey(tenant.id, first.id),
      repo.deleteApiKey(tenant.id, second.id),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: expect.objectContaining({ code: KubeErrorCode.Conflict }),
    });
    expect(await repo.countAdminKeys(tenant.id)).toBe(1);
    expect(await repo.deleteApiKey(tenant.id, 'not-a-uuid')).toBe(false);
  });
});
