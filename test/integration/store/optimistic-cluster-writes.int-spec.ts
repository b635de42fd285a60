import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  ClusterRepository,
  TenantRepository,
  createPrismaClient,
  retryableStoreError,
  type ClusterChanges,
  type Db,
  type Principal,
} from '@app/store';
import { KubeErrorCode, type KubeObject } from '@app/kube';

/**
 * The write path against real Postgres: admission (`decide`) runs with no transaction open and
 * the commit is conditioned on the revision decided against; two repositories stand for two API
 * processes on one database.
 */
describe('optimistic cluster writes', () => {
  const url = process.env.TEST_DATABASE_URL!;
  const limits = {
    maxClustersPerTenant: 50,
    maxClustersPerPrincipal: 50,
    maxObjectsPerCluster: 1_000,
  };
  let dbA: Db;
  let dbB: Db;
  let processA: ClusterRepository;
  let processB: ClusterRepository;
  let admin: Principal;

  const configMap = (name: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'default', uid: randomUUID() },
  });
  const adding = (...names: string[]): ClusterChanges => ({
    upserts: names.map(configMap),
    deletes: [],
    events: [],
  });
  const newCluster = async (name: string) =>
    processA.create(admin, name, {}, { upserts: [], deletes: [], events: [] });
  const names = (objects: readonly KubeObject[]) => objects.map((o) => o.metadata.name).sort();

  beforeAll(async () => {
    dbA = createPrismaClient(url);
    dbB = createPrismaClient(url);
    processA = new ClusterRepository(dbA, limits);
    processB = new ClusterRepository(dbB, limits);
    const tenants = new TenantRepository(dbA);
    const { key } = await tenants.createTenant(`optimistic-${Date.now()}`);
    admin = (await tenants.authenticate(key))!;
  });
  afterAll(async () => {
    await dbA.$disconnect();
    await dbB.$disconnect();
  });

  it('a write that loses the race to another process decides again on the new state: no lost update', async () => {
    const cluster = await newCluster('race');
    // Process B commits between A's decision and A's commit (A holds nothing meanwhile).
    let raced = false;
    const racingDb = new Proxy(dbA, {
      get(target, prop, receiver) {
        if (prop !== '$transaction') return Reflect.get(target, prop, receiver) as unknown;
        return async (...args: Parameters<Db['$transaction']>) => {
          if (!raced) {
            raced = true;
            await processB.write(admin, cluster.id, (s) => ({
              changes: adding(`b-${s.objects.length}`),
              result: null,
            }));
          }
          return (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
        };
      },
    });
    const processA2 = new ClusterRepository(racingDb, limits);
    const seenByA: number[] = [];
    const outcome = await processA2.write(admin, cluster.id, (state) => {
      seenByA.push(state.revision);
      return { changes: adding(`a-${state.objects.length}`), result: state.revision };
    });
    expect(seenByA).toEqual([cluster.revision, cluster.revision + 1]);
    expect(outcome?.result).toBe(cluster.revision + 1);
    const final = await processB.state(admin, cluster.id);
    expect(final?.revision).toBe(cluster.revision + 2);
    // A recomputed on B's result, so its name counts B's object.
    expect(names(final!.objects)).toEqual(['a-1', 'b-0']);
  });

  it('50 concurrent writers in two processes all commit, each exactly once, with no gaps in the revision', async () => {
    const cluster = await newCluster('crowd');
    const writes = Array.from({ length: 50 }, (_, i) =>
      (i % 2 ? processA : processB).write(admin, cluster.id, () => ({
        changes: adding(`cm-${i}`),
        result: i,
      })),
    );
    const outcomes = await Promise.all(writes);
    expect(outcomes.map((o) => o?.result)).toEqual([...Array(50).keys()]);
    const final = await processA.state(admin, cluster.id);
    expect(final?.revision).toBe(cluster.revision + 50);
    expect(final?.objects).toHaveLength(50);
    const revisions = outcomes.map((o) => o!.state.revision).sort((a, b) => a - b);
    expect(new Set(revisions).size).toBe(50);
  });

  it('a write refused by decide leaves nothing and does not block the next write queued behind it', async () => {
    const cluster = await newCluster('queue');
    const refused = processA.write(admin, cluster.id, () => {
      throw new Error('invalid');
    });
    const next = processA.write(admin, cluster.id, () => ({
      changes: adding('after'),
      result: 'ok',
    }));
    await expect(refused).rejects.toThrow('invalid');
    expect((await next)?.result).toBe('ok');
    expect(names((await processA.state(admin, cluster.id))!.objects)).toEqual(['after']);
  });

  it('a row lock held elsewhere past lock_timeout fails the write with a retryable Timeout, not a hang', async () => {
    const cluster = await newCluster('locked');
    const blocker = new Client({ connectionString: url });
    await blocker.connect();
    const impatient = createPrismaClient(url, {
      statementTimeoutMs: 2_000,
      lockTimeoutMs: 200,
      idleInTransactionTimeoutMs: 2_000,
    });
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM clusters WHERE id = $1 FOR UPDATE', [cluster.id]);
      const repo = new ClusterRepository(impatient, limits);
      const started = Date.now();
      const error = await repo
        .write(admin, cluster.id, () => ({ changes: adding('x'), result: null }))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(Date.now() - started).toBeLessThan(2_000);
      const mapped = retryableStoreError(error);
      expect(mapped?.code).toBe(KubeErrorCode.Timeout);
      expect(mapped?.message).toMatch(/lock_timeout.*please try again/);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
      await impatient.$disconnect();
    }
    // Once the lock is gone the same write goes through.
    const ok = await processA.write(admin, cluster.id, () => ({
      changes: adding('x'),
      result: 'ok',
    }));
    expect(ok?.result).toBe('ok');
  });

  it('every pooled connection carries the session timeouts', async () => {
    const db = createPrismaClient(url, {
      statementTimeoutMs: 1_234,
      lockTimeoutMs: 567,
      idleInTransactionTimeoutMs: 8_901,
    });
    try {
      const rows = await db.$queryRaw<Array<Record<string, string>>>`
        SELECT current_setting('statement_timeout') AS statement,
               current_setting('lock_timeout') AS lock,
               current_setting('idle_in_transaction_session_timeout') AS idle`;
      expect(rows[0]).toEqual({ statement: '1234ms', lock: '567ms', idle: '8901ms' });
      const slow = await db.$queryRaw`SELECT pg_sleep(2)`.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(retryableStoreError(slow)?.message).toMatch(/statement_timeout/);
    } finally {
      await db.$disconnect();
    }
  });
});
