import {
  applyObjectChanges,
  KubeError,
  KubeErrorCode,
  type KubeObject,
  type ObjectKey,
} from '@app/kube';
import type { Db } from '../prisma-client';
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
  /** Clusters one non-admin key may own, beside the tenant's quota. */
  maxClustersPerPrincipal: number;
  maxObjectsPerCluster: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Clusters and their objects, always scoped by the caller: another tenant's cluster, and a
 * cluster the access policy hides from the caller's role, read as absent; one it may read but
 * not change is a 403 on writes.
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
          data: { tenantId, ownerKeyId: keyId, name, config: config as object, revision: 1 },
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
        return true;
      },
      { timeout: 30_000, maxWait: 60_000 },
    );
    if (deleted) this.cache.delete(id);
    return deleted;
  }

  /**
   * The cluster's current state. When the cache holds the current revision this costs one
   * small query (the revision check); otherwise the objects are loaded once and cached.
   */
  async state(principal: Principal, id: string): Promise<ClusterState | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.cluster.findFirst({ where: { id, tenantId: principal.tenantId } });
    if (!row || clusterAccess(principal, row) === 'none') return null;
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
   * or returns no changes. Returns what `decide` returned and the state after the write; null
   * when the principal cannot see the cluster, a 403 (worded after `operation`) when it may
   * only read it.
   */
  async write<T>(
    principal: Principal,
    id: string,
    decide: (state: ClusterState) => { changes: ClusterChanges | null; result: T },
    operation?: RefusedOperation,
  ): Promise<{ result: T; state: ClusterState } | null> {
    if (!isUuid(id)) return null;
    const outcome = await this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Array<{ revision: bigint }>>`
          SELECT revision FROM clusters WHERE id = ${id}::uuid AND tenant_id = ${principal.tenantId}::uuid FOR UPDATE`;
        if (rows.length === 0) return null;
        const row = await tx.cluster.findUniqueOrThrow({ where: { id } });
        if (clusterAccess(principal, row) === 'none') return null;
        this.assertWritable(principal, row, operation);
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
  ownerKeyId: string | null;
  name: string;
  config: unknown;
  revision: bigint;
  createdAt: Date;
}): ClusterSummary {
  return {
    id: row.id,
    tenantId: row.tenantId,
    ownerKeyId: row.ownerKeyId,
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
