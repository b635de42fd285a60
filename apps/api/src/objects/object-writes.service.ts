import { Injectable } from '@nestjs/common';
import {
  decodeObject,
  findKind,
  KubeError,
  KubeErrorCode,
  recordUpdate,
  serverSideApply,
  type Deployment,
  type KindInfo,
  type KubeObject,
} from '@app/kube';
import type { ClusterSnapshot, DeleteOptions, WriteOp, WriteResult } from '@app/netsim';
import type { Principal, RefusedOperation } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { APPLY_PATCH, now, patchedObject, type ObjectRef, type Patch } from './patch-object';
import { requestObject } from './request-object';
import { decodeFields } from './unknown-fields';
import type { WriteOptions } from './write-options';

/** Who writes to which cluster; `operation` words a refusal the way the caller's API does. */
export interface WriteScope {
  principal: Principal;
  clusterId: string;
  operation?: RefusedOperation;
  /** The transport already refused a caller that may not write (the facade does, before decoding). */
  authorized?: boolean;
}

/** One written object as stored (or as it would be, under dry run) and what was dropped from it. */
export interface Written<T extends KubeObject = KubeObject> {
  object: T;
  /** Paths of unknown fields dropped under fieldValidation Warn (`spec.selectorr`). */
  unknownFields: string[];
  revision: number;
}

/** One object of a multi-object apply. */
export interface AppliedObject {
  kind: string;
  namespace: string;
  name: string;
  action: WriteResult['action'];
  object?: KubeObject;
  unknownFields: string[];
}

/** Preconditions of a delete (metav1.Preconditions). */
export interface Preconditions {
  uid?: string;
  resourceVersion?: string;
}

/** What a delete takes: dryRun, preconditions, and the DeleteOptions the engine honours. */
export interface DeletionOptions extends Pick<WriteOptions, 'dryRun'> {
  preconditions?: Preconditions;
  /** gracePeriodSeconds (Pods), propagationPolicy. */
  deletion?: DeleteOptions;
}

/** A patch racing other writes keeps retrying this long (GuaranteedUpdate retries until it wins). */
const PATCH_RETRY_MS = 30_000;

/** `deployments.apps "web" not found`, as the API server words it (GroupResource + name). */
export function objectNotFound(info: KindInfo, name: string): KubeError {
  const resource = info.group ? `${info.resource}.${info.group}` : info.resource;
  return new KubeError(KubeErrorCode.NotFound, `${resource} "${name}" not found`, [], {
    kind: info.resource,
    name,
    group: info.group,
  });
}

const keyOf = (ref: ObjectRef) => ({
  kind: ref.info.kind,
  namespace: ref.info.namespaced ? ref.namespace || 'default' : '',
  name: ref.name,
});

/** The stored object at `ref` in one snapshot: the one object lookup every write uses. */
export function findObject(objects: readonly KubeObject[], ref: ObjectRef): KubeObject | undefined {
  const key = keyOf(ref);
  return objects.find(
    (o) =>
      o.kind === key.kind &&
      o.metadata.name === key.name &&
      (o.metadata.namespace ?? '') === key.namespace,
  );
}

function preconditionFailed(ref: ObjectRef, what: string, wanted: string, actual = ''): KubeError {
  return new KubeError(
    KubeErrorCode.Conflict,
    `Precondition failed: ${what} in precondition: ${wanted}, ${what} in object meta: ${actual}`,
    [],
    { kind: ref.info.resource, name: ref.name, group: ref.info.group },
  );
}

/**
 * The one object-write use case behind REST, GraphQL and the kubectl facade: create, update,
 * apply, patch, scale, status changes and delete, each with fieldValidation, managedFields for
 * the caller's field manager, preconditions and dry run, admitted through ClustersService.write
 * (or its dry-run twin) so every transport gets the same defaulting, validation and controllers.
 * Transports only turn their request into an ObjectRef, a body and WriteOptions, and render.
 */
@Injectable()
export class ObjectWritesService {
  constructor(private readonly clusters: ClustersService) {}

  /** 404/403 for a caller that may not write, before the object is looked up (the API server's order). */
  private async authorize(scope: WriteScope): Promise<void> {
    if (scope.authorized) return;
    await this.clusters.assertWritable(scope.principal, scope.clusterId, scope.operation);
    scope.authorized = true;
  }

  /** The stored object, or the API server's NotFound. */
  async get(scope: WriteScope, ref: ObjectRef): Promise<KubeObject> {
    const snapshot = await this.clusters.snapshot(scope.principal, scope.clusterId);
    const found = findObject(snapshot.objects, ref);
    if (!found) throw objectNotFound(ref.info, ref.name);
    return found;
  }

