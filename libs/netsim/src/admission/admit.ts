import {
  KINDS,
  decodeObject,
  KubeError,
  KubeErrorCode,
  defaultObject,
  notFound,
  type Deployment,
  type KindInfo,
  type KubeObject,
  type Namespace,
  type ObjectKey,
  type Pod,
  type Service,
} from '@app/kube';
import type { ClusterSnapshot } from '../snapshot';
import type { AdmissionContext } from '../ports/context';
import type { AdmissionResult, DeleteOptions, WriteAction, WriteOp, WriteResult } from './write-op';
import { deletePod } from '../lifecycle/termination';
import { runControllers } from '../controllers/run-controllers';
import { generateName } from '../controllers/names';
import { AdmissionRun } from './admission-run';
import { clone } from './deep-equal';
import { invalidError, validateObject } from '@app/kube';
import { objectKeyOf } from './object-key';
import { admitPod } from './pod-admission';
import { admitService } from './service-admission';
import { recordPodPlacement, recordServiceAllocations } from './events';
import { sameRuntime } from '../runtime';

const kindInfo = new Map(KINDS.map((k) => [k.kind, k]));

/** Namespaces the API server refuses to delete (pkg/registry/core/namespace/storage). */
const PROTECTED_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

export interface AdmitOptions {
  /** Writes by the sandbox itself (bootstrap): derived kinds may be written. */
  system?: boolean;
  /**
   * The cluster's object quota (MAX_OBJECTS_PER_CLUSTER). Controllers create objects only up to
   * it (a ReplicaSet then reports FailedCreate); the store still refuses a write that grows the
   * cluster past it.
   */
  maxObjects?: number;
}

/**
 * Admits a request's write ops against a snapshot, all or nothing. Per op: decode against the
 * kind's upstream types (`decodeObject`: BadRequest for a wrong JSON type), default and validate
 * (`defaultObject`/`validateObject` from '@app/kube'), check the namespace exists (NotFound
 * `namespaces "x" not found`), then cluster-aware admission — Service IPs and ports
 * (admitService), Pod node, IP and status (admitPod), Namespace metadata label — and commit
 * (uid, creationTimestamp, generation, resourceVersion = revision + 1). Deleting a Namespace
 * deletes what it holds; `default`, `kube-system`, `kube-public` cannot be deleted (Forbidden).
 * Then the controllers run once over the result: garbage collection by ownerReferences, the
 * Deployment/ReplicaSet controllers, the EndpointSlice controller and Endpoints derivation.
 *
 * Returns one result per op in order (`object` as stored at the end, absent for deletes),
 * `upserts` holding only objects whose content changed (in creation order: new objects are
 * appended in op order, then what controllers made), `deletes` (apply them before upserts: a key
 * deleted and re-created in one request is in both) and the events. Throws KubeError — Invalid,
 * NotFound, AlreadyExists, Conflict, Forbidden, BadRequest (unknown kind, wrong JSON types), MethodNotAllowed (Endpoints,
 * which the sandbox derives) — on the first refused op; nothing of the request is then kept.
 */
export function admit(
  snapshot: ClusterSnapshot,
  ops: WriteOp[],
  ctx: AdmissionContext,
  options: AdmitOptions = {},
): AdmissionResult {
  const run = new AdmissionRun(snapshot, ctx, options.system ?? false, options.maxObjects);
  const pending: Array<{ key: ObjectKey; action: WriteAction }> = ops.map((op) =>
    op.op === 'delete' ? deleteOp(run, op.key, op.options) : writeOp(run, op.op, op.object),
  );
  runControllers(run);
  const results: WriteResult[] = pending.map(({ key, action }) => {
    // A Pod deleted gracefully is still there, Terminating: the API server answers with it.
    const stored = run.state.get(key);
    return {
      kind: key.kind,
      namespace: key.namespace,
      name: key.name,
      action,
      ...(stored ? { object: stored } : {}),
    };
  });
  return resultOf(run, results);
}

