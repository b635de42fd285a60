import {
  applyObjectChanges,
  KubeError,
  KubeErrorCode,
  type KubeObject,
  type ObjectKey,
} from '@app/kube';
import type { Db } from '../prisma-client';
import { publishChange, type ChangeNotifier } from '../notify/change-notifier';
import { CHANGE_CHANNEL, formatChange } from '../notify/change-event';
import { SnapshotCache } from '../snapshot-cache';

/** A cluster and all its objects at one revision, objects in creation order. */
export interface ClusterState {
  id: string;
  tenantId: string;
  name: string;
  config: unknown;
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
}

export interface ClusterLimits {
  maxClustersPerTenant: number;
  maxObjectsPerCluster: number;
}

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

/** How long a writer waits for its own notification before acknowledging anyway. */
const ECHO_WAIT_MS = 1_000;

/**
 * Clusters and their objects, always scoped by tenant: another tenant's id reads as absent.
 * Writes to one cluster are serialised by a row lock on the cluster, so admission always sees
 * the latest state and allocations (IPs, node ports) can never be handed out twice.
 */
export class ClusterRepository {
  private readonly cache: SnapshotCache<CachedState>;
  readonly readStats: ClusterReadStats = { notifiedHits: 0, checkedHits: 0, misses: 0 };
  private readonly loads = new Map<
    string,
    { promise: Promise<ClusterState | null>; epoch: number; announced: number | undefined }
  >();

  /**
   * With a notifier, a cached read skips the revision query while the notifier is connected and
   * has announced nothing newer than the cached revision; without one (or while it is down)
   * every read checks the revision.
   */
  constructor(
    private readonly db: Db,
    private readonly limits: ClusterLimits,
    cacheSize = 200,
    private readonly notifier?: ChangeNotifier,
  ) {
    this.cache = new SnapshotCache(cacheSize);
    notifier?.subscribe((event) => {
      if (event.kind === 'clusterDeleted') this.cache.delete(event.clusterId);
    });
  }