  /**
   * Creates or replaces each object, atomically (all or none): a wrong JSON type is the
   * decoder's 400 before unknown fields are looked at, as upstream; each object's fields are
   * recorded for the field manager against the object stored at the revision the write commits on.
   */
  async apply(
    scope: WriteScope,
    inputs: KubeObject[],
    options: WriteOptions,
  ): Promise<{ revision: number; results: AppliedObject[] }> {
    for (const input of inputs) decodeObject(input.kind, input);
    const decoded = inputs.map((input) => {
      const info = findKind(input.kind);
      return decodeFields(
        { kind: input.kind, version: info?.version ?? 'v1' },
        input,
        options.fieldValidation,
      );
    });
    const time = now();
    const ops = (snapshot: ClusterSnapshot): WriteOp[] =>
      decoded.map(({ object }) => {
        const info = findKind(object.kind);
        const current = info
          ? findObject(snapshot.objects, {
              info,
              namespace: object.metadata.namespace,
              name: object.metadata.name ?? '',
            })
          : undefined;
        return {
          op: 'apply' as const,
          object: recordUpdate(current, object, options.fieldManager, { time }),
        };
      });
    const outcome = await this.commit(scope, ops, options.dryRun);
    return {
      revision: outcome.revision,
      results: outcome.results.map((r, i) => ({ ...r, unknownFields: decoded[i].unknownFields })),
    };
  }

  /** POST: the body checked against the URL, its fields owned by the manager; 409 when it exists. */
  async create(
    scope: WriteScope,
    ref: Omit<ObjectRef, 'name'>,
    body: unknown,
    options: WriteOptions,
  ): Promise<Written> {
    const { object: input, unknownFields } = decodeFields(
      ref.info,
      requestObject(ref.info, body, ref.namespace),
      options.fieldValidation,
    );
    const object = recordUpdate(undefined, input, options.fieldManager, { time: now() });
    const { results, revision } = await this.commit(
      scope,
      [{ op: 'create', object }],
      options.dryRun,
    );
    return { object: results[0].object as KubeObject, unknownFields, revision };
  }

  /**
   * PUT: a full replacement of the stored object (404 when absent), conditioned on the
   * resourceVersion the body carries (409 when it is stale, as upstream).
   */
  async update(
    scope: WriteScope,
    ref: ObjectRef,
    body: unknown,
    options: WriteOptions,
  ): Promise<Written> {
    const { object: input, unknownFields } = decodeFields(
      ref.info,
      requestObject(ref.info, body, ref.namespace, ref.name),
      options.fieldValidation,
    );
    await this.authorize(scope);
    const current = await this.get(scope, ref);
    const object = recordUpdate(current, input, options.fieldManager, { time: now() });
    const { results, revision } = await this.commit(
      scope,
      [{ op: 'update', object }],
      options.dryRun,
    );
    return { object: results[0].object as KubeObject, unknownFields, revision };
  }

  /**
   * A change computed from the object as stored at the revision the write commits against
   * (404 when absent), so a concurrent write makes it recompute instead of failing with a 409
   * (GuaranteedUpdate's tryUpdate). `subresource` names the managedFields entry (`scale`,
   * `status`); `resourceVersion` pins the update to one revision (then a newer one is a 409).
   */
  async updateLatest<T extends KubeObject>(
    scope: WriteScope,
    ref: ObjectRef,
    change: (current: T) => T,
    options: WriteOptions & { subresource?: string; resourceVersion?: string },
  ): Promise<Written<T>> {
    await this.authorize(scope);
    await this.get(scope, ref); // 404 before anything else
    const time = now();
    const ops = (snapshot: ClusterSnapshot): WriteOp[] => {
      const current = findObject(snapshot.objects, ref) as T | undefined;
      if (!current) throw objectNotFound(ref.info, ref.name);
      const next = change(structuredClone(current));
      if (options.resourceVersion) next.metadata.resourceVersion = options.resourceVersion;
      const object = recordUpdate(current, next, options.fieldManager, {
        time,
        subresource: options.subresource,
      });
      return [{ op: 'update', object }];
    };
    const { results, revision } = await this.commit(scope, ops, options.dryRun);
    return { object: results[0].object as T, unknownFields: [], revision };
  }

  /** `spec.replicas` of a Deployment through its scale subresource. */
  scale(
    scope: WriteScope,
    ref: ObjectRef,
    replicas: number,
    options: WriteOptions & { resourceVersion?: string },
  ): Promise<Written<Deployment>> {
    return this.updateLatest<Deployment>(
      scope,
      ref,
      (d) => ({ ...d, spec: { ...d.spec, replicas } as Deployment['spec'] }),
      { ...options, subresource: 'scale' },
    );
  }

