import type { KubeObject, Pod } from '@app/kube';
import { hasRequiredAntiAffinity, type PlacedPods } from './scheduling';
import type { ClusterSnapshot } from '../snapshot';
import type { AdmissionContext, RandomSource } from '../ports/context';
import { seededRandom } from '../ports/seeded-random';
import type { EventRecord } from './write-op';
import { Allocations, networkPools, type NetworkPools } from '../ipam/allocations';
import { ClusterState } from './cluster-state';
import { clone, deepEqual } from './deep-equal';
import { nodeViews, type NodeView } from './nodes';
import { keyString, objectKeyOf } from './object-key';
import { formatIPv4, parseIPv4 } from '@app/kube';
import { clusterTime, type ClusterRuntime } from '../runtime';

/** Kinds whose metadata.generation the API server maintains (bumped when the desired state changes). */
const GENERATION_FIELDS: Record<string, readonly string[]> = {
  Deployment: ['spec'],
  ReplicaSet: ['spec'],
  NetworkPolicy: ['spec'],
  Ingress: ['spec'],
  IngressClass: ['spec'],
  GatewayClass: ['spec'],
  Gateway: ['spec'],
  HTTPRoute: ['spec'],
  EndpointSlice: ['endpoints', 'ports', 'addressType'],
};

/** What changed during a run, so controllers only revisit what their inputs touched. */
export class ChangeLog {
  /** uids of changed objects and the controller-owner uids they name. */
  readonly uids = new Set<string>();
  readonly owners = new Set<string>();
  /** Labels (before and after) of changed Pods, per namespace. */
  readonly podLabels = new Map<string, Array<Record<string, string>>>();
  /** "namespace/name" of changed Services and of Services whose EndpointSlices changed. */
  readonly services = new Set<string>();
  readonly sliceServices = new Set<string>();

  observe = (before: KubeObject | undefined, after: KubeObject | undefined): void => {
    for (const o of [before, after]) {
      if (!o) continue;
      const ns = o.metadata.namespace ?? '';
      if (o.metadata.uid) this.uids.add(o.metadata.uid);
      for (const r of o.metadata.ownerReferences ?? []) if (r.controller) this.owners.add(r.uid);
      if (o.kind === 'Node') this.nodeVersion++;
      if (o.kind === 'Pod') {
        let list = this.podLabels.get(ns);
        if (!list) this.podLabels.set(ns, (list = []));
        list.push(o.metadata.labels ?? {});
      } else if (o.kind === 'Service') {
        this.services.add(`${ns}/${o.metadata.name}`);
      } else if (o.kind === 'EndpointSlice') {
        const svc = o.metadata.labels?.['kubernetes.io/service-name'];
        if (svc) this.sliceServices.add(`${ns}/${svc}`);
      }
    }
  };

  /** Bumped on every Node change; lets readers cache node views. */
  nodeVersion = 0;

  touched(uid: string | undefined): boolean {
    return uid !== undefined && (this.uids.has(uid) || this.owners.has(uid));
  }
}

/** client-go EventCorrelator's defaultAggregateMaxEvents. */
const MAX_SIMILAR_EVENTS = 10;

export type CommitAction = 'created' | 'configured' | 'unchanged';

/** RFC 3339 with seconds, as metav1.Time serialises ("2026-01-01T00:00:00Z"). */
export const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * One admission: the working state, the allocation ledger, the clock reading and the events
 * produced. Everything a write needs to fill server-side metadata goes through `commit`.
 */
export class AdmissionRun {
  readonly state: ClusterState;
  readonly alloc: Allocations;
  readonly pools: NetworkPools;
  readonly events: EventRecord[] = [];
  readonly changes = new ChangeLog();
  readonly now: string;
  /** The clock reading as a Date (deadlines are computed from it). */
  readonly nowDate: Date;
  readonly resourceVersion: string;
  /** Randomness for generated names: the context's, else seeded by the revision (reproducible). */
  readonly random: RandomSource;

  constructor(
    readonly snapshot: ClusterSnapshot,
    readonly ctx: AdmissionContext,
    /** System writes (bootstrap) may write derived kinds. */
    readonly system = false,
    /** The cluster's object quota: controllers stop creating objects when the state holds this many. */
    readonly maxObjects = Number.POSITIVE_INFINITY,
  ) {
    this.pools = networkPools(snapshot.config);
    this.state = new ClusterState(snapshot.objects);
    this.alloc = new Allocations(this.pools);
    for (const obj of this.state.objects()) this.alloc.observe(undefined, obj);
    this.state.onChange(this.alloc.observe);
    for (const obj of this.state.objects()) this.trackAntiAffinity(undefined, obj);
    this.state.onChange(this.trackAntiAffinity);
    this.state.onChange(this.changes.observe);
    for (const [node, ip] of Object.entries(snapshot.runtime?.lastReservedPodIP ?? {})) {
      const n = parseIPv4(ip);
      if (n !== undefined) this.alloc.lastReserved.set(node, n);
    }
    this.nowDate = clusterTime(snapshot.runtime, ctx.now());
    this.now = rfc3339(this.nowDate);
    this.resourceVersion = String(snapshot.revision + 1);
    this.random = ctx.random ?? seededRandom(`generated-names@${snapshot.revision}`);
  }

