/**
 * Which listeners of which Gateway an HTTPRoute attaches to, and whether its backends resolve,
 * as a conformant implementation decides them (gateway-api apis/v1 shared_types.go: ParentReference,
 * RouteConditionReason; gateway_types.go: AllowedRoutes, ListenerConditionReason; the
 * ReferenceGrant rules of apis/v1beta1/referencegrant_types.go). Pure: evidence only, the
 * controller turns it into status conditions and explain/ into sentences.
 */
import type {
  Gateway,
  HTTPBackendRef,
  HTTPRoute,
  Listener,
  ParentReference,
  ReferenceGrant,
} from '@app/kube';
import { matchesLabelSelector } from '@app/kube';
import { effectiveHostnames } from './hostnames';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** What the cluster offers the attachment decision (read from the snapshot by the caller). */
export interface GatewayWorld {
  gateways: readonly Gateway[];
  /** Gateways whose class this controller has accepted. */
  programmed: (gw: Gateway) => boolean;
  namespaceLabels: (ns: string) => Record<string, string> | undefined;
  serviceExists: (ns: string, name: string) => boolean;
  grants: readonly ReferenceGrant[];
}

/** Route kinds a listener of this protocol supports (HTTPRoute only in this sandbox). */
export function supportedKinds(l: Listener): Array<{ group: string; kind: string }> {
  const wanted = l.allowedRoutes?.kinds;
  const base = ['HTTP', 'HTTPS'].includes(l.protocol)
    ? [{ group: GATEWAY_GROUP, kind: 'HTTPRoute' }]
    : [];
  if (!wanted?.length) return base;
  return base.filter((b) =>
    wanted.some((w) => (w.group ?? GATEWAY_GROUP) === b.group && w.kind === b.kind),
  );
}

/** Whether a listener admits a route from `routeNs` (AllowedRoutes.namespaces). */
export function namespaceAllowed(
  gw: Gateway,
  l: Listener,
  routeNs: string,
  world: GatewayWorld,
): boolean {
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
  if (from === 'All') return true;
  if (from === 'Same') return routeNs === (gw.metadata.namespace ?? 'default');
  const selector = l.allowedRoutes?.namespaces?.selector;
  return !!selector && matchesLabelSelector(selector, world.namespaceLabels(routeNs) ?? {});
}

export type ParentReason =
  | 'Accepted'
  | 'NoMatchingParent'
  | 'NotAllowedByListeners'
  | 'NoMatchingListenerHostname'
  | 'UnsupportedValue';

export interface ParentAttachment {
  parentRef: ParentReference;
  gateway?: Gateway;
  accepted: boolean;
  reason: ParentReason;
  /** Listeners the route attached to, with the hostnames it serves on each. */
  listeners: Array<{ listener: Listener; hostnames: string[] | 'any' }>;
  /** Per listener considered and refused: why (for the trace's sentences). */
  refused: Array<{
    listener: string;
    why: 'sectionName' | 'port' | 'kind' | 'namespace' | 'hostname';
  }>;
}

/** Evaluates one parentRef of `route` against the cluster's Gateways. */
export function attachToParent(
  route: HTTPRoute,
  ref: ParentReference,
  world: GatewayWorld,
): ParentAttachment {
  const routeNs = route.metadata.namespace ?? 'default';
  const ns = ref.namespace ?? routeNs;
  const base = { parentRef: ref, listeners: [], refused: [] } as Pick<
    ParentAttachment,
    'parentRef' | 'listeners' | 'refused'
  >;
  if ((ref.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (ref.kind ?? 'Gateway') !== 'Gateway')
    return { ...base, accepted: false, reason: 'NoMatchingParent' };
  const gw = world.gateways.find(
    (g) => g.metadata.name === ref.name && (g.metadata.namespace ?? 'default') === ns,
  );
  if (!gw || !world.programmed(gw))
    return { ...base, gateway: gw, accepted: false, reason: 'NoMatchingParent' };
  const out: ParentAttachment = {
    ...base,
    gateway: gw,
    accepted: false,
    reason: 'NoMatchingParent',
  };
  let sawCandidate = false;
  let sawAllowed = false;
  for (const l of gw.spec.listeners ?? []) {
    if (ref.sectionName !== undefined && l.name !== ref.sectionName) {
      out.refused.push({ listener: l.name, why: 'sectionName' });
      continue;
    }
    if (ref.port !== undefined && l.port !== ref.port) {
      out.refused.push({ listener: l.name, why: 'port' });
      continue;
    }
    sawCandidate = true;
    if (supportedKinds(l).length === 0) {
      out.refused.push({ listener: l.name, why: 'kind' });
      continue;
    }
    if (!namespaceAllowed(gw, l, routeNs, world)) {
      out.refused.push({ listener: l.name, why: 'namespace' });
      continue;
    }
    sawAllowed = true;
    const hostnames = effectiveHostnames(l.hostname, route.spec.hostnames ?? []);
    if (hostnames !== 'any' && hostnames.length === 0) {
      out.refused.push({ listener: l.name, why: 'hostname' });
      continue;
    }
    out.listeners.push({ listener: l, hostnames });
  }
  if (out.listeners.length > 0) return { ...out, accepted: true, reason: 'Accepted' };
  const reason: ParentReason = !sawCandidate
    ? 'NoMatchingParent'
    : !sawAllowed
      ? 'NotAllowedByListeners'
      : 'NoMatchingListenerHostname';
  return { ...out, reason };
}

export type BackendReason = 'ResolvedRefs' | 'BackendNotFound' | 'RefNotPermitted' | 'InvalidKind';

/** Whether a ReferenceGrant in `toNs` lets HTTPRoutes of `fromNs` reference Service `name`. */
export function referencePermitted(
  fromNs: string,
  toNs: string,
  name: string,
  grants: readonly ReferenceGrant[],
): boolean {
  if (fromNs === toNs) return true;
  return grants.some(
    (g) =>
      (g.metadata.namespace ?? 'default') === toNs &&
      (g.spec.from ?? []).some(
        (f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNs,
      ) &&
      (g.spec.to ?? []).some(
        (t) =>
          (t.group ?? '') === '' &&
          t.kind === 'Service' &&
          (t.name === undefined || t.name === name),
      ),
  );
}

/** How one backendRef resolves: the first failing check wins, as implementations report it. */
export function resolveBackend(
  route: HTTPRoute,
  b: HTTPBackendRef,
  world: GatewayWorld,
): BackendReason {
  if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service') return 'InvalidKind';
  const fromNs = route.metadata.namespace ?? 'default';
  const ns = b.namespace ?? fromNs;
  if (!referencePermitted(fromNs, ns, b.name, world.grants)) return 'RefNotPermitted';
  if (!world.serviceExists(ns, b.name)) return 'BackendNotFound';
  return 'ResolvedRefs';
}

/** The first unresolved backend of a route (its ResolvedRefs condition), or ResolvedRefs. */
export function routeRefs(
  route: HTTPRoute,
  world: GatewayWorld,
): { reason: BackendReason; ref?: HTTPBackendRef } {
  for (const rule of route.spec.rules ?? [])
    for (const b of rule.backendRefs ?? []) {
      const reason = resolveBackend(route, b, world);
      if (reason !== 'ResolvedRefs') return { reason, ref: b };
    }
  return { reason: 'ResolvedRefs' };
}
