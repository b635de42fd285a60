import { KubeError, KubeErrorCode, type Protocol } from '@app/kube';

/** Parses "namespace/name" (or just "name", in `defaultNamespace`) from a query or body field. */
export function parseObjectRef(
  value: string,
  field: string,
  defaultNamespace = 'default',
): { namespace: string; name: string } {
  const parts = value.split('/');
  if (parts.length === 1 && parts[0]) return { namespace: defaultNamespace, name: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { namespace: parts[0], name: parts[1] };
  throw new KubeError(
    KubeErrorCode.BadRequest,
    `${field} must be "namespace/name", got ${JSON.stringify(value)}`,
    [
      {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${JSON.stringify(value)}: must be "namespace/name"`,
      },
    ],
  );
}

export function requiredParam(value: string | undefined, field: string): string {
  if (!value) {
    throw new KubeError(KubeErrorCode.BadRequest, `query parameter "${field}" is required`, [
      { reason: 'FieldValueRequired', field, message: 'Required value' },
    ]);
  }
  return value;
}

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** A protocol parameter (default TCP, any case) or a 400 naming the supported values. */
export function parseProtocol(value: string | undefined, field = 'protocol'): Protocol {
  const protocol = (value ?? 'TCP').toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol)) {
    throw new KubeError(KubeErrorCode.BadRequest, `unsupported protocol ${JSON.stringify(value)}`, [
      {
        reason: 'FieldValueNotSupported',
        field,
        message: `Unsupported value: "${value}": supported values: "TCP", "UDP", "SCTP"`,
      },
    ]);
  }
  return protocol;
}

/**
 * A whole number parameter within [min, max] (default: 0 to 2^53 − 1, what an id column and a
 * JavaScript number both hold), or a 400 naming the parameter. "1e308", "1.5", "-1" and " 7"
 * are refused rather than rounded, so a typo never silently means something else.
 */
export function parseIntegerParam(
  value: string | undefined,
  field: string,
  bounds: { min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined || value === '') return undefined;
  const min = bounds.min ?? 0;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  const n = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `query parameter "${field}" must be an integer between ${min} and ${max}`,
      [
        {
          reason: 'FieldValueInvalid',
          field,
          message: `Invalid value: ${JSON.stringify(value.slice(0, 100))}: must be an integer between ${min} and ${max}, inclusive`,
        },
      ],
    );
  }
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id parameter (API key, attempt): a UUID, or a 400 naming the parameter. */
export function parseUuidParam(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!UUID.test(value)) {
    throw new KubeError(KubeErrorCode.BadRequest, `${field} must be an id (a UUID)`, [
      {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${JSON.stringify(value.slice(0, 100))}: must be a UUID such as 123e4567-e89b-12d3-a456-426614174000`,
      },
    ]);
  }
  return value;
}
