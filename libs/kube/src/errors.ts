/**
 * Errors carry a Kubernetes StatusReason and field causes so every transport can render them
 * (problem+json, GraphQL extensions, Kubernetes Status) from one value.
 */
export enum KubeErrorCode {
  Invalid = 'Invalid',
  BadRequest = 'BadRequest',
  NotFound = 'NotFound',
  AlreadyExists = 'AlreadyExists',
  Conflict = 'Conflict',
  Forbidden = 'Forbidden',
  Unauthorized = 'Unauthorized',
  UnsupportedMediaType = 'UnsupportedMediaType',
  RequestEntityTooLarge = 'RequestEntityTooLarge',
  /** The method is not allowed on the resource (the sandbox derives the kind itself). */
  MethodNotAllowed = 'MethodNotAllowed',
  /** Sandbox: a tenant or cluster quota would be exceeded. */
  QuotaExceeded = 'QuotaExceeded',
  /** Too many requests for the caller's share (rate limit, max-in-flight, repeated wrong keys). */
  TooManyRequests = 'TooManyRequests',
  /** The database is unreachable or restarting: retry later (HTTP 503, `Retry-After`). */
  ServiceUnavailable = 'ServiceUnavailable',
  /** Sandbox: the capability exists in Kubernetes but not (yet) in the sandbox. */
  NotSupported = 'NotSupported',
  /**
   * StatusReasonTimeout: the request could not be completed in time (busy cluster, database
   * timeout); nothing was written and the client should try again.
   */
  Timeout = 'Timeout',
}

/** One field error, as metav1.StatusCause: `field` is the JSON path ("spec.ports[0].port"). */
export interface FieldCause {
  /** Upstream cause type, e.g. FieldValueInvalid, FieldValueRequired, FieldValueNotSupported. */
  reason: string;
  field: string;
  message: string;
}

export interface ErrorSubject {
  kind?: string;
  name?: string;
  group?: string;
}

export class KubeError extends Error {
  constructor(
    readonly code: KubeErrorCode,
    message: string,
    readonly causes: FieldCause[] = [],
    readonly subject: ErrorSubject = {},
  ) {
    super(message);
    this.name = 'KubeError';
  }
}

export const notFound = (resource: string, name: string): KubeError =>
  new KubeError(KubeErrorCode.NotFound, `${resource} "${name}" not found`, [], {
    kind: resource,
    name,
  });
