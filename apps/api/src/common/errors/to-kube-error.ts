import { HttpException } from '@nestjs/common';
import { KubeError, KubeErrorCode } from '@app/kube';
import { isDatabaseUnavailable, retryableStoreError } from '@app/store';

const BY_STATUS: Record<number, KubeErrorCode> = {
  400: KubeErrorCode.BadRequest,
  401: KubeErrorCode.Unauthorized,
  403: KubeErrorCode.Forbidden,
  404: KubeErrorCode.NotFound,
  409: KubeErrorCode.Conflict,
  413: KubeErrorCode.RequestEntityTooLarge,
  415: KubeErrorCode.UnsupportedMediaType,
  422: KubeErrorCode.Invalid,
};

/**
 * Normalises anything thrown into a KubeError, or undefined for a real server fault.
 * Covers Nest's HttpExceptions (unknown route, …), body-parser errors (size, bad JSON) and the
 * database's timeouts (a 504 "try again", never a generic 500).
 */
export function toKubeError(error: unknown): KubeError | undefined {
  if (error instanceof KubeError) return error;
  if (isDatabaseUnavailable(error)) {
    return new KubeError(
      KubeErrorCode.ServiceUnavailable,
      'the database is not reachable right now; retry in a few seconds',
    );
  }
  const busy = retryableStoreError(error);
  if (busy) return busy;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = BY_STATUS[status];
    if (!code) return undefined;
    const body = error.getResponse();
    const message =
      typeof body === 'object' && body && 'message' in body
        ? [body.message].flat().join('; ')
        : error.message;
    return new KubeError(code, String(message));
  }
  const e = error as { type?: string; status?: number; message?: string; limit?: number };
  if (e?.type === 'entity.too.large') {
    return new KubeError(
      KubeErrorCode.RequestEntityTooLarge,
      `request body is larger than the limit of ${e.limit} bytes`,
    );
  }
  if (e?.type === 'entity.parse.failed') {
    return new KubeError(KubeErrorCode.BadRequest, `request body is not valid JSON: ${e.message}`);
  }
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new KubeError(KubeErrorCode.UnsupportedMediaType, e.message ?? 'unsupported encoding');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && BY_STATUS[e.status]) {
    return new KubeError(BY_STATUS[e.status], e.message ?? 'bad request');
  }
  return undefined;
}
