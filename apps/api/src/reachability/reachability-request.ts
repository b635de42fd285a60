import { KubeError, KubeErrorCode, isIPv4, type FieldCause, type Protocol } from '@app/kube';
import type { ReachabilityRequest, ReachabilitySource, ReachabilityTarget } from '@app/netsim';

/** The wire shape of a reachability question: REST body and GraphQL inputs alike. */
export interface ReachabilityBody {
  from?: { pod?: string; external?: string };
  to?: {
    pod?: string;
    service?: string;
    host?: string;
    ip?: string;
    node?: string;
    nodePort?: number;
    url?: string;
  };
  port?: number | string;
  protocol?: string;
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/**
 * Validates the question and turns "ns/name" strings into names, reporting every problem with
 * its field path (from.pod, to.nodePort, …) in one 422.
 */
export function toReachabilityRequest(body: ReachabilityBody | undefined): ReachabilityRequest {
  const causes: FieldCause[] = [];
  const invalid = (field: string, message: string) =>
    causes.push({ reason: 'FieldValueInvalid', field, message });
  const ref = (value: unknown, field: string) => {
    if (typeof value !== 'string' || !/^[^/\s]+(\/[^/\s]+)?$/.test(value)) {
      invalid(field, `Invalid value: ${JSON.stringify(value ?? null)}: must be "namespace/name"`);
      return { namespace: '', name: '' };
    }
    const [a, b] = value.split('/');
    return b === undefined ? { namespace: 'default', name: a } : { namespace: a, name: b };
  };

  let from: ReachabilitySource = { external: '' };
  const f = body?.from ?? {};
  if (f.pod !== undefined && f.external === undefined) from = { pod: ref(f.pod, 'from.pod') };
  else if (f.external !== undefined && f.pod === undefined) {
    if (typeof f.external !== 'string' || !isIPv4(f.external))
      invalid(
        'from.external',
        `Invalid value: ${JSON.stringify(f.external)}: must be an IPv4 address`,
      );
    from = { external: String(f.external) };
  } else
    invalid(
      'from',
      'Invalid value: give exactly one of from.pod ("namespace/name") or from.external (an IP address)',
    );

  let to: ReachabilityTarget = { ip: '' };
  const t = body?.to ?? {};
  const given = (['pod', 'service', 'host', 'ip', 'node', 'url'] as const).filter(
    (k) => t[k] !== undefined,
  );
  if (given.length !== 1) {
    invalid(
      'to',
      'Invalid value: give exactly one of to.pod, to.service, to.host, to.ip, to.node (with to.nodePort) or to.url',
    );
  } else if (t.pod !== undefined) to = { pod: ref(t.pod, 'to.pod') };
  else if (t.service !== undefined) to = { service: ref(t.service, 'to.service') };
  else if (t.host !== undefined) {
    if (typeof t.host !== 'string' || t.host === '')
      invalid('to.host', 'Invalid value: must be a DNS name');
    to = { host: String(t.host) };
  } else if (t.ip !== undefined) {
    if (typeof t.ip !== 'string' || !isIPv4(t.ip))
      invalid('to.ip', `Invalid value: ${JSON.stringify(t.ip)}: must be an IPv4 address`);
    to = { ip: String(t.ip) };
  } else if (t.node !== undefined) {
    if (
      !Number.isInteger(t.nodePort) ||
      (t.nodePort as number) < 1 ||
      (t.nodePort as number) > 65535
    ) {
      invalid(
        'to.nodePort',
        `Invalid value: ${JSON.stringify(t.nodePort ?? null)}: must be between 1 and 65535, inclusive`,
      );
    }
    to = { node: String(t.node), nodePort: Number(t.nodePort) };
  } else {
    if (typeof t.url !== 'string' || t.url === '')
      invalid('to.url', 'Invalid value: must be a URL such as http://example.com/path');
    to = { url: String(t.url) };
  }

  let port: number | string | undefined;
  if (body?.port !== undefined && body.port !== null && body.port !== '') {
    const raw = body.port;
    port = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof port === 'number' && (!Number.isInteger(port) || port < 1 || port > 65535)) {
      invalid('port', `Invalid value: ${port}: must be between 1 and 65535, inclusive`);
    }
  }
  const protocol = (body?.protocol ?? 'TCP').toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol)) {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: 'protocol',
      message: `Unsupported value: "${body?.protocol}": supported values: "TCP", "UDP", "SCTP"`,
    });
  }
  if (causes.length > 0) {
    throw new KubeError(
      KubeErrorCode.Invalid,
      `reachability question is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
      causes,
    );
  }
  return { from, to, ...(port !== undefined ? { port } : {}), protocol };
}