  /** Creates a cluster with its initial objects in one transaction, within the tenant's quota. */
  async create(
    tenantId: string,
    name: string,
    config: unknown,
    initial: ClusterChanges,
  ): Promise<ClusterState> {
    return this.db.$transaction(
      async (tx) => {
        // Lock the tenant row so concurrent creates cannot both pass the quota check.
        await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
        const count = await tx.cluster.count({ where: { tenantId } });
        if (count >= this.limits.maxClustersPerTenant) {
          throw new KubeError(
            KubeErrorCode.QuotaExceeded,
            `cluster quota exceeded: this tenant already has ${count} clusters (limit ${this.limits.maxClustersPerTenant}); delete one first`,
          );
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
          data: { tenantId, name, config: config as object, revision: 1 },
        });
        await this.persist(tx, row.id, 1, initial);
        const state: ClusterState = { ...summary(row), objects: [...initial.upserts] };
        return state;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  }

  async list(tenantId: string): Promise<ClusterSummary[]> {
    const rows = await this.db.cluster.findMany({
      where: { tenantId },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(summary);
  }

  async find(tenantId: string, id: string): Promise<ClusterSummary | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.cluster.findFirst({ where: { id, tenantId } });
    return row ? summary(row) : null;
  }

  async delete(tenantId: string, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const [{ count }] = await this.db.$transaction([
      this.db.cluster.deleteMany({ where: { id, tenantId } }),
      this.db
        .$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${formatChange({ kind: 'clusterDeleted', clusterId: id })})`,
    ]);
    this.cache.delete(id);
    return count > 0;
  }

  /**
   * The cluster's current state. Cached and vouched for by the notifier: no query. Cached
   * otherwise: one small query (the revision check). Else the objects are loaded and cached.
   */
  async state(tenantId: string, id: string): Promise<ClusterState | null> {
    if (!isUuid(id)) return null;
    const trusted = this.notifiedCurrent(id);
    if (trusted) {
      this.readStats.notifiedHits += 1;
      return trusted.tenantId === tenantId ? trusted : null;
    }
    const state = await this.sharedLoad(id);
    return state && state.tenantId === tenantId ? state : null;
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
   * Runs `decide` on the latest state while holding the cluster's row lock, persists the
   * changes it returns and bumps the revision once. Nothing is written when `decide` throws
   * or returns no changes. Returns what `decide` returned and the state after the write.
   */
  async write<T>(
    tenantId: string,
    id: string,
    decide: (state: ClusterState) => { changes: ClusterChanges | null; result: T },
  ): Promise<{ result: T; state: ClusterState } | null> {
    if (!isUuid(id)) return null;
    const epoch = this.currentEpoch();
    const outcome = await this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Array<{ revision: bigint }>>`
          SELECT revision FROM clusters WHERE id = ${id}::uuid AND tenant_id = ${tenantId}::uuid FOR UPDATE`;
        if (rows.length === 0) return null;
        const row = await tx.cluster.findUniqueOrThrow({ where: { id } });
        const revision = Number(row.revision);
        const objects = this.cache.get(id, revision)?.state.objects ?? (await loadObjects(tx, id));
        const before: ClusterState = { ...summary(row), objects };
        const { changes, result } = decide(before);
        if (!changes || (changes.upserts.length === 0 && changes.deletes.length === 0)) {
          return { result, state: before, changed: false };
        }
        const after = applyObjectChanges(objects, changes);
        if (after.length > this.limits.maxObjectsPerCluster && after.length > objects.length) {
          throw new KubeError(
            KubeErrorCode.QuotaExceeded,
            `object quota exceeded: the cluster would hold ${after.length} objects (limit ${this.limits.maxObjectsPerCluster})`,
          );
        }
        const next = revision + 1;
        await tx.cluster.update({ where: { id }, data: { revision: next } });
        await this.persist(tx, id, next, changes);
        // Delivered to every replica on commit, never for a rolled-back write.
        await publishChange(tx, { kind: 'cluster', clusterId: id, revision: next });
        return { result, state: { ...before, revision: next, objects: after }, changed: true };
      },
      { timeout: 30_000, maxWait: 60_000 },
    );
    if (!outcome) return null;
    if (!outcome.changed) return { result: outcome.result, state: outcome.state };
    const state = this.remember(outcome.state, epoch);
    // Acknowledge only once our own notification is back: the same commit signalled every other
    // replica's listener, so a read sent to one of them after this answer sees the write.
    if (this.notifier?.connected) {
      await this.notifier.waitForRevision(id, state.revision, ECHO_WAIT_MS);
    }
    return { result: outcome.result, state };
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
    tenantId: string,
    id: string,
    afterId = 0,
    limit = 1000,
  ): Promise<StoredEvent[] | null> {
    if (!(await this.find(tenantId, id))) return null;
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
        FROM jsonb_array_elements(${JSON.stringify(changes.upserts)}::jsonb) WITH ORDINALITY AS t(x, n)
        ORDER BY n
        ON CONFLICT (cluster_id, kind, namespace, name) DO UPDATE
          SET api_version = excluded.api_version, uid = excluded.uid,
              resource_version = excluded.resource_version, labels = excluded.labels, body = excluded.body`;
    }
    if (changes.events.length > 0) {
      await tx.clusterEvent.createMany({
        data: changes.events.map((e) => ({
          clusterId,
          revision: BigInt(revision),
          type: e.type,
          reason: e.reason,
          message: e.message,
          involvedKind: e.involvedObject.kind,
          involvedNamespace: e.involvedObject.namespace,
          involvedName: e.involvedObject.name,
          involvedUid: e.involvedObject.uid ?? null,
          source: e.source,
        })),
      });
    }
  }
}

function summary(row: {
  id: string;
  tenantId: string;
  name: string;
  config: unknown;
  revision: bigint;
  createdAt: Date;
}): ClusterSummary {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    config: row.config,
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