/** The run's changes; `runtime` only when it differs from the snapshot's. */
export function resultOf(run: AdmissionRun, results: WriteResult[]): AdmissionResult {
  const runtime = run.runtime();
  return {
    results,
    upserts: run.state.upserts(),
    deletes: run.state.deletes(),
    events: run.events,
    ...(sameRuntime(runtime, run.snapshot.runtime) ? {} : { runtime }),
  };
}

function lookupKind(obj: { kind?: string; apiVersion?: string }): KindInfo {
  const info = obj.kind ? kindInfo.get(obj.kind) : undefined;
  if (!info) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `no matches for kind "${obj.kind ?? ''}" in version "${obj.apiVersion ?? ''}"`,
      [],
      {
        kind: obj.kind,
      },
    );
  }
  return info;
}

/** Why a user cannot write a derived kind, and what to write instead. */
const DERIVED_HINTS: Record<string, string> = {
  Endpoints:
    'the sandbox derives Endpoints from EndpointSlices; apply an EndpointSlice labelled kubernetes.io/service-name=<service> instead',
};

function refuseDerived(run: AdmissionRun, info: KindInfo, name: string): void {
  if (info.readOnly && !run.system) {
    const hint =
      DERIVED_HINTS[info.kind] ?? "the sandbox's controllers maintain them from other objects";
    throw new KubeError(
      KubeErrorCode.MethodNotAllowed,
      `${info.resource} "${name}" cannot be written in the sandbox: ${hint}`,
      [],
      { kind: info.kind, name, group: info.group },
    );
  }
}

function requireNamespace(run: AdmissionRun, info: KindInfo, namespace: string): void {
  if (info.namespaced && !run.state.find('Namespace', '', namespace))
    throw notFound('namespaces', namespace);
}

function writeOp(
  run: AdmissionRun,
  op: 'apply' | 'create' | 'update',
  input: KubeObject,
): { key: ObjectKey; action: WriteAction } {
  const info = lookupKind(input);
  // Decode first, as the API server does: wrong JSON types are a 400 before anything reads them.
  const obj = clone(decodeObject(info.kind, input));
  obj.metadata = obj.metadata ?? {};
  if (!obj.metadata.name && obj.metadata.generateName) {
    const ns = info.namespaced ? obj.metadata.namespace || 'default' : '';
    obj.metadata.name = generateName(
      obj.metadata.generateName,
      run.random,
      (n) => Boolean(run.state.find(info.kind, ns, n)),
      info.resource,
    );
  }
  const key = objectKeyOf(obj);
  refuseDerived(run, info, key.name);
  if (info.namespaced) obj.metadata.namespace = key.namespace;
  else delete obj.metadata.namespace;

  const defaulted = defaultObject(obj);
  const causes = validateObject(defaulted);
  if (!key.name && !causes.some((c) => c.field === 'metadata.name')) {
    causes.push({
      reason: 'FieldValueRequired',
      field: 'metadata.name',
      message: 'Required value: name or generateName is required',
    });
  }
  if (causes.length) throw invalidError(info.kind, key.name, causes);

  const existing = run.state.get(key);
  if (op === 'create' && existing) {
    throw new KubeError(
      KubeErrorCode.AlreadyExists,
      `${info.resource} "${key.name}" already exists`,
      [],
      {
        kind: info.resource,
        name: key.name,
        group: info.group,
      },
    );
  }
  if (op === 'update') {
    if (!existing) throw notFound(info.resource, key.name);
    const rv = input.metadata?.resourceVersion;
    if (rv && rv !== existing.metadata.resourceVersion) {
      throw new KubeError(
        KubeErrorCode.Conflict,
        `Operation cannot be fulfilled on ${info.group ? `${info.resource}.${info.group}` : info.resource} "${key.name}": the object has been modified; please apply your changes to the latest version and try again`,
        [],
        { kind: info.resource, name: key.name, group: info.group },
      );
    }
  }
  requireNamespace(run, info, key.namespace);

  // No event per write: the API server records none (only controllers and the kubelet do).
  const action = admitKind(run, info, defaulted, existing);
  return { key, action };
}

