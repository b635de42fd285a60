import { Pool } from 'pg';
import {
  ClusterRepository,
  TenantRepository,
  createPrismaClient,
  type Db,
  type Principal,
} from '@app/store';
import type { KubeObject } from '@app/kube';

// The repository against this run's real database, with every SQL statement counted.
describe('ClusterRepository on PostgreSQL', () => {
  let db: Db;
  let pool: Pool;
  let statements = 0;
  let repo: ClusterRepository;
  let admin: Principal;

  const ns = (name: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      uid: '00000000-0000-4000-8000-00000000000' + name.length,
      resourceVersion: '1',
    },
  });

  beforeAll(async () => {
    pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL });
    const query = pool.query.bind(pool);
    pool.query = ((...args: Parameters<Pool['query']>) => {
      statements++;
      return query(...args);
    }) as Pool['query'];
    // Counting the pool's queries shows what a read costs.
    db = createPrismaClient(pool);
    repo = new ClusterRepository(db, {
      maxClustersPerTenant: 10,
      maxClustersPerPrincipal: 10,
      maxObjectsPerCluster: 100,
    });
    const { tenant, apiKey } = await new TenantRepository(
      createPrismaClient(process.env.TEST_DATABASE_URL!),
    ).createTenant(`store-${Date.now()}`);
    admin = {
      tenantId: tenant.id,
      tenantName: tenant.name,
      keyId: apiKey.id,
      keyName: apiKey.name,
      role: 'admin',
    };
  });
  afterAll(async () => {
    await db.$disconnect();
    await pool.end().catch(() => undefined);
  });

  it('a cached read costs one revision query; a write invalidates by revision, not by time', async () => {
    const created = await repo.create(
      admin,
      'cache',
      {},
      { upserts: [ns('a')], deletes: [], events: [] },
    );
    const first = await repo.state(admin, created.id);
    expect(first?.objects.map((o) => o.metadata.name)).toEqual(['a']);
    statements = 0;
    const again = await repo.state(admin, created.id);
    expect(statements).toBe(1);
    expect(again).toBe(first);

    await repo.write(admin, created.id, () => ({
      changes: { upserts: [ns('bb')], deletes: [], events: [] },
      result: null,
    }));
    statements = 0;
    const after = await repo.state(admin, created.id);
    expect(statements).toBe(1);
    expect(after?.revision).toBe(created.revision + 1);
    expect(after?.objects.map((o) => o.metadata.name)).toEqual(['a', 'bb']);
  });

  it('a write that throws leaves nothing behind and keeps the revision', async () => {
    const created = await repo.create(
      admin,
      'atomic',
      {},
      { upserts: [ns('a')], deletes: [], events: [] },
    );
    await expect(
      repo.write(admin, created.id, () => {
        throw new Error('admission refused');
      }),
    ).rejects.toThrow('admission refused');
    const state = await repo.state(admin, created.id);
    expect(state?.revision).toBe(created.revision);
    expect(state?.objects).toHaveLength(1);
  });

  it("another tenant's id reads as absent", async () => {
    const created = await repo.create(admin, 'mine', {}, { upserts: [], deletes: [], events: [] });
    const other: Principal = { ...admin, tenantId: '00000000-0000-4000-8000-000000000000' };
    expect(await repo.state(other, created.id)).toBeNull();
    expect(await repo.find(other, created.id)).toBeNull();
    expect(await repo.delete(other, created.id)).toBe(false);
    expect(await repo.write(other, created.id, () => ({ changes: null, result: 1 }))).toBeNull();
  });
});