  /**
   * PATCH of an object or of a Deployment's scale: the patch is applied to the stored object and
   * the result written as an update conditioned on the resourceVersion it was computed from,
   * retried when another write got in between (the API server's GuaranteedUpdate). Server-side
   * apply creates an absent object (`created`) and answers field conflicts with a 409.
   */
  async patch(
    scope: WriteScope,
    ref: ObjectRef,
    patch: Patch,
    options: WriteOptions,
  ): Promise<Written & { created: boolean }> {
    const deadline = Date.now() + PATCH_RETRY_MS;
    for (let attempt = 1; ; attempt++) {
      const snapshot = await this.clusters.snapshot(scope.principal, scope.clusterId);
      const current = findObject(snapshot.objects, ref);
      try {
        if (!current)
          return { ...(await this.applyCreate(scope, ref, patch, options)), created: true };
        // The patch is applied to the latest stored object inside the write, so a write that got
        // in first makes it re-apply rather than fail (tryUpdate); a resourceVersion in the
        // patch pins it, and then a newer object is a 409 as upstream.
        let built = patchedObject(current, ref, patch, options);
        const pinned = built.next.metadata.resourceVersion !== current.metadata.resourceVersion;
        const ops = (latestSnapshot: ClusterSnapshot): WriteOp[] => {
          const latest = findObject(latestSnapshot.objects, ref);
          if (!latest) throw objectNotFound(ref.info, ref.name);
          if (!pinned) built = patchedObject(latest, ref, patch, options);
          return [{ op: 'update', object: built.next }];
        };
        try {
          const { results, revision } = await this.commit(scope, ops, options.dryRun);
          const object = results[0].object as KubeObject;
          return { object, unknownFields: built.unknownFields, revision, created: false };
        } catch (error) {
          const conflict = error instanceof KubeError && error.code === KubeErrorCode.Conflict;
          if (!conflict || pinned || Date.now() >= deadline) throw error;
        }
      } catch (error) {
        // Another writer created the object between our read and our create: patch it instead.
        const raced =
          error instanceof KubeError &&
          error.code === KubeErrorCode.AlreadyExists &&
          !current &&
          Date.now() < deadline;
        if (!raced) throw error;
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * Math.min(100, 2 ** attempt)),
      );
    }
  }

  /** A server-side apply of an absent object creates it; any other patch of it is a 404. */
  private async applyCreate(
    scope: WriteScope,
    ref: ObjectRef,
    patch: Patch,
    options: WriteOptions,
  ): Promise<Written> {
    if (patch.type !== APPLY_PATCH || patch.scale) throw objectNotFound(ref.info, ref.name);
    const { object: applied, unknownFields } = decodeFields(
      ref.info,
      requestObject(ref.info, patch.body, ref.namespace, ref.name),
      options.fieldValidation,
    );
    const { object } = serverSideApply(undefined, applied, options.fieldManager, options.force, {
      time: now(),
    });
    const { results, revision } = await this.commit(
      scope,
      [{ op: 'create', object }],
      options.dryRun,
    );
    return { object: results[0].object as KubeObject, unknownFields, revision };
  }

  /**
   * DELETE of the stored object (404 when absent) under the delete's preconditions (409
   * `Precondition failed: UID in precondition: …`) and DeleteOptions (a Pod's grace period,
   * propagation); answers the object as the delete left it (a graceful Pod: Terminating), else
   * as it was.
   */
  async delete(
    scope: WriteScope,
    ref: ObjectRef,
    options: DeletionOptions,
  ): Promise<{ object: KubeObject; revision: number }> {
    await this.authorize(scope);
    const current = await this.get(scope, ref);
    const pre = options.preconditions ?? {};
    if (pre.uid && pre.uid !== current.metadata.uid) {
      throw preconditionFailed(ref, 'UID', pre.uid, current.metadata.uid);
    }
    if (pre.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
      throw preconditionFailed(
        ref,
        'ResourceVersion',
        pre.resourceVersion,
        current.metadata.resourceVersion,
      );
    }
    const key = {
      kind: ref.info.kind,
      namespace: current.metadata.namespace ?? '',
      name: current.metadata.name ?? '',
    };
    const { results, revision } = await this.commit(
      scope,
      [{ op: 'delete', key, options: options.deletion ?? {} }],
      options.dryRun,
    );
    return { object: (results[0]?.object as KubeObject | undefined) ?? current, revision };
  }

  private commit(
    scope: WriteScope,
    ops: WriteOp[] | ((snapshot: ClusterSnapshot) => WriteOp[]),
    dryRun: boolean,
  ) {
    const { principal, clusterId, operation } = scope;
    return dryRun
      ? this.clusters.dryRunWrite(principal, clusterId, ops, operation)
      : this.clusters.write(principal, clusterId, ops, operation);
  }
}

export type { ObjectRef, Patch };
// What a transport needs to call the use case: the options reader and the patch media types.
export {
  fieldManagerOf,
  writeOptionsOf,
  type RawWriteOptions,
  type WriteOptions,
} from './write-options';
export { applyBody, PATCH_TYPES, type PatchType, type ScaleView } from './patch-object';
