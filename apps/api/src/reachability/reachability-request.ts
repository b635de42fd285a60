import {
  isIANASvcName,
  isIPv4,
  KubeError,
  KubeErrorCode,
  type FieldCause,
  type Protocol,
} from '@app/kube';
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
const TARGETS = ['pod', 'service', 'host', 'ip', 'node', 'url'] as const;
/** Longer than any DNS name (253) or URL a lab uses; keeps a hostile body from costing anything. */
const MAX_TEXT = 2048;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as a learner would recognise it in a message, cut short. */
const shown = (v: unknown): string => {
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? 'a list' : 'an object';
  const text = JSON.stringify(v ?? null) ?? String(v);
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
};

/**
 * Validates the question and turns "ns/name" strings into names, reporting every problem with
 * its field path (from.pod, to.nodePort, …) in one 422. The body is untrusted JSON: every field
 * is checked for its type before it is used, so a number, list or object where a string belongs
 * is a field error, never a crash.
 */
export function toReachabilityRequest(body: unknown): ReachabilityRequest {
  const causes: FieldCause[] = [];
  const invalid = (field: string, message: string) =>
    causes.push({ reason: 'FieldValueInvalid', field, message });
  const text = (value: unknown, field: string, what: string): string => {
    if (typeof value !== 'string' || value === '' || value.length > MAX_TEXT) {
      invalid(field, `Invalid value: ${shown(value)}: must be ${what}`);
      return '';
    }
    return value;
  };
  const ref = (value: unknown, field: string) => {
    if (typeof value !== 'string' || !/^[^/\s]{1,253}(\/[^/\s]{1,253})?$/.test(value)) {
      invalid(field, `Invalid value: ${shown(value)}: must be "namespace/name"`);
      return { namespace: '', name: '' };
    }
    const [a, b] = value.split('/');
    return b === undefined ? { namespace: 'default', name: a } : { namespace: a, name: b };
  };
  const section = (value: unknown, field: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (isObject(value)) return value;
    invalid(field, `Invalid value: ${shown(value)}: must be an object`);
    return {};
  };

  if (!isObject(body)) {
    invalid(
      'body',
      `Invalid value: ${shown(body)}: must be a JSON object {from, to, port, protocol}`,
    );
  }
  const q = isObject(body) ? body : {};

  let from: ReachabilitySource = { external: '' };
  const f = section(q.from, 'from');
  if (f.pod !== undefined && f.external === undefined) from = { pod: ref(f.pod, 'from.pod') };
  else if (f.external !== undefined && f.pod === undefined) {
    if (typeof f.external !== 'string' || !isIPv4(f.external))
      invalid('from.external', `Invalid value: ${shown(f.external)}: must be an IPv4 address`);
    from = { external: typeof f.external === 'string' ? f.external : '' };
  } else if (isObject(q.from) || q.from === undefined || q.from === null)
    invalid(
      'from',
      'Invalid value: give exactly one of from.pod ("namespace/name") or from.external (an IP address)',
    );

  let to: ReachabilityTarget = { ip: '' };
  const t = section(q.to, 'to');
  const given = TARGETS.filter((k) => t[k] !== undefined && t[k] !== null);
  if (given.length !== 1) {
    if (isObject(q.to) || q.to === undefined || q.to === null)
      invalid(
        'to',
        'Invalid value: give exactly one of to.pod, to.service, to.host, to.ip, to.node (with to.nodePort) or to.url',
      );
  } else if (given[0] === 'pod') to = { pod: ref(t.pod, 'to.pod') };
  else if (given[0] === 'service') to = { service: ref(t.service, 'to.service') };
  else if (given[0] === 'host') to = { host: text(t.host, 'to.host', 'a DNS name') };
  else if (given[0] === 'ip') {
    if (typeof t.ip !== 'string' || !isIPv4(t.ip))
      invalid('to.ip', `Invalid value: ${shown(t.ip)}: must be an IPv4 address`);
    to = { ip: typeof t.ip === 'string' ? t.ip : '' };
  } else if (given[0] === 'node') {
    const node = text(t.node, 'to.node', 'a node name');
    const nodePort = t.nodePort;
    if (
      typeof nodePort !== 'number' ||
      !Number.isInteger(nodePort) ||
      nodePort < 1 ||
      nodePort > 65535
    ) {
      invalid(
        'to.nodePort',
        `Invalid value: ${shown(nodePort)}: must be between 1 and 65535, inclusive`,
      );
    }
    to = { node, nodePort: typeof nodePort === 'number' ? nodePort : 0 };
  } else {
    to = { url: text(t.url, 'to.url', 'a URL such as http://example.com/path') };
  }

  let port: number | string | undefined;
  const raw = q.port;
  if (raw !== undefined && raw !== null && raw !== '') {
    if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw))) {
      port = Number(raw);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        invalid('port', `Invalid value: ${shown(raw)}: must be between 1 and 65535, inclusive`);
      }
    } else if (typeof raw === 'string' && isIANASvcName(raw).length === 0) {
      port = raw;
    } else {
      invalid(
        'port',
        `Invalid value: ${shown(raw)}: must be a port number (1-65535) or a port name such as "http"`,
      );
    }
  }
  // No default here: the engine decides what a question without a protocol means (trace-ports.ts).
  const rawProtocol = q.protocol ?? undefined;
  const protocol =
    rawProtocol === undefined
      ? undefined
      : ((typeof rawProtocol === 'string' ? rawProtocol.toUpperCase() : '') as Protocol);
  if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: 'protocol',
      message: `Unsupported value: ${shown(rawProtocol)}: supported values: "TCP", "UDP", "SCTP"`,
    });
  }
  if (causes.length > 0) {
    throw new KubeError(
      KubeErrorCode.Invalid,
      `reachability question is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
      causes,
    );
  }
  return { from, to, ...(port !== undefined ? { port } : {}), ...(protocol ? { protocol } : {}) };
}
