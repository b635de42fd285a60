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
