/**
 * The defaults of a reachability question, decided here once for every transport (REST, GraphQL,
 * grading): a numeric string is a port number, a missing port is the destination's first port,
 * and a missing protocol is TCP where the destination offers the port over TCP, else the protocol
 * it does offer it on (a UDP-only Service asked without a protocol is reached over UDP).
 */
import type { Pod, Protocol, Service, ServicePort } from '@app/kube';
import { keyOf } from '../cluster-index';
import { badRequest } from './trace-state';

export type Picked<T> = ({ ok: true } & T) | { ok: false; reason: string };

export const validPort = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 65535;

/** Numeric strings ("80") are numbers; other strings are port names. */
export function normalisePort(port: number | string | undefined): number | string | undefined {
  if (port === undefined || port === '') return undefined;
  if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
  if (typeof port === 'number' && !validPort(port))
    throw badRequest(`port must be 1-65535 or a port name, got ${port}`);
  return port;
}

/** The first entry of the asked protocol; without one, the first TCP entry, else the first. */
function preferred<T>(items: readonly T[], protocolOf: (t: T) => Protocol, protocol?: Protocol) {
  if (protocol) return items.find((t) => protocolOf(t) === protocol);
  return items.find((t) => protocolOf(t) === 'TCP') ?? items[0];
}

/** A container port by number or name; none given → the Pod's first declared container port. */
export function pickPodPort(
  pod: Pod,
  port: number | string | undefined,
  protocol: Protocol | undefined,
): Picked<{ port: number; protocol: Protocol }> {
  const declared = pod.spec.containers.flatMap((c) => c.ports ?? []);
  const proto = (p: (typeof declared)[number]): Protocol => p.protocol ?? 'TCP';
  const key = keyOf(pod);
  if (port === undefined) {
    const first = preferred(declared, proto, protocol);
    if (!first)
      return {
        ok: false,
        reason: `No port given, and Pod ${key} declares no container port${protocol ? ` for ${protocol}` : ''} to default to.`,
      };
    return { ok: true, port: first.containerPort, protocol: proto(first) };
  }
  if (typeof port === 'number') {
    const match = preferred(
      declared.filter((p) => p.containerPort === port),
      proto,
      protocol,
    );
    return { ok: true, port, protocol: protocol ?? (match ? proto(match) : 'TCP') };
  }
  const named = preferred(
    declared.filter((p) => p.name === port),
    proto,
    protocol,
  );
  if (!named) {
    const names = declared
      .filter((p) => p.name)
      .map((p) => `"${p.name}" (${p.containerPort}/${proto(p)})`);
    return {
      ok: false,
      reason: `Pod ${key} has no container port named "${port}"${protocol ? ` for ${protocol}` : ''}; its named ports: ${names.length ? names.join(', ') : 'none'}.`,
    };
  }
  return { ok: true, port: named.containerPort, protocol: proto(named) };
}

/** A Service port by number or name; none given → the first (of that protocol). */
export function pickServicePort(
  svc: Service,
  port: number | string | undefined,
  protocol: Protocol | undefined,
): Picked<{ sp: ServicePort; protocol: Protocol }> {
  const ports = svc.spec.ports ?? [];
  const proto = (sp: ServicePort): Protocol => sp.protocol ?? 'TCP';
  const named =
    port === undefined
      ? ports
      : ports.filter((sp) => (typeof port === 'number' ? sp.port === port : sp.name === port));
  const found = preferred(named, proto, protocol);
  if (found) return { ok: true, sp: found, protocol: proto(found) };
  const exposed = ports.map((sp) => `${sp.port}/${proto(sp)}${sp.name ? ` "${sp.name}"` : ''}`);
  const asked =
    port === undefined
      ? 'any port'
      : typeof port === 'number'
        ? `port ${port}`
        : `a port named "${port}"`;
  return {
    ok: false,
    reason: `Service ${keyOf(svc)} does not expose ${asked}${protocol ? `/${protocol}` : ''}; it exposes ${exposed.length ? exposed.join(', ') : 'no ports'}.`,
  };
}