  private nodeCache?: { version: number; views: NodeView[] };
  /** Placed Pods with required anti-affinity terms, by key: the scheduler's symmetric check. */
  private readonly antiAffinity = new Map<string, Pod>();

  private trackAntiAffinity = (before: KubeObject | undefined, after: KubeObject | undefined) => {
    if (before?.kind === 'Pod') this.antiAffinity.delete(keyString(objectKeyOf(before)));
    if (
      after?.kind === 'Pod' &&
      (after as Pod).spec?.nodeName &&
      hasRequiredAntiAffinity(after as Pod)
    )
      this.antiAffinity.set(keyString(objectKeyOf(after)), after as Pod);
  };

  /** The Pods on nodes, for InterPodAffinity (built on demand: only Pods with affinity need it). */
  placedPods(): PlacedPods {
    const byNode = new Map<string, Pod[]>();
    for (const pod of this.state.list<Pod>('Pod')) {
      const node = pod.spec?.nodeName;
      if (!node) continue;
      const list = byNode.get(node);
      if (list) list.push(pod);
      else byNode.set(node, [pod]);
    }
    return { byNode, withAntiAffinity: [...this.antiAffinity.values()] };
  }

  /** The nodes as scheduling and IPAM see them, cached until a Node changes. */
  nodes(): NodeView[] {
    if (this.nodeCache?.version !== this.changes.nodeVersion) {
      this.nodeCache = { version: this.changes.nodeVersion, views: nodeViews(this.state) };
    }
    return this.nodeCache.views;
  }

  /** The runtime after this run: the snapshot's, with the pod addresses handed out since. */
  runtime(): ClusterRuntime {
    const lastReservedPodIP: Record<string, string> = {};
    for (const [node, ip] of [...this.alloc.lastReserved].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (this.state.find('Node', '', node)) lastReservedPodIP[node] = formatIPv4(ip);
    const out: ClusterRuntime = { ...this.snapshot.runtime };
    if (Object.keys(lastReservedPodIP).length) out.lastReservedPodIP = lastReservedPodIP;
    else delete out.lastReservedPodIP;
    return out;
  }

  get config() {
    return this.snapshot.config;
  }

  /**
   * Stores `obj` unless it equals the stored version: keeps uid, creationTimestamp and (when
   * omitted) managedFields of the stored object (fresh uid and time from the context when new), bumps generation when a generation-
   * tracked field changed, and stamps resourceVersion = revision + 1 on real changes only.
   */
  commit(obj: KubeObject, existing = this.state.get(objectKeyOf(obj))): CommitAction {
    const meta = obj.metadata;
    const tracked = GENERATION_FIELDS[obj.kind];
    if (existing) {
      meta.uid = existing.metadata.uid;
      meta.creationTimestamp = existing.metadata.creationTimestamp;
      // As the API server: a write that omits managedFields keeps the recorded field owners.
      if (meta.managedFields === undefined && existing.metadata.managedFields) {
        meta.managedFields = existing.metadata.managedFields;
      }
      if (tracked) {
        const prev = existing.metadata.generation ?? 1;
        meta.generation = tracked.every((f) => deepEqual(obj[f], existing[f])) ? prev : prev + 1;
      } else {
        delete meta.generation;
      }
      meta.resourceVersion = existing.metadata.resourceVersion;
      if (deepEqual(obj, existing)) return 'unchanged';
    } else {
      meta.uid = this.ctx.newUid();
      meta.creationTimestamp = this.now;
      if (tracked) meta.generation = 1;
      else delete meta.generation;
    }
    meta.resourceVersion = this.resourceVersion;
    this.state.put(obj);
    return existing ? 'configured' : 'created';
  }

  /** Per aggregation key: messages seen, and where the combined event sits once there is one. */
  private readonly similarEvents = new Map<string, { messages: number; combined?: number }>();

  /**
   * Records an event the way client-go's EventCorrelator aggregates them (events_cache.go,
   * maxEvents 10): events of one source, involved object, type and reason are kept one by one up
   * to the 9th; from the 10th on they become one event "(combined from similar events): <latest
   * message>". So a ReplicaSet creating 10,000 Pods logs 10 SuccessfulCreate events, not 10,000.
   */
  event(
    involved: KubeObject,
    reason: string,
    message: string,
    source: string,
    type: EventRecord['type'] = 'Normal',
  ): void {
    const key = objectKeyOf(involved);
    const record: EventRecord = {
      type,
      reason,
      message,
      involvedObject: {
        kind: key.kind,
        namespace: key.namespace,
        name: key.name,
        uid: involved.metadata.uid,
      },
      source,
    };
    const aggregateKey = `${source}\n${keyString(key)}\n${involved.metadata.uid ?? ''}\n${type}\n${reason}`;
    const similar = this.similarEvents.get(aggregateKey) ?? { messages: 0 };
    this.similarEvents.set(aggregateKey, similar);
    similar.messages++;
    if (similar.messages < MAX_SIMILAR_EVENTS) {
      this.events.push(record);
      return;
    }
    record.message = `(combined from similar events): ${message}`;
    if (similar.combined === undefined) {
      similar.combined = this.events.length;
      this.events.push(record);
    } else {
      this.events[similar.combined] = record;
    }
  }

  /** A detached copy to modify (stored objects are never mutated in place). */
  copy<T extends KubeObject>(obj: T): T {
    return clone(obj);
  }
}
