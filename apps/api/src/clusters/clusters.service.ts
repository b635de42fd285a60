import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
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
  advanceClock,
  bootstrapCluster,
  clusterTime,
  DEFAULT_CLUSTER_CONFIG,
  MAX_CLOCK_STEP_SECONDS,
  nextWakeUp,
  Simulation,
  validateClusterConfig,
  type AdmissionResult,
  type ClusterConfig,
  type ClusterRuntime,
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
import { WakeUpTimers } from './wake-up-timers';

export interface ClusterView extends Omit<ClusterSummary, 'runtime'> {
  config: ClusterConfig;
}

/** The cluster clock as `GET|POST /v1/clusters/{id}/clock` shows it. */
export interface ClusterClockView {
  /** The cluster's time (RFC 3339 with milliseconds). */
  now: string;
  /** Seconds the cluster clock runs ahead of the wall clock (the sum of all steps). */
  offsetSeconds: number;
  /** When the clock next has something to do (a grace period ending…); null: nothing waits. */
  nextWakeUp: string | null;
  revision: number;
}

/** Clock steps run back to back before the timer takes over (a rollout of many small steps). */
const MAX_SETTLE_STEPS = 100;

/** Whom the clock's own writes run as: the tenant's admin role, no key. */
const clockPrincipal = (tenantId: string): Principal => ({
  tenantId,
  tenantName: '',
  keyId: '00000000-0000-0000-0000-000000000000',
  keyName: 'cluster-clock',
  role: 'admin',
});

/**
 * The application service every transport (REST, GraphQL, the kubectl facade) goes through:
 * tenant-scoped cluster access, the cached simulation per revision, and atomic writes.
 */
