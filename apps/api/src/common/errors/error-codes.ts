import { KubeErrorCode } from '@app/kube';

/** Seconds a client should wait before retrying a 503 (the database is back within seconds). */
export const RETRY_AFTER_SECONDS = 1;

export function assertUnreachable(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}

/** HTTP status for each error code; also the Kubernetes Status `code`. */
export function httpStatusOf(code: KubeErrorCode): number {
  switch (code) {
    case KubeErrorCode.BadRequest:
      return 400;
    case KubeErrorCode.Unauthorized:
      return 401;
    case KubeErrorCode.Forbidden:
      return 403;
    case KubeErrorCode.NotFound:
      return 404;
    case KubeErrorCode.AlreadyExists:
    case KubeErrorCode.Conflict:
      return 409;
    case KubeErrorCode.MethodNotAllowed:
      return 405;
    case KubeErrorCode.RequestEntityTooLarge:
      return 413;
    case KubeErrorCode.UnsupportedMediaType:
      return 415;
    case KubeErrorCode.Invalid:
      return 422;
    case KubeErrorCode.QuotaExceeded:
    case KubeErrorCode.TooManyRequests:
      return 429;
    case KubeErrorCode.NotSupported:
      return 501;
    case KubeErrorCode.Timeout:
      return 504;
    case KubeErrorCode.ServiceUnavailable:
      return 503;
    default:
      return assertUnreachable(code);
  }
}

/** Short problem titles for REST and GraphQL `extensions.code` values. */
export function titleOf(code: KubeErrorCode): string {
  switch (code) {
    case KubeErrorCode.BadRequest:
      return 'Bad request';
    case KubeErrorCode.Unauthorized:
      return 'Unauthorized';
    case KubeErrorCode.Forbidden:
      return 'Forbidden';
    case KubeErrorCode.NotFound:
      return 'Not found';
    case KubeErrorCode.AlreadyExists:
      return 'Already exists';
    case KubeErrorCode.Conflict:
      return 'Conflict';
    case KubeErrorCode.MethodNotAllowed:
      return 'Method not allowed';
    case KubeErrorCode.RequestEntityTooLarge:
      return 'Request too large';
    case KubeErrorCode.UnsupportedMediaType:
      return 'Unsupported media type';
    case KubeErrorCode.Invalid:
      return 'Invalid';
    case KubeErrorCode.QuotaExceeded:
      return 'Quota exceeded';
    case KubeErrorCode.TooManyRequests:
      return 'Too many requests';
    case KubeErrorCode.NotSupported:
      return 'Not supported yet';
    case KubeErrorCode.Timeout:
      return 'Try again';
    case KubeErrorCode.ServiceUnavailable:
      return 'Service unavailable';
    default:
      return assertUnreachable(code);
  }
}
