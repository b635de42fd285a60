import { Injectable } from '@nestjs/common';
import {
  findKind,
  isDNS1123Label,
  KubeError,
  KubeErrorCode,
  matchesRequirements,
  notFound,
  parseSelector,
  type FieldCause,
  type KubeObject,
} from '@app/kube';
import {
  admit,
  bootstrapCluster,
  Simulation,
  validateClusterConfig,
  type AdmissionResult,
  type ClusterConfig,
  type ClusterSnapshot,
  type WriteOp,
} from '@app/netsim';
import {
  ChangeNotifier,
  ClusterRepository,
  type ClusterState,
  type ClusterSummary,
  type Principal,
  type RefusedOperation,
} from '@app/store';
import { systemAdmissionContext } from './engine-context';

export interface ClusterView extends ClusterSummary {
  config: ClusterConfig;
}

/**
 * The application service every transport (REST, GraphQL, the kubectl facade) goes through:
 * tenant-scoped cluster access, the cached simulation per revision, and atomic writes.
 */
@Injectable()
export class ClustersService {
  private readonly simulations = new WeakMap<ClusterState, Simulation>();
  /** Simulation cache lookups, for /metrics. */
  readonly simulationStats = { hits: 0, misses: 0 };
  /** Local writes wake local watches even while the notifier is reconnecting. */
  private readonly localListeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly clusters: ClusterRepository,
    private readonly notifier: ChangeNotifier,
  ) {}

  /**
   * Calls `listener` whenever the cluster may have changed: a write on any replica (pushed by
   * the notifier), its deletion, or a notifier reconnect (changes may have been missed). The
   * listener re-reads; it is never called on a timer. Returns the unsubscribe function.
   */
  onChange(id: string, listener: () => void): () => void {
    const unsubscribe = this.notifier.subscribe((event) => {
      if (event.kind !== 'apiKey' && event.clusterId === id) listener();
    });
    const unresync = this.notifier.onResync(listener);
    const local = this.localListeners.get(id) ?? new Set();
    local.add(listener);
    this.localListeners.set(id, local);
    return () => {
      unsubscribe();
      unresync();
      local.delete(listener);
      if (local.size === 0 && this.localListeners.get(id) === local) this.localListeners.delete(id);
    };
  }

  async create(principal: Principal, input: Record<string, unknown>): Promise<ClusterView> {
    const { name, ...rest } = input ?? {};
    const causes: FieldCause[] = [];
    if (typeof name !== 'string' || name === '') {
      causes.push({ reason: 'FieldValueRequired', field: 'name', message: 'Required value' });
    } else {
      for (const message of isDNS1123Label(name)) {
        causes.push({
          reason: 'FieldValueInvalid',
          field: 'name',
          message: `Invalid value: "${name}": ${message}`,
        });
      }
    }
    const { config, causes: configCauses } = validateClusterConfig(rest);
    causes.push(...configCauses);
    if (causes.length > 0 || !config) {
      throw new KubeError(
        KubeErrorCode.Invalid,
        `cluster is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
        causes,
      );
    }
    const initial = bootstrapCluster(config, systemAdmissionContext);
    const state = await this.clusters.create(principal, name as string, config, initial);
    return view(state);
  }

  async list(principal: Principal): Promise<ClusterView[]> {
    return (await this.clusters.list(principal)).map(view);
  }

  /** From the snapshot cache when it is current (every facade request asks this first). */
  async get(principal: Principal, id: string): Promise<ClusterView> {
    const cluster = await this.clusters.state(principal, id);
    if (!cluster) throw notFound('clusters', id);
    return view(cluster);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    if (!(await this.clusters.delete(principal, id))) throw notFound('clusters', id);
  }

  /**
   * Refuses early a principal that may not change the cluster: 404 when it cannot see it, 403
   * (worded after `operation`) when it may only read it. Writes check again under the lock.
   */
  async assertWritable(
    principal: Principal,
    id: string,
    operation?: RefusedOperation,
  ): Promise<ClusterView> {
    const cluster = await this.clusters.findWritable(principal, id, operation);
    if (!cluster) throw notFound('clusters', id);
    return view(cluster);
  }

  /** The cluster at its current revision (one revision query when cached). */
  async snapshot(
    principal: Principal,
    id: string,
  ): Promise<ClusterSnapshot & { cluster: ClusterView }> {
    const state = await this.clusters.state(principal, id);
    if (!state) throw notFound('clusters', id);
    return {
      config: state.config as ClusterConfig,
      revision: state.revision,
      objects: state.objects,
      cluster: view(state),
    };
  }

  /** The simulation for the cluster's current revision, built once per revision. */
  async simulation(
    principal: Principal,
    id: string,
  ): Promise<{ sim: Simulation; cluster: ClusterView }> {
    const state = await this.clusters.state(principal, id);
    if (!state) throw notFound('clusters', id);
    return { sim: this.simulationOf(state), cluster: view(state) };
  }

  /**
   * Admits the ops atomically against the cluster's latest revision; nothing is written if any op
   * fails. `ops` may be a function of the snapshot (a patch): it is then recomputed on the new
   * state whenever another write got in first, as GuaranteedUpdate re-runs its tryUpdate.
   */
  async write(
    principal: Principal,
    id: string,
    ops: WriteOp[] | ((snapshot: ClusterSnapshot) => WriteOp[]),
    operation?: RefusedOperation,
  ): Promise<AdmissionResult & { revision: number }> {
    const outcome = await this.clusters.write(
      principal,
      id,
      (state) => {
        const result = this.admitOn(state, ops);
        return { changes: result, result };
      },
      operation,
    );
    if (!outcome) throw notFound('clusters', id);
    for (const listener of [...(this.localListeners.get(id) ?? [])]) listener();
    return { ...outcome.result, revision: outcome.state.revision };
  }

  /**
   * Admits the ops against the current revision exactly as `write` would — same defaulting,
   * validation, allocation and controllers — without persisting anything or bumping the
   * revision (the Kubernetes API's `dryRun=All`). Throws the same errors as `write`.
   */
  async dryRunWrite(
    principal: Principal,
    id: string,
    ops: WriteOp[] | ((snapshot: ClusterSnapshot) => WriteOp[]),
    operation?: RefusedOperation,
  ): Promise<AdmissionResult & { revision: number }> {
    // A dry run is authorized as the write it rehearses.
    await this.assertWritable(principal, id, operation);
    const state = await this.clusters.state(principal, id);
    if (!state) throw notFound('clusters', id);
    return { ...this.admitOn(state, ops), revision: state.revision };
  }

  /** Admission of `ops` (or of the ops built from the snapshot) on one stored state. */
  private admitOn(
    state: ClusterState,
    ops: WriteOp[] | ((snapshot: ClusterSnapshot) => WriteOp[]),
  ): AdmissionResult {
    const snapshot: ClusterSnapshot = {
      config: state.config as ClusterConfig,
      revision: state.revision,
      objects: state.objects,
    };
    return admit(
      snapshot,
      typeof ops === 'function' ? ops(snapshot) : ops,
      systemAdmissionContext,
      {
        maxObjects: this.clusters.maxObjectsPerCluster,
      },
    );
  }

  /**
   * Objects filtered like a Kubernetes list: kind (Kind, plural or short name), namespace and a
   * label selector in kubectl's syntax. Unknown kinds and bad selectors are 400s.
   */
  async listObjects(
    principal: Principal,
    id: string,
    filter: { kind?: string; namespace?: string; labelSelector?: string },
  ): Promise<{ revision: number; items: KubeObject[] }> {
    const info = filter.kind ? findKind(filter.kind) : undefined;
    if (filter.kind && !info) {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        `the server doesn't have a resource type "${filter.kind}"`,
        [
          {
            reason: 'FieldValueNotSupported',
            field: 'kind',
            message: `Unsupported value: "${filter.kind}"`,
          },
        ],
      );
    }
    const requirements = filter.labelSelector ? parseSelector(filter.labelSelector) : [];
    const snapshot = await this.snapshot(principal, id);
    const items = snapshot.objects.filter(
      (o) =>
        (!info || o.kind === info.kind) &&
        (!filter.namespace || o.metadata.namespace === filter.namespace) &&
        matchesRequirements(requirements, o.metadata.labels),
    );
    return { revision: snapshot.revision, items };
  }

  private simulationOf(state: ClusterState): Simulation {
    let sim = this.simulations.get(state);
    if (sim) this.simulationStats.hits += 1;
    if (!sim) {
      this.simulationStats.misses += 1;
      sim = Simulation.build({
        config: state.config as ClusterConfig,
        revision: state.revision,
        objects: state.objects,
      });
      this.simulations.set(state, sim);
    }
    return sim;
  }
}

function view({
  id,
  tenantId,
  ownerKeyId,
  name,
  config,
  revision,
  createdAt,
}: ClusterSummary): ClusterView {
  return { id, tenantId, ownerKeyId, name, config: config as ClusterConfig, revision, createdAt };
}
