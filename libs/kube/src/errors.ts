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
  /** Sandbox: a tenant or cluster quota would be exceeded. */
  QuotaExceeded = 'QuotaExceeded',
  /** The database is unreachable or restarting: retry later (HTTP 503, `Retry-After`). */
  ServiceUnavailable = 'ServiceUnavailable',
  /** Sandbox: the capability exists in Kubernetes but not (yet) in the sandbox. */
  NotSupported = 'NotSupported',
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
