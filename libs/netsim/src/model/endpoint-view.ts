/**
 * The one reader of EndpointSlice conditions. Every question about a Service's backends — kube-proxy
 * (pkg/proxy/endpointslicecache.go), CoreDNS (plugin/kubernetes/object/endpoint.go
 * EndpointSliceToEndpoints), the trace, the Ingress controller and grading — reads endpoints here,
 * normalised once per cluster revision, so two renderers can never disagree on what "ready" means.
 * A rule in test/arch/endpoint-conditions.spec.ts keeps other modules from reading conditions.
 */
import type { EndpointSlice, Protocol } from '@app/kube';
import type { ClusterIndex } from '../cluster-index';

/** One endpoint of one slice with its conditions read the way both upstream consumers read them. */
export interface ViewEndpoint {
  addresses: readonly string[];
  /** conditions.ready, nil counts as true (both kube-proxy and CoreDNS). */
  ready: boolean;
  /** conditions.serving, nil counts as true (kube-proxy). */
  serving: boolean;
  /** conditions.terminating, nil counts as false (kube-proxy). */
  terminating: boolean;
  nodeName?: string;
  zone?: string;
  hostname?: string;
  /** "ns/name" of the Pod behind it, when the slice's targetRef names one. */
  pod: string | null;
}

export interface ViewPort {
  name: string;
  protocol: Protocol;
  /** undefined: the slice leaves the port unset. */
  port?: number;
}

export interface ViewSlice {
  addressType: EndpointSlice['addressType'];
  /** As the slice lists them (empty when it has none). */
  ports: readonly ViewPort[];
  endpoints: readonly ViewEndpoint[];
}

/** One address of a Service, deduplicated across its slices (the first slice that lists it wins). */
export interface ServiceEndpoint {
  address: string;
  pod: string | null;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
}

/**
 * Endpoints of every Service of one snapshot, built once:
 * - `slices(ns, svc)`: its slices (labelled kubernetes.io/service-name) in creation order;
 * - `serviceEndpoints(ns, svc)`: every listed IPv4 address once, with its conditions;
 * - `hasReadyEndpoint(ns, svc)`: some endpoint is ready (what CoreDNS and kube-proxy's REJECT need).
 */
export class EndpointView {
  private readonly bySvc = new Map<string, ViewSlice[]>();

  constructor(private readonly index: ClusterIndex) {}

  slices(namespace: string, service: string): readonly ViewSlice[] {
    const key = `${namespace}/${service}`;
    let slices = this.bySvc.get(key);
    if (!slices) {
      slices = this.index.endpointSlices(namespace, service).map((s) => toViewSlice(s, namespace));
      this.bySvc.set(key, slices);
    }
    return slices;
  }

  serviceEndpoints(namespace: string, service: string): ServiceEndpoint[] {
    const seen = new Map<string, ServiceEndpoint>();
    for (const slice of this.slices(namespace, service)) {
      for (const ep of slice.endpoints) {
        const address = ep.addresses[0];
        if (!address || seen.has(address)) continue;
        seen.set(address, {
          address,
          pod: ep.pod,
          ready: ep.ready,
          serving: ep.serving,
          terminating: ep.terminating,
          ...(ep.nodeName ? { nodeName: ep.nodeName } : {}),
        });
      }
    }
    return [...seen.values()];
  }

  hasReadyEndpoint(namespace: string, service: string): boolean {
    return this.slices(namespace, service).some((s) => s.endpoints.some((e) => e.ready));
  }

  /** The port a slice gives for this Service port and address (what DNS SRV and direct clients use). */
  endpointPort(
    namespace: string,
    service: string,
    portName: string,
    protocol: Protocol,
    ip: string,
  ): number | undefined {
    for (const slice of this.slices(namespace, service)) {
      if (!slice.endpoints.some((e) => e.addresses.includes(ip))) continue;
      const p = slice.ports.find((x) => x.name === portName && x.protocol === protocol);
      if (p?.port) return p.port;
    }
    return undefined;
  }
}

function toViewSlice(slice: EndpointSlice, namespace: string): ViewSlice {
  return {
    addressType: slice.addressType,
    ports: (slice.ports ?? []).map((p) => ({
      name: p.name ?? '',
      protocol: p.protocol ?? 'TCP',
      ...(p.port !== undefined ? { port: p.port } : {}),
    })),
    endpoints: (slice.endpoints ?? []).map((e) => ({
      addresses: e.addresses ?? [],
      ready: e.conditions?.ready ?? true,
      serving: e.conditions?.serving ?? true,
      terminating: e.conditions?.terminating ?? false,
      ...(e.nodeName ? { nodeName: e.nodeName } : {}),
      ...(e.zone ? { zone: e.zone } : {}),
      ...(e.hostname ? { hostname: e.hostname } : {}),
      pod:
        e.targetRef?.kind === 'Pod' && e.targetRef.name
          ? `${e.targetRef.namespace ?? namespace}/${e.targetRef.name}`
          : null,
    })),
  };
}
