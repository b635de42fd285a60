import {
  applyObjectChanges,
  KubeError,
  KubeErrorCode,
  type KubeObject,
  type ObjectKey,
} from '@app/kube';
import type { Db } from '../prisma-client';
import { KeyedQueue } from '../keyed-queue';
import { publishChange, type ChangeNotifier } from '../notify/change-notifier';
import { CHANGE_CHANNEL, formatChange } from '../notify/change-event';
import { SnapshotCache } from '../snapshot-cache';
import {
  clusterAccess,
  clusterQuotaOf,
  forbiddenToChange,
  readableClusters,
  type RefusedOperation,
} from '../tenancy/access-policy';
import type { Principal } from './tenant.repository';

/** A cluster and all its objects at one revision, objects in creation order. */
export interface ClusterState {
  id: string;
  tenantId: string;
  name: string;
  /** The key that created it; null: the tenant's admins (see tenancy/access-policy.ts). */
  ownerKeyId: string | null;
  config: unknown;
  /** netsim's ClusterRuntime (clock offset, node-local IPAM state); {} for a fresh cluster. */
  runtime: unknown;
  revision: number;
  createdAt: Date;
  objects: readonly KubeObject[];
}

export type ClusterSummary = Omit<ClusterState, 'objects'>;

export interface StoredEventInput {
  type: string;
  reason: string;
  message: string;
  involvedObject: { kind: string; namespace: string; name: string; uid?: string };
  source: string;
}

export interface StoredEvent extends StoredEventInput {
  id: number;
  revision: number;
  createdAt: Date;
}

/** What one write changes; the same shape as netsim's AdmissionResult. */
export interface ClusterChanges {
  upserts: readonly KubeObject[];
  deletes: readonly ObjectKey[];
  events: readonly StoredEventInput[];
  /** A new runtime to store with the revision; absent: unchanged. */
  runtime?: unknown;
}

export interface ClusterLimits {
  maxClustersPerTenant: number;
  /** Clusters one non-admin key may own, beside the tenant's quota. */
  maxClustersPerPrincipal: number;
  maxObjectsPerCluster: number;
}

/** How long an optimistic write keeps recomputing when other processes write the same cluster. */
export interface WriteRetryPolicy {
  /** Give up (Timeout, "try again") once this much time has passed. */
  deadlineMs: number;
  maxAttempts: number;
  /** Upper bound of the short persisting transaction (the pool's statement_timeout also applies). */
  transactionMs: number;
}

