import { KubeError, KubeErrorCode } from '@app/kube';

/**
 * The caller went over its share (rate limit, max-in-flight, repeated wrong keys). Carries the
 * seconds after which a retry can succeed: the `Retry-After` header on every transport and
 * `details.retryAfterSeconds` in a Kubernetes Status (apimachinery's NewTooManyRequests).
 */
export class TooManyRequestsError extends KubeError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(KubeErrorCode.TooManyRequests, message);
  }
}

/** The message the API server's max-in-flight filter answers with (maxinflight.go). */
export const UPSTREAM_TOO_MANY_REQUESTS = 'Too many requests, please try again later.';

/** Whole seconds, at least 1, as `Retry-After` wants them. */
export function retryAfterSecondsOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
