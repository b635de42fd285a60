/**
 * The object a PATCH makes of the stored one, by media type (k8s.io/apiserver
 * pkg/endpoints/handlers/patch.go: jsonPatcher, smpPatcher, applyPatcher): JSON patch, merge
 * patch, strategic merge patch and server-side apply, and patches of a Deployment's Scale.
 */
import {
  applyConflictError,
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  checkInputValue,
  KubeError,
  KubeErrorCode,
  parseManifests,
  recordUpdate,
  serverSideApply,
  type Deployment,
  type KindInfo,
  type KubeObject,
} from '@app/kube';
import { requestObject } from './request-object';
import { decodeFields } from './unknown-fields';
import type { WriteOptions } from './write-options';

export const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
] as const;
export type PatchType = (typeof PATCH_TYPES)[number];
export const APPLY_PATCH: PatchType = 'application/apply-patch+yaml';

/** metav1.Time as the API server writes it into managedFields: seconds, no fraction. */
export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** An apply-patch body: YAML (JSON is YAML) holding exactly one object. */
export function applyBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  const objects = parseManifests(body);
  if (objects.length !== 1) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the request body must hold exactly one object, found ${objects.length}`,
    );
  }
  return objects[0];
}

function patchWith(type: PatchType, target: unknown, patch: unknown, kind: string): unknown {
  switch (type) {
    case 'application/json-patch+json':
      return applyJsonPatch(target, patch);
    case 'application/strategic-merge-patch+json':
      return applyStrategicMergePatch(target, patch, kind);
    default:
      return applyMergePatch(target, patch);
  }
}

/** A Deployment's Scale as the transport shows it, and the replicas a client's Scale asks for. */
export interface ScaleView {
  of(deployment: Deployment): unknown;
  replicasOf(scale: unknown): number;
}

/** One PATCH: its media type, its body (an apply body already parsed) and the Scale view. */
export interface Patch {
  type: PatchType;
  body: unknown;
  /** Set for the `scale` subresource: the patch applies to the Deployment's Scale. */
  scale?: ScaleView;
}

/** Where the object lives: its kind and the namespace and name at the URL. */
export interface ObjectRef {
  info: KindInfo;
  namespace?: string;
  name: string;
}

/**
 * The object `latest` becomes under the patch, and the unknown fields dropped from it:
 * a Scale patch sets `spec.replicas` (managed under the `scale` subresource); a server-side
 * apply merges by field ownership (409 on a conflict unless forced); the other types patch the
 * object, which is then checked as a request body. Keeps `latest`'s resourceVersion unless
 * the patch pins one.
 */
export function patchedObject(
  latest: KubeObject,
  ref: ObjectRef,
  patch: Patch,
  options: WriteOptions,
): { next: KubeObject; unknownFields: string[] } {
  let next: KubeObject;
  let unknownFields: string[] = [];
  const manager = options.fieldManager;
  if (patch.scale) {
    const patchedScale = patchWith(
      patch.type,
      patch.scale.of(latest as Deployment),
      patch.body,
      'Scale',
    );
    const replicas = patch.scale.replicasOf(patchedScale);
    const updated = structuredClone(latest) as Deployment;
    updated.spec = { ...updated.spec, replicas } as Deployment['spec'];
    next = recordUpdate(latest, updated, manager, { time: now(), subresource: 'scale' });
  } else if (patch.type === APPLY_PATCH) {
    const decoded = decodeFields(
      ref.info,
      requestObject(ref.info, patch.body, ref.namespace, ref.name),
      options.fieldValidation,
    );
    unknownFields = decoded.unknownFields;
    const outcome = serverSideApply(latest, decoded.object, manager, options.force, {
      time: now(),
    });
    // With force the result still lists the conflicts it overrode.
    if (outcome.conflicts.length > 0 && !options.force) throw applyConflictError(outcome.conflicts);
    next = outcome.object;
    next.metadata.resourceVersion = latest.metadata.resourceVersion;
  } else {
    const patched = patchWith(patch.type, latest, patch.body, ref.info.kind) as KubeObject;
    const decoded = decodeFields(
      ref.info,
      requestObject(ref.info, patched, ref.namespace, ref.name),
      options.fieldValidation,
    );
    unknownFields = decoded.unknownFields;
    next = recordUpdate(latest, decoded.object, manager, { time: now() });
  }
  // A JSON patch can add depth to what is stored (each request within the limit).
  checkInputValue(next, { where: 'the patched object' });
  if (!next.metadata.resourceVersion)
    next.metadata.resourceVersion = latest.metadata.resourceVersion;
  return { next, unknownFields };
}
