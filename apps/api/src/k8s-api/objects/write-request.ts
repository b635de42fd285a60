/**
 * What a write request to the facade asks for, read as the API server reads it: the request
 * itself, its Create/Update/Patch/DeleteOptions from the query (and a DELETE's body), and the
 * Warning headers for unknown fields.
 */
import { deleteOptionsOf } from '@app/netsim';
import type { DeletionOptions } from '../../objects/object-writes.service';
import {
  writeOptionsOf,
  type RawWriteOptions,
  type WriteOptions,
} from '../../objects/object-writes.service';

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

const OPTIONS_KIND = {
  POST: 'CreateOptions',
  PUT: 'UpdateOptions',
  PATCH: 'PatchOptions',
  DELETE: 'DeleteOptions',
} as const;

/** The write options of the request's query (422 for an unknown fieldValidation or dryRun). */
export function writeOptionsOfRequest(
  req: FacadeRequest,
  extra: RawWriteOptions = {},
): WriteOptions {
  const kind = OPTIONS_KIND[req.method as keyof typeof OPTIONS_KIND] ?? 'CreateOptions';
  return writeOptionsOf(kind, {
    dryRun: req.query.dryRun,
    fieldManager: req.query.fieldManager,
    fieldValidation: req.query.fieldValidation,
    force: req.query.force,
    userAgent: req.userAgent,
    ...extra,
  });
}

/**
 * A DELETE's options: the query's, with a DeleteOptions body's dryRun and preconditions, and its
 * gracePeriodSeconds / propagationPolicy (body first, then query, as the API server merges them).
 * `body` is the request body already decoded (kubectl drain sends protobuf DeleteOptions).
 */
export function deleteRequestOptionsOf(req: FacadeRequest, decoded: unknown): DeletionOptions {
  const body = (typeof decoded === 'object' && decoded ? decoded : {}) as Record<
    string,
    unknown
  > & {
    dryRun?: unknown;
    preconditions?: DeletionOptions['preconditions'];
  };
  const dryRun = [req.query.dryRun, body.dryRun].flat().filter((v) => v !== undefined);
  return {
    ...writeOptionsOfRequest(req, { dryRun }),
    preconditions: body.preconditions ?? {},
    deletion: deleteOptionsOf(body, req.query),
  };
}

/**
 * Unknown fields as the API server reports them under Warn: one `Warning: 299` header per
 * field, which kubectl prints as `Warning: unknown field "spec.x"`.
 */
export const warningHeaders = (fields: string[]): string[] =>
  fields.map((f) => `299 - ${JSON.stringify(`unknown field "${f}"`)}`);