export const DEFAULT_WRITE_RETRY: WriteRetryPolicy = {
  deadlineMs: 30_000,
  maxAttempts: 1_000,
  transactionMs: 15_000,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential backoff (client-go's retry.DefaultBackoff idea): 0–2^n ms, capped at 100 ms. */
const backoffMs = (attempt: number): number => Math.random() * Math.min(100, 2 ** attempt);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** A cached state and the notifier epoch since which it is known to be current. */
interface CachedState {
  state: ClusterState;
  /** -1: loaded while the notifier was down, so it is trusted only after a revision check. */
  epoch: number;
}

/** How reads were served, for /metrics. */
export interface ClusterReadStats {
  /** Served from the cache with no query: the notifier vouched for the revision. */
  notifiedHits: number;
  /** Served from the cache after one revision query. */
  checkedHits: number;
  /** Objects loaded from the database. */
  misses: number;
}

/** Objects the snapshot cache holds across clusters: a few full clusters, or a class of small ones. */
export const DEFAULT_CACHED_OBJECTS = 20_000;

/** How long a writer waits for its own notification before acknowledging anyway. */
const ECHO_WAIT_MS = 1_000;

/**
 * Clusters and their objects, always scoped by the caller: another tenant's cluster, and a
 * cluster the access policy hides from the caller's role, read as absent; one it may read but
 * not change is a 403 on writes.
 * Writes to one cluster are serialised by its revision: a write commits only against the
 * revision it was computed from (see `write`), so admission always decides on the latest state
 * and allocations (IPs, node ports) can never be handed out twice, with no lock held while
 * admission computes.
 */
export class ClusterRepository {
  private readonly cache: SnapshotCache<CachedState>;
  readonly readStats: ClusterReadStats = { notifiedHits: 0, checkedHits: 0, misses: 0 };
  private readonly loads = new Map<
    string,
    { promise: Promise<ClusterState | null>; epoch: number; announced: number | undefined }
  >();
  private readonly writeQueue = new KeyedQueue();

  /**
   * With a notifier, a cached read skips the revision query while the notifier is connected and
   * has announced nothing newer than the cached revision; without one (or while it is down)
   * every read checks the revision. `cachedObjects` bounds the objects all cached snapshots hold
   * together (and with them their simulations), however many clusters that is.
   */
  constructor(
    private readonly db: Db,
    private readonly limits: ClusterLimits,
    cachedObjects = DEFAULT_CACHED_OBJECTS,
    private readonly notifier?: ChangeNotifier,
    private readonly retry: WriteRetryPolicy = DEFAULT_WRITE_RETRY,
  ) {
    this.cache = new SnapshotCache(cachedObjects, (entry) => entry.state.objects.length + 1);
    notifier?.subscribe((event) => {
      if (event.kind === 'clusterDeleted') this.cache.delete(event.clusterId);
    });
  }

  /** Objects a cluster may hold (MAX_OBJECTS_PER_CLUSTER): admission's controllers stop there. */
  get maxObjectsPerCluster(): number {
    return this.limits.maxObjectsPerCluster;
  }

  /**
   * Creates a cluster owned by the principal's key with its initial objects in one transaction,
   * within the tenant's quota and the principal's own.
   */
  async create(
    principal: Principal,
    name: string,
    config: unknown,
    initial: ClusterChanges,
  ): Promise<ClusterState> {
    return this.db.$transaction(
      async (tx) => {
        const { tenantId, keyId } = principal;
        // Lock the tenant row so concurrent creates cannot both pass the quota checks.
        await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
        // The key must still exist when its cluster is created (a deleted key owns nothing).
        const key = await tx.$queryRaw<unknown[]>`
          SELECT id FROM api_keys WHERE id = ${keyId}::uuid AND tenant_id = ${tenantId}::uuid FOR SHARE`;
        if (key.length === 0) {
          throw new KubeError(KubeErrorCode.Unauthorized, 'the API key is not valid');
        }
        const count = await tx.cluster.count({ where: { tenantId } });
        if (count >= this.limits.maxClustersPerTenant) {
          throw new KubeError(
            KubeErrorCode.QuotaExceeded,
            `cluster quota exceeded: this tenant already has ${count} clusters (limit ${this.limits.maxClustersPerTenant}); delete one first`,
          );
        }
        const own = clusterQuotaOf(principal, this.limits.maxClustersPerPrincipal);
        if (own !== undefined) {
          const owned = await tx.cluster.count({ where: { tenantId, ownerKeyId: keyId } });
          if (owned >= own) {
            throw new KubeError(
              KubeErrorCode.QuotaExceeded,
              `cluster quota exceeded: your key "${principal.keyName}" already has ${owned} clusters (limit ${own} per key); delete one first`,
            );
          }
        }
        if (await tx.cluster.findUnique({ where: { tenantId_name: { tenantId, name } } })) {
          throw new KubeError(
            KubeErrorCode.AlreadyExists,
            `clusters "${name}" already exists`,
            [],
            {
              kind: 'clusters',
              name,
            },
          );
        }
        const row = await tx.cluster.create({
          data: {
            tenantId,
            ownerKeyId: keyId,
            name,
            config: config as object,
            runtime: (initial.runtime ?? {}) as object,
            revision: 1,
          },
        });
        await this.persist(tx, row.id, 1, initial);
        const state: ClusterState = { ...summary(row), objects: [...initial.upserts] };
        return state;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  }

  /** The clusters the principal may read. */
  async list(principal: Principal): Promise<ClusterSummary[]> {
    const rows = await this.db.cluster.findMany({
      where: readableClusters(principal),
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(summary);
  }

  /** The cluster when the principal may read it, else null (exactly as for an unknown id). */
  async find(principal: Principal, id: string): Promise<ClusterSummary | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.cluster.findFirst({ where: { id, tenantId: principal.tenantId } });
    return row && clusterAccess(principal, row) !== 'none' ? summary(row) : null;
  }

  /**
   * Throws the 403 when the principal may read the cluster but not change it, and returns it
   * when it may; null when it may not even read it. For refusing before any work is done (the
   * facade authorizes before decoding, as the API server does); `write` checks again under lock.
   */
  async findWritable(
    principal: Principal,
    id: string,
    operation?: RefusedOperation,
  ): Promise<ClusterSummary | null> {
    const cluster = await this.find(principal, id);
    if (cluster) this.assertWritable(principal, cluster, operation);
    return cluster;
  }

  /** Deletes the cluster; false when the principal cannot see it, 403 when it may only read it. */
  async delete(principal: Principal, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const deleted = await this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Array<{ name: string; owner_key_id: string | null }>>`
          SELECT name, owner_key_id FROM clusters
          WHERE id = ${id}::uuid AND tenant_id = ${principal.tenantId}::uuid FOR UPDATE`;
        const row = rows[0];
        if (!row) return false;
        const cluster = { tenantId: principal.tenantId, ownerKeyId: row.owner_key_id };
        if (clusterAccess(principal, cluster) === 'none') return false;
        this.assertWritable(principal, { ...cluster, name: row.name }, { verb: 'delete' });
        await tx.cluster.delete({ where: { id } });
        // Every replica drops its cached copy on commit.
        await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${formatChange({ kind: 'clusterDeleted', clusterId: id })})`;
        return true;
      },
      { timeout: 30_000, maxWait: 60_000 },
    );
    if (deleted) this.cache.delete(id);
    return deleted;
  }

  /**
   * The cluster's current state when the principal may read it. Cached and vouched for by the
   * notifier: no query. Cached otherwise: one small query (the revision check). Else the objects
   * are loaded and cached.
   */
  async state(principal: Principal, id: string): Promise<ClusterState | null> {
    if (!isUuid(id)) return null;
    return this.readState(principal, id, false);
  }

  /** `fresh`: skip the notifier's word and check the revision (a write that lost a race). */
  private async readState(
    principal: Principal,
    id: string,
    fresh: boolean,
  ): Promise<ClusterState | null> {
    const trusted = fresh ? undefined : this.notifiedCurrent(id);
    if (trusted) this.readStats.notifiedHits += 1;
    const state = trusted ?? (await this.sharedLoad(id));
    if (!state || state.tenantId !== principal.tenantId) return null;
    return clusterAccess(principal, state) === 'none' ? null : state;
  }

  /**
   * One revision check (and load) at a time per cluster: readers woken by the same
   * notification share it. A reader joins only a load that started after the newest
   * announcement it knows of, so the answer is never older than what it was told about.
   */
  private sharedLoad(id: string): Promise<ClusterState | null> {
    const epoch = this.currentEpoch();
    const announced = this.notifier?.lastRevision(id);
    const running = this.loads.get(id);
    if (running && epoch !== -1 && running.epoch === epoch && running.announced === announced) {
      return running.promise;
    }
    const promise = this.load(id, epoch).finally(() => {
      if (this.loads.get(id)?.promise === promise) this.loads.delete(id);
    });
    this.loads.set(id, { promise, epoch, announced });
    return promise;
  }

  private async load(id: string, epoch: number): Promise<ClusterState | null> {
    const row = await this.db.cluster.findUnique({ where: { id } });
    if (!row) return null;
    const revision = Number(row.revision);
    const cached = this.cache.get(id, revision);
    if (cached) {
      this.readStats.checkedHits += 1;
      // Verified against the database after `epoch` began: trusted until the next announcement.
      cached.epoch = Math.max(cached.epoch, epoch);
      return cached.state;
    }
    this.readStats.misses += 1;
    const objects = await loadObjects(this.db, id);
    return this.remember({ ...summary(row), objects }, epoch);
  }

  /**
   * Optimistic write, the API server's GuaranteedUpdate: `decide` runs on the cached state with
   * no transaction open, then one short transaction bumps the revision only if it is still the
   * one decided against (`UPDATE … WHERE revision = $seen`) and persists the changes. When another
   * process got in between, `decide` runs again on the new state, after a jittered backoff,
   * until it commits or the retry deadline passes (then a Timeout "try again" error). Writes to
   * one cluster from this process queue up, so they never conflict with each other and each
   * decides once. Nothing is written when `decide` throws or returns no changes; a write that
   * grows the cluster past maxObjectsPerCluster is refused. Returns what `decide` returned and the
   * state after the write; null when the principal cannot see the cluster, a 403 (worded after
   * `operation`) when it may only read it.
   */
  async write<T>(
    principal: Principal,
    id: string,
    decide: (state: ClusterState) => { changes: ClusterChanges | null; result: T },
    operation?: RefusedOperation,
  ): Promise<{ result: T; state: ClusterState } | null> {
    if (!isUuid(id)) return null;
    return this.writeQueue.run(id, () =>
      this.writeOptimistically(principal, id, decide, operation),
    );
  }

  private async writeOptimistically<T>(
    principal: Principal,
    id: string,
    decide: (state: ClusterState) => { changes: ClusterChanges | null; result: T },
    operation?: RefusedOperation,
  ): Promise<{ result: T; state: ClusterState } | null> {
    const deadline = Date.now() + this.retry.deadlineMs;
    for (let attempt = 1; ; attempt++) {
      const epoch = this.currentEpoch();
      const before = await this.readState(principal, id, attempt > 1);
      if (!before) return null;
      this.assertWritable(principal, before, operation);
      const { changes, result } = decide(before);
      if (
        !changes ||
        (changes.upserts.length === 0 &&
          changes.deletes.length === 0 &&
          changes.runtime === undefined)
      ) {
        return { result, state: before };
      }
      const after = applyObjectChanges(before.objects, changes);
      if (after.length > this.limits.maxObjectsPerCluster && after.length > before.objects.length) {
        throw new KubeError(
          KubeErrorCode.QuotaExceeded,
          `object quota exceeded: the cluster would hold ${after.length} objects (limit ${this.limits.maxObjectsPerCluster})`,
        );
      }
      const next = before.revision + 1;
      const committed = await this.db.$transaction(
        async (tx) => {
          // The row lock is taken here and held only for the inserts below.
          const runtime = changes.runtime === undefined ? null : JSON.stringify(changes.runtime);
          const bumped = await tx.$executeRaw`
            UPDATE clusters SET revision = ${next}::bigint,
              runtime = coalesce(${runtime}::jsonb, runtime)
            WHERE id = ${id}::uuid AND tenant_id = ${principal.tenantId}::uuid AND revision = ${before.revision}::bigint`;
          if (bumped === 0) return false;
          await this.persist(tx, id, next, changes);
          // Delivered to every replica on commit, never for a rolled-back write.
          await publishChange(tx, { kind: 'cluster', clusterId: id, revision: next });
          return true;
        },
        { timeout: this.retry.transactionMs, maxWait: this.retry.transactionMs },
      );
      if (committed) {
        const state = this.remember(
          {
            ...before,
            revision: next,
            objects: after,
            ...(changes.runtime === undefined ? {} : { runtime: changes.runtime }),
          },
          epoch,
        );
        // Acknowledge only once our own notification is back: the same commit signalled every
        // other replica's listener, so a read sent to one of them after this answer sees it.
        if (this.notifier?.connected) {
          await this.notifier.waitForRevision(id, state.revision, ECHO_WAIT_MS);
        }
        return { result, state };
      }
      if (Date.now() >= deadline || attempt >= this.retry.maxAttempts) {
        throw new KubeError(
          KubeErrorCode.Timeout,
          `the cluster kept changing while this write was computed (${attempt} attempts); please try again`,
        );
      }
      await sleep(backoffMs(attempt));
    }
  }

  /** The cached state if the notifier vouches that nothing newer was committed since. */
  private notifiedCurrent(id: string): ClusterState | undefined {
    const notifier = this.notifier;
    if (!notifier?.connected) return undefined;
    const entry = this.cache.peek(id)?.value;
    if (!entry || entry.epoch !== notifier.epoch) return undefined;
    const announced = notifier.lastRevision(id);
    if (announced !== undefined && announced > entry.state.revision) return undefined;
    return entry.state;
  }

  private currentEpoch(): number {
    return this.notifier?.connected ? this.notifier.epoch : -1;
  }

  /** Caches `state` unless an equal revision is cached already (kept: its simulation is built). */
  private remember(state: ClusterState, epoch: number): ClusterState {
    const existing = this.cache.peek(state.id)?.value;
    if (existing && existing.state.revision === state.revision) {
      existing.epoch = Math.max(existing.epoch, epoch);
      return existing.state;
    }
    this.cache.put(state.id, state.revision, { state, epoch });
    return state;
  }

  /** The cluster's event log, oldest first: the newest `limit` events, or those after `afterId`. */
  async events(
    principal: Principal,
    id: string,
    afterId = 0,
    limit = 1000,
  ): Promise<StoredEvent[] | null> {
    if (!(await this.find(principal, id))) return null;
    // Without a cursor the newest `limit` events matter (kubectl describe shows recent ones).
    const rows = afterId
      ? await this.db.clusterEvent.findMany({
          where: { clusterId: id, id: { gt: BigInt(afterId) } },
          orderBy: { id: 'asc' },
          take: limit,
        })
      : (
          await this.db.clusterEvent.findMany({
            where: { clusterId: id },
            orderBy: { id: 'desc' },
            take: limit,
          })
        ).reverse();
    return rows.map((r) => ({
      id: Number(r.id),
      revision: Number(r.revision),
      createdAt: r.createdAt,
      type: r.type,
      reason: r.reason,
      message: r.message,
      source: r.source,
      involvedObject: {
        kind: r.involvedKind,
        namespace: r.involvedNamespace,
        name: r.involvedName,
        uid: r.involvedUid ?? undefined,
      },
    }));
  }

  private assertWritable(
    principal: Principal,
    cluster: { tenantId: string; ownerKeyId: string | null; name: string },
    operation?: RefusedOperation,
  ): void {
    if (clusterAccess(principal, cluster) !== 'write') {
      throw forbiddenToChange(principal, cluster, operation);
    }
  }

  private async persist(
    tx: Tx,
    clusterId: string,
    revision: number,
    changes: ClusterChanges,
  ): Promise<void> {
    if (changes.deletes.length > 0) {
      await tx.$executeRaw`
        DELETE FROM kube_objects o USING jsonb_to_recordset(${JSON.stringify(changes.deletes)}::jsonb)
          AS d(kind text, namespace text, name text)
        WHERE o.cluster_id = ${clusterId}::uuid AND o.kind = d.kind AND o.namespace = d.namespace AND o.name = d.name`;
    }
    if (changes.upserts.length > 0) {
      // One statement for the whole batch; ordinality keeps creation order in the id sequence.
      await tx.$executeRaw`
        INSERT INTO kube_objects (cluster_id, api_version, kind, namespace, name, uid, resource_version, labels, body)
        SELECT ${clusterId}::uuid, x->>'apiVersion', x->>'kind', coalesce(x->'metadata'->>'namespace', ''),
               x->'metadata'->>'name', (x->'metadata'->>'uid')::uuid, ${revision}::bigint,
               coalesce(x->'metadata'->'labels', '{}'::jsonb), x
        FROM jsonb_array_elements(convert_from(${jsonBytes(changes.upserts)}::bytea, 'UTF8')::jsonb) WITH ORDINALITY AS t(x, n)
        ORDER BY n
        ON CONFLICT (cluster_id, kind, namespace, name) DO UPDATE
          SET api_version = excluded.api_version, uid = excluded.uid,
              resource_version = excluded.resource_version, labels = excluded.labels, body = excluded.body`;
    }
    if (changes.events.length > 0) {
      // One statement here too: Prisma's createMany binds 10 parameters per row and takes seconds
      // for the thousands of events a large scale-up records.
      const rows = changes.events.map((e) => ({
        type: e.type,
        reason: e.reason,
        message: e.message,
        kind: e.involvedObject.kind,
        namespace: e.involvedObject.namespace,
        name: e.involvedObject.name,
        uid: e.involvedObject.uid ?? null,
        source: e.source,
      }));
      await tx.$executeRaw`
        INSERT INTO cluster_events (cluster_id, revision, type, reason, message, involved_kind,
                                    involved_namespace, involved_name, involved_uid, source)
        SELECT ${clusterId}::uuid, ${revision}::bigint, e->>'type', e->>'reason', e->>'message',
               e->>'kind', e->>'namespace', e->>'name', e->>'uid', e->>'source'
        FROM jsonb_array_elements(convert_from(${jsonBytes(rows)}::bytea, 'UTF8')::jsonb) WITH ORDINALITY AS t(e, n)
        ORDER BY n`;
    }
  }
}

/**
 * A batch as UTF-8 bytes for `convert_from($1::bytea, 'UTF8')::jsonb`: measured here, a 10 MB
 * batch goes in about twice as fast as bytes than as a text parameter through the Prisma adapter.
 */
const jsonBytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

function summary(row: {
  id: string;
  tenantId: string;
  ownerKeyId: string | null;
  name: string;
  config: unknown;
  runtime: unknown;
  revision: bigint;
  createdAt: Date;
}): ClusterSummary {
  return {
    id: row.id,
    tenantId: row.tenantId,
    ownerKeyId: row.ownerKeyId,
    name: row.name,
    config: row.config,
    runtime: row.runtime ?? {},
    revision: Number(row.revision),
    createdAt: row.createdAt,
  };
}

async function loadObjects(db: Pick<Db, 'kubeObject'>, clusterId: string): Promise<KubeObject[]> {
  const rows = await db.kubeObject.findMany({
    where: { clusterId },
    orderBy: { id: 'asc' },
    select: { body: true },
  });
  return rows.map((r) => r.body as unknown as KubeObject);
}