/** Kind-specific admission, then commit; returns the action. */
function admitKind(
  run: AdmissionRun,
  info: KindInfo,
  obj: KubeObject,
  existing: KubeObject | undefined,
): WriteAction {
  switch (info.kind) {
    case 'Service': {
      const svc = obj as Service;
      const allocated = admitService(run, svc, existing as Service | undefined);
      const action = run.commit(svc, existing);
      if (action !== 'unchanged') recordServiceAllocations(run, svc, allocated);
      return action;
    }
    case 'Pod': {
      const pod = obj as Pod;
      const placement = admitPod(run, pod, existing as Pod | undefined);
      const action = run.commit(pod, existing);
      if (action !== 'unchanged') recordPodPlacement(run, pod, placement, action === 'created');
      return action;
    }
    case 'Namespace': {
      const ns = obj as Namespace;
      ns.metadata.labels = {
        ...ns.metadata.labels,
        'kubernetes.io/metadata.name': ns.metadata.name ?? '',
      };
      ns.spec = { ...ns.spec, finalizers: ns.spec?.finalizers ?? ['kubernetes'] };
      ns.status = { phase: (existing as Namespace | undefined)?.status?.phase ?? 'Active' };
      return run.commit(ns, existing);
    }
    case 'Deployment':
    case 'ReplicaSet':
    case 'Ingress': {
      // Status is a subresource: writes to the main resource keep the stored status.
      const status = (existing as Deployment | undefined)?.status;
      if (status) obj.status = clone(status);
      else delete obj.status;
      keepControllerAnnotations(obj, existing);
      return run.commit(obj, existing);
    }
    default:
      return run.commit(obj, existing);
  }
}

/** Annotations the deployment controller writes survive an apply that does not mention them, as with a three-way merge. */
function keepControllerAnnotations(obj: KubeObject, existing: KubeObject | undefined): void {
  const kept = Object.entries(existing?.metadata.annotations ?? {}).filter(
    ([k]) =>
      k.startsWith('deployment.kubernetes.io/') && obj.metadata.annotations?.[k] === undefined,
  );
  if (kept.length)
    obj.metadata.annotations = { ...obj.metadata.annotations, ...Object.fromEntries(kept) };
}

function deleteOp(
  run: AdmissionRun,
  rawKey: ObjectKey,
  options: DeleteOptions = {},
): { key: ObjectKey; action: WriteAction } {
  const info = lookupKind({ kind: rawKey.kind });
  const key: ObjectKey = {
    kind: info.kind,
    namespace: info.namespaced ? rawKey.namespace || 'default' : '',
    name: rawKey.name,
  };
  refuseDerived(run, info, key.name);
  const existing = run.state.get(key);
  if (!existing) throw notFound(info.resource, key.name);
  if (info.kind === 'Namespace' && PROTECTED_NAMESPACES.has(key.name)) {
    throw new KubeError(
      KubeErrorCode.Forbidden,
      `namespaces "${key.name}" is forbidden: this namespace may not be deleted`,
      [],
      {
        kind: 'namespaces',
        name: key.name,
      },
    );
  }
  if (options.propagationPolicy === 'Orphan') orphanDependents(run, existing);
  if (info.kind === 'Pod') {
    // A graceful delete keeps the Pod, Terminating, until the clock ends its grace period.
    deletePod(run, existing as Pod, options.gracePeriodSeconds);
    return { key, action: 'deleted' };
  }
  run.state.remove(key);
  if (info.kind === 'Namespace') {
    for (const k of KINDS) {
      if (!k.namespaced) continue;
      for (const o of run.state.list(k.kind, key.name)) run.state.remove(objectKeyOf(o));
    }
  }
  return { key, action: 'deleted' };
}

/** propagationPolicy Orphan: the dependents lose their ownerReference to `owner` and stay. */
function orphanDependents(run: AdmissionRun, owner: KubeObject): void {
  const uid = owner.metadata.uid;
  if (!uid) return;
  for (const o of run.state.objects()) {
    const refs = o.metadata.ownerReferences;
    if (!refs?.some((r) => r.uid === uid)) continue;
    const next = clone(o);
    const kept = refs.filter((r) => r.uid !== uid);
    if (kept.length) next.metadata.ownerReferences = kept;
    else delete next.metadata.ownerReferences;
    run.commit(next);
  }
}
