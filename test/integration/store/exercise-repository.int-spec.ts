import { randomBytes } from 'node:crypto';
import {
  ClusterRepository,
  createPrismaClient,
  ExerciseRepository,
  TenantRepository,
  type Db,
  type Principal,
} from '@app/store';

/** Exercises (versioned per tenant), attempts scoped by role and their gradings, on PostgreSQL. */
describe('ExerciseRepository on PostgreSQL', () => {
  let db: Db;
  let repo: ExerciseRepository;
  let tenants: TenantRepository;
  let clusters: ClusterRepository;
  const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

  async function newTenant(): Promise<{
    admin: Principal;
    learner: (n: string) => Promise<Principal>;
  }> {
    const { tenant, apiKey } = await tenants.createTenant(unique('school'));
    const base = { tenantId: tenant.id, tenantName: tenant.name };
    return {
      admin: { ...base, keyId: apiKey.id, keyName: apiKey.name, role: 'admin' },
      learner: async (name) => {
        const { apiKey: k } = await tenants.createApiKey(tenant.id, name, 'learner');
        return { ...base, keyId: k.id, keyName: k.name, role: 'learner' };
      },
    };
  }
  const emptyCluster = (principal: Principal, name: string) =>
    clusters.create(principal, name, {}, { upserts: [], deletes: [], events: [] });

  beforeAll(() => {
    db = createPrismaClient(process.env.TEST_DATABASE_URL!);
    repo = new ExerciseRepository(db);
    tenants = new TenantRepository(db);
    clusters = new ClusterRepository(db, {
      maxClustersPerTenant: 10,
      maxClustersPerPrincipal: 10,
      maxObjectsPerCluster: 100,
    });
  });
  afterAll(() => db.$disconnect());

  it('successful: saving a slug again makes a new version; lists show the latest of each', async () => {
    const { admin } = await newTenant();
    const v1 = await repo.saveExercise(admin.tenantId, 'dns', 'DNS', 'v1 source');
    const saves = await Promise.all([
      repo.saveExercise(admin.tenantId, 'dns', 'DNS', 'v2 source'),
      repo.saveExercise(admin.tenantId, 'dns', 'DNS', 'v3 source'),
    ]);
    expect(v1.version).toBe(1);
    // Concurrent saves are serialised on the tenant row: versions 2 and 3, never two 2s.
    expect(saves.map((s) => s.version).sort()).toEqual([2, 3]);
    await repo.saveExercise(admin.tenantId, 'env', 'Env', 'env source');
    const list = await repo.listExercises(admin.tenantId);
    expect(list.map((e) => [e.slug, e.version])).toEqual([
      ['dns', 3],
      ['env', 1],
    ]);
    expect((await repo.findExercise(admin.tenantId, 'dns'))?.version).toBe(3);
    const other = await newTenant();
    expect(await repo.findExercise(other.admin.tenantId, 'dns')).toBeNull();
  });

  it('failing: a learner sees only its own attempts; another tenant sees none', async () => {
    const { admin, learner } = await newTenant();
    const ann = await learner('ann');
    const bob = await learner('bob');
    const mine = await repo.createAttempt(ann.tenantId, {
      exerciseSlug: 'dns',
      exerciseVersion: 1,
      learnerKeyId: ann.keyId,
      learnerName: ann.keyName,
      clusterId: (await emptyCluster(ann, 'ann-dns')).id,
    });
    await repo.createAttempt(bob.tenantId, {
      exerciseSlug: 'dns',
      exerciseVersion: 1,
      learnerKeyId: bob.keyId,
      learnerName: bob.keyName,
      clusterId: (await emptyCluster(bob, 'bob-dns')).id,
    });
    expect((await repo.listAttempts(ann, {})).map((a) => a.id)).toEqual([mine.id]);
    expect(await repo.listAttempts(ann, { learnerKeyId: bob.keyId })).toEqual([]);
    expect(await repo.findAttempt(bob, mine.id)).toBeNull();
    expect(await repo.listAttempts(admin, { exerciseSlug: 'dns' })).toHaveLength(2);
    expect(await repo.listAttempts(admin, { learnerKeyId: 'not-a-uuid' })).toEqual([]);
    const stranger = (await newTenant()).admin;
    expect(await repo.findAttempt(stranger, mine.id)).toBeNull();
    expect(await repo.findAttempt(admin, 'not-a-uuid')).toBeNull();
  });

  it('successful: every grading is kept; the attempt answers its latest one', async () => {
    const { learner } = await newTenant();
    const ann = await learner('ann');
    const attempt = await repo.createAttempt(ann.tenantId, {
      exerciseSlug: 'env',
      exerciseVersion: 1,
      learnerKeyId: ann.keyId,
      learnerName: ann.keyName,
      clusterId: (await emptyCluster(ann, 'ann-env')).id,
    });
    const base = { maxScore: 2, clusterRevision: 7, result: { checks: [] } };
    await repo.saveGrading(attempt.id, { ...base, score: 0, passed: false });
    await new Promise((resolve) => setImmediate(resolve));
    await repo.saveGrading(attempt.id, { ...base, score: 2, passed: true, clusterRevision: 9 });
    const gradings = await repo.listGradings(attempt.id);
    expect(gradings.map((g) => g.score)).toEqual([0, 2]);
    expect(gradings[1]).toMatchObject({ clusterRevision: 9, result: { checks: [] } });
    expect((await repo.findAttempt(ann, attempt.id))?.lastGrading).toMatchObject({ score: 2 });
  });
});
