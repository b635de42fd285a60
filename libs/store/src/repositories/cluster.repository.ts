import {
  applyObjectChanges,
  KubeError,
  KubeErrorCode,
  type KubeObject,
  type ObjectKey,
} from '@app/kube';
import type { Db } from '../prisma-client';
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

/**
 * Clusters and their objects, always scoped by tenant: another tenant's id reads as absent.
 * Writes to one cluster are serialised by a row lock on the cluster, so admission always sees
 * the latest state and allocations (IPs, node ports) can never be handed out twice.
 */
export class ClusterRepository {
  private readonly cache: SnapshotCache<ClusterState>;

  constructor(
    private readonly db: Db,
    private readonly limits: ClusterLimits,
    cacheSize = 200,
  ) {
    this.cache = new SnapshotCache(cacheSize);
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
    const { count } = await this.db.cluster.deleteMany({ where: { id, tenantId } });
    this.cache.delete(id);
    return count > 0;
  }

  /**
   * The cluster's current state. When the cache holds the current revision this costs one
   * small query (the revision check); otherwise the objects are loaded once and cached.
   */
  async state(tenantId: string, id: string): Promise<ClusterState | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.cluster.findFirst({ where: { id, tenantId } });
    if (!row) return null;
    const revision = Number(row.revision);
    const cached = this.cache.get(id, revision);
    if (cached) return cached;
    const objects = await loadObjects(this.db, id);
    const state = { ...summary(row), objects };
    this.cache.put(id, revision, state);
    return state;
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
    const outcome = await this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Array<{ revision: bigint }>>`
          SELECT revision FROM clusters WHERE id = ${id}::uuid AND tenant_id = ${tenantId}::uuid FOR UPDATE`;
        if (rows.length === 0) return null;
        const row = await tx.cluster.findUniqueOrThrow({ where: { id } });
        const revision = Number(row.revision);
        const objects = this.cache.get(id, revision)?.objects ?? (await loadObjects(tx, id));
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
        return { result, state: { ...before, revision: next, objects: after }, changed: true };
      },
      { timeout: 30_000, maxWait: 60_000 },
    );
    if (!outcome) return null;
    if (outcome.changed) this.cache.put(id, outcome.state.revision, outcome.state);
    return { result: outcome.result, state: outcome.state };
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
