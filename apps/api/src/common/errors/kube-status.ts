import type { Response } from 'express';
import { KubeErrorCode, type KubeError } from '@app/kube';
import { assertUnreachable, RETRY_AFTER_SECONDS } from './error-codes';
import { TooManyRequestsError, UPSTREAM_TOO_MANY_REQUESTS } from './too-many-requests';

/** A meta/v1 `Status` as the Kubernetes API server answers failures. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: Array<{ reason: string; message: string; field: string }>;
    retryAfterSeconds?: number;
  };
  code: number;
}

/** Requests under the Kubernetes facade get `Status` errors instead of problem+json. */
export const KUBE_FACADE_PATH = /^\/v1\/clusters\/[^/]+\/k8s(\/|$)/;

/**
 * StatusReason and HTTP code for each error code, as the API server would answer
 * (k8s.io/apimachinery/pkg/api/errors): quota refusals are 403 Forbidden (ResourceQuota
 * admission), sandbox limitations are 405 MethodNotAllowed (NewMethodNotSupported).
 */
export function statusReasonOf(code: KubeErrorCode): { reason: string; code: number } {
  switch (code) {
    case KubeErrorCode.BadRequest:
      return { reason: 'BadRequest', code: 400 };
    case KubeErrorCode.Unauthorized:
      return { reason: 'Unauthorized', code: 401 };
    case KubeErrorCode.Forbidden:
      return { reason: 'Forbidden', code: 403 };
    case KubeErrorCode.NotFound:
      return { reason: 'NotFound', code: 404 };
    case KubeErrorCode.AlreadyExists:
      return { reason: 'AlreadyExists', code: 409 };
    case KubeErrorCode.Conflict:
      return { reason: 'Conflict', code: 409 };
    case KubeErrorCode.MethodNotAllowed:
      return { reason: 'MethodNotAllowed', code: 405 };
    case KubeErrorCode.RequestEntityTooLarge:
      return { reason: 'RequestEntityTooLarge', code: 413 };
    case KubeErrorCode.UnsupportedMediaType:
      return { reason: 'UnsupportedMediaType', code: 415 };
    case KubeErrorCode.Invalid:
      return { reason: 'Invalid', code: 422 };
    case KubeErrorCode.QuotaExceeded:
      return { reason: 'Forbidden', code: 403 };
    case KubeErrorCode.TooManyRequests:
      return { reason: 'TooManyRequests', code: 429 };
    case KubeErrorCode.NotSupported:
      return { reason: 'MethodNotAllowed', code: 405 };
    case KubeErrorCode.Timeout:
      return { reason: 'Timeout', code: 504 };
    case KubeErrorCode.ServiceUnavailable:
      return { reason: 'ServiceUnavailable', code: 503 };
    default:
      return assertUnreachable(code);
  }
}

/**
 * The `Status` for an error. Messages naming a resource of a named group are qualified the way
 * upstream's GroupResource prints (`deployments.apps "web" not found`); Invalid details carry
 * the bare Kind (kubectl prints `The Deployment "web" is invalid:` from them) and causes.
 * Unauthorized is upstream's bare "Unauthorized".
 */
export function kubeStatusOf(error: KubeError): KubeStatus {
  const { reason, code } = statusReasonOf(error.code);
  const subject = error.subject ?? {};
  let message = error.message;
  if (
    subject.group &&
    subject.kind &&
    /^[a-z]/.test(subject.kind) &&
    message.startsWith(`${subject.kind} "`)
  ) {
    message = `${subject.kind}.${subject.group}${message.slice(subject.kind.length)}`;
  }
  if (error.code === KubeErrorCode.Unauthorized) message = 'Unauthorized';
  // kubectl users see the API server's own words; REST and GraphQL get the detailed reason.
  if (error instanceof TooManyRequestsError) message = UPSTREAM_TOO_MANY_REQUESTS;
  const details: NonNullable<KubeStatus['details']> = {};
  if (subject.name !== undefined) details.name = subject.name;
  if (subject.group) details.group = subject.group;
  if (subject.kind) details.kind = subject.kind;
  if (error instanceof TooManyRequestsError) details.retryAfterSeconds = error.retryAfterSeconds;
  else if (error.code === KubeErrorCode.ServiceUnavailable)
    details.retryAfterSeconds = RETRY_AFTER_SECONDS;
  if (error.causes.length > 0) {
    details.causes = error.causes.map((c) => ({
      reason: c.reason,
      message: c.message,
      field: c.field,
    }));
  }
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(Object.keys(details).length > 0 ? { details } : {}),
    code,
  };
}

/** The Status for an unexpected server fault. */
export const internalStatus: KubeStatus = {
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'an error on the server has prevented the request from succeeding',
  reason: 'InternalError',
  code: 500,
};

export function sendKubeStatus(res: Response, status: KubeStatus): void {
  // As the API server's response writers do for a Status carrying RetryAfterSeconds.
  if (status.details?.retryAfterSeconds)
    res.setHeader('Retry-After', String(status.details.retryAfterSeconds));
  res.status(status.code).type('application/json').send(JSON.stringify(status));
}
