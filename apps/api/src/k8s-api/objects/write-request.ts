/**
 * What a write request to the facade asks for, read as the API server reads it: dry run, field
 * manager, force, fieldValidation, the patch body by its media type, and the object a patch
 * makes of the stored one.
 */

import {
  applyConflictError,
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  checkInputValue,
  dropUnknownFields,
  KubeError,
  KubeErrorCode,
  parseManifests,
  recordUpdate,
  serverSideApply,
  strictDecodingError,
  type Deployment,
  type KindInfo,
  type KubeObject,
} from '@app/kube';
import { queryFlag } from '../routing/negotiation';
import type { FacadeRoute } from '../routing/facade-route';
import { replicasOfScale, requestObject, scaleOf } from './api-objects';

/** One request to the facade, with the path below `/v1/clusters/{id}/k8s`. */
export interface FacadeRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  accept?: string;
  contentType?: string;
  userAgent?: string;
  host?: string;
  body: unknown;
}

export const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
];

/**
 * The API server's fieldValidation for a written object: Strict refuses unknown fields with the
 * strict decoder's 400; Ignore and Warn (the default) drop them, as decoding into the typed
 * struct does, and Warn answers with one `Warning: 299` header per field, which kubectl prints
 * as `Warning: unknown field "spec.x"`. So a `__proto__` or `constructor` field is never stored.
 */
export function decodeFields<T>(
  req: FacadeRequest,
  info: KindInfo,
  input: T,
): { object: T; warnings: string[] } {
  const mode = [req.query.fieldValidation].flat()[0];
  const { object, fields } = dropUnknownFields(info.kind, input);
  if (fields.length > 0 && mode === 'Strict') {
    throw strictDecodingError(info.kind, info.version, fields);
  }
  const warnings =
    mode === 'Ignore' ? [] : fields.map((f) => `299 - ${JSON.stringify(`unknown field "${f}"`)}`);
  return { object, warnings };
}

export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export const isDryRun = (req: FacadeRequest): boolean =>
  [req.query.dryRun].flat().some((v) => v === 'All');

export const forceOf = (req: FacadeRequest): boolean => queryFlag(req.query.force);

/**
 * The field manager of a write: `fieldManager`, else the User-Agent's first product token as
 * upstream does (`kubectl.1.32` from `kubectl.1.32/v1.32.5 (linux/amd64) ...`).
 */
export function managerOf(req: FacadeRequest): string {
  if (typeof req.query.fieldManager === 'string' && req.query.fieldManager) {
    return req.query.fieldManager;
  }
  return (req.userAgent ?? 'unknown').split('/')[0].slice(0, 128) || 'unknown';
}

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

function patchWith(type: string, target: unknown, patch: unknown, kind: string): unknown {
  switch (type) {
    case 'application/json-patch+json':
      return applyJsonPatch(target, patch);
    case 'application/merge-patch+json':
      return applyMergePatch(target, patch);
    case 'application/strategic-merge-patch+json':
      return applyStrategicMergePatch(target, patch, kind);
    default:
      return applyMergePatch(target, patch);
  }
}

type ResourceRoute = Extract<FacadeRoute, { type: 'resource' }>;

/** A PATCH of one stored object: its media type, body and the request it came in. */
export interface PatchRequest {
  req: FacadeRequest;
  route: ResourceRoute;
  type: string;
  patch: unknown;
  manager: string;
  /** The `scale` subresource: the patch applies to the Deployment's Scale. */
  scale: boolean;
}

/**
 * The object `latest` becomes under the patch, with its warnings (unknown fields under Warn):
 * a Scale patch sets `spec.replicas`; a server-side apply merges by field ownership (409 on a
 * conflict unless forced); the other types patch the object, which is then decoded as a request
 * body. Keeps `latest`'s resourceVersion unless the patch pins one.
 */
export function patchedObject(
  latest: KubeObject,
  { req, route, type, patch, manager, scale }: PatchRequest,
): { next: KubeObject; warnings: string[] } {
  let next: KubeObject;
  let warnings: string[] = [];
  if (scale) {
    const patchedScale = patchWith(type, scaleOf(latest as Deployment), patch, 'Scale');
    const replicas = replicasOfScale(patchedScale, route.name ?? '');
    const updated = structuredClone(latest) as Deployment;
    updated.spec = { ...updated.spec, replicas } as Deployment['spec'];
    next = recordUpdate(latest, updated, manager, { time: now(), subresource: 'scale' });
  } else if (type === 'application/apply-patch+yaml') {
    const decoded = decodeFields(
      req,
      route.info,
      requestObject(route.info, patch, route.namespace, route.name),
    );
    const applied = decoded.object;
    warnings = decoded.warnings;
    const force = forceOf(req);
    const outcome = serverSideApply(latest, applied, manager, force, { time: now() });
    // With force the result still lists the conflicts it overrode.
    if (outcome.conflicts.length > 0 && !force) throw applyConflictError(outcome.conflicts);
    next = outcome.object;
    next.metadata.resourceVersion = latest.metadata.resourceVersion;
  } else {
    const patched = patchWith(type, latest, patch, route.info.kind) as KubeObject;
    const decoded = decodeFields(
      req,
      route.info,
      requestObject(route.info, patched, route.namespace, route.name),
    );
    const input = decoded.object;
    warnings = decoded.warnings;
    next = recordUpdate(latest, input, manager, { time: now() });
  }
  // A JSON patch can add depth to what is stored (each request within the limit).
  checkInputValue(next, { where: 'the patched object' });
  if (!next.metadata.resourceVersion)
    next.metadata.resourceVersion = latest.metadata.resourceVersion;
  return { next, warnings };
}