@Injectable()
export class ClustersService implements OnModuleDestroy {
  private readonly simulations = new WeakMap<ClusterState, Simulation>();
  /** nextWakeUp per stored state (wall-clock ms, null: none), computed once per revision. */
  private readonly wakeUps = new WeakMap<ClusterState, number | null>();
  private readonly tenants = new Map<string, string>();
  private readonly logger = new Logger('cluster-clock');
  readonly timers = new WakeUpTimers((id) => this.tick(id));
  /** Simulation cache lookups, for /metrics. */
  readonly simulationStats = { hits: 0, misses: 0 };
  /** Local writes wake local watches even while the notifier is reconnecting. */
  private readonly localListeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly clusters: ClusterRepository,
    private readonly notifier: ChangeNotifier,
  ) {}

  onModuleDestroy(): void {
    this.timers.stop();
  }

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
    this.observe(state);
    return { ...snapshotOf(state), cluster: view(state) };
  }

  /** The simulation for the cluster's current revision, built once per revision. */
  async simulation(
    principal: Principal,
    id: string,
  ): Promise<{ sim: Simulation; cluster: ClusterView }> {
    const state = await this.clusters.state(principal, id);
    if (!state) throw notFound('clusters', id);
    this.observe(state);
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
    // Rollout steps possible at once follow before the answer, each its own revision.
    await this.settle(outcome.state);
    return { ...outcome.result, revision: outcome.state.revision };
  }

  /** The cluster clock: its time, offset and next wake-up. */
  async clock(principal: Principal, id: string): Promise<ClusterClockView> {
    const state = await this.clusters.state(principal, id);
    if (!state) throw notFound('clusters', id);
    return this.clockView(state);
  }

  /**
   * Steps the cluster clock `seconds` ahead (0 < seconds ≤ a year) and runs what falls due
   * (Pods whose grace period ends, rollout steps) in the same write, so labs and tests never
   * wait for simulated time.
   */
  async stepClock(principal: Principal, id: string, seconds: unknown): Promise<ClusterClockView> {
    if (
      typeof seconds !== 'number' ||
      !Number.isFinite(seconds) ||
      seconds <= 0 ||
      seconds > MAX_CLOCK_STEP_SECONDS
    ) {
      throw new KubeError(
        KubeErrorCode.Invalid,
        `seconds: Invalid value: ${JSON.stringify(seconds ?? null)}: must be a number of seconds greater than 0 and at most ${MAX_CLOCK_STEP_SECONDS}`,
        [
          {
            reason: 'FieldValueInvalid',
            field: 'seconds',
            message: `Invalid value: ${JSON.stringify(seconds ?? null)}: must be a number of seconds greater than 0 and at most ${MAX_CLOCK_STEP_SECONDS}`,
          },
        ],
      );
    }
    const outcome = await this.clusters.write(principal, id, (state) => {
      const result = advanceClock(snapshotOf(state), systemAdmissionContext, seconds, {
        maxObjects: this.clusters.maxObjectsPerCluster,
      });
      return { changes: result, result };
    });
    if (!outcome) throw notFound('clusters', id);
    for (const listener of [...(this.localListeners.get(id) ?? [])]) listener();
    return this.clockView(await this.settle(outcome.state));
  }

  private clockView(state: ClusterState): ClusterClockView {
    const runtime = state.runtime as ClusterRuntime | undefined;
    const next = nextWakeUp(snapshotOf(state));
    return {
      now: clusterTime(runtime, new Date()).toISOString(),
      offsetSeconds: runtime?.clockOffsetSeconds ?? 0,
      nextWakeUp: next ? next.toISOString() : null,
      revision: state.revision,
    };
  }

  /** The state's next wake-up on the wall clock (ms; null: nothing waits), once per revision. */
  private wakeUpOf(state: ClusterState): number | null {
    let at = this.wakeUps.get(state);
    if (at === undefined) {
      const next = nextWakeUp(snapshotOf(state));
      const offset = (state.runtime as ClusterRuntime | undefined)?.clockOffsetSeconds ?? 0;
      at = next ? next.getTime() - offset * 1000 : null;
      this.wakeUps.set(state, at);
    }
    return at;
  }

  /** Keeps the cluster's wake-up timer at the state's next wake-up. */
  private observe(state: ClusterState, afterTick = false): void {
    const at = this.wakeUpOf(state);
    if (at !== null) this.tenants.set(state.id, state.tenantId);
    this.timers.schedule(state.id, at ?? undefined, afterTick);
  }

  /** The timer's work: what is due at the cluster's time, as the cluster clock's own principal. */
  private async tick(id: string): Promise<void> {
    const tenantId = this.tenants.get(id);
    if (!tenantId) return;
    const state = await this.clusters.state(clockPrincipal(tenantId), id);
    if (!state) {
      this.tenants.delete(id);
      return;
    }
    await this.settle(state);
  }

  /**
   * Runs what is due by the cluster's clock (grace periods ended, rollout steps possible), one
   * write per step so watchers see each, at most MAX_SETTLE_STEPS in a row; then sets the timer
   * for what waits. Failures are logged and retried by the timer, never thrown to the caller.
   */
  private async settle(state: ClusterState): Promise<ClusterState> {
    let current = state;
    const principal = clockPrincipal(state.tenantId);
    try {
      for (let step = 0; step < MAX_SETTLE_STEPS; step++) {
        const due = this.wakeUpOf(current);
        if (due === null || due > Date.now()) break;
        const outcome = await this.clusters.write(principal, current.id, (latest) => {
          const result = advanceClock(snapshotOf(latest), systemAdmissionContext, 0, {
            maxObjects: this.clusters.maxObjectsPerCluster,
          });
          return { changes: result, result };
        });
        if (!outcome) return current;
        const progressed = outcome.state.revision !== current.revision;
        current = outcome.state;
        if (!progressed) break;
        for (const listener of [...(this.localListeners.get(current.id) ?? [])]) listener();
      }
    } catch (err) {
      this.logger.warn(`clock step for cluster ${state.id} failed: ${(err as Error).message}`);
    }
    this.observe(current, true);
    return current;
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
    const snapshot = snapshotOf(state);
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

/** The engine's view of a stored state. */
function snapshotOf(state: ClusterState): ClusterSnapshot {
  return {
    config: state.config as ClusterConfig,
    revision: state.revision,
    objects: state.objects,
    runtime: (state.runtime ?? {}) as ClusterRuntime,
  };
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
  // Clusters created before a config field existed read as its default.
  const effective = { ...DEFAULT_CLUSTER_CONFIG, ...(config as ClusterConfig) };
  return { id, tenantId, ownerKeyId, name, config: effective, revision, createdAt };
}
