/**
 * kube-proxy's view of Services and EndpointSlices (pkg/proxy/serviceport.go, servicechangetracker.go,
 * endpointslicecache.go): one entry per port of every Service that has a ClusterIP.
 */
import type { Protocol, Service, ServicePort } from '@app/kube';
import { ClusterIndex, keyOf, loadBalancerIPs, serviceClusterIPs } from '../cluster-index';
import type { EndpointView } from '../model/endpoint-view';

/** One endpoint of one service port, as endpointslicecache.go builds it. */
export interface ProxyEndpoint {
  ip: string;
  port: number;
  /** "ip:port" — what chains are hashed from and what endpoints are sorted by. */
  endpoint: string;
  nodeName?: string;
  zone?: string;
  /** conditions.ready, nil counts as true. */
  ready: boolean;
  /** conditions.serving, nil counts as true. */
  serving: boolean;
  /** conditions.terminating, nil counts as false. */
  terminating: boolean;
  /** "ns/name" of the Pod behind it, when the slice says. */
  pod: string | null;
}

export interface ProxyServicePort {
  service: Service;
  /** "ns/name" */
  serviceKey: string;
  /** ServicePortName.String(): "ns/name:portName", or "ns/name" for an unnamed port. */
  name: string;
  portName: string;
  protocol: Protocol;
  clusterIP: string;
  port: number;
  nodePort: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  loadBalancerSourceRanges: string[];
  healthCheckNodePort: number;
  sessionAffinity: { type: 'ClientIP'; timeoutSeconds: number } | undefined;
  /** apiservice.ExternallyAccessible-derived: a NodePort, load-balancer IPs or external IPs exist. */
  externallyAccessible: boolean;
  internalPolicyLocal: boolean;
  externalPolicyLocal: boolean;
  endpoints: ProxyEndpoint[];
}

/** v1.DefaultClientIPServiceAffinitySeconds */
export const DEFAULT_AFFINITY_SECONDS = 10800;

/**
 * Every service port kube-proxy programs, ordered by namespace/name then port order (the model's
 * Service-port table: read it through `proxyServicePorts(index)` in model/cluster-model.ts, which
 * builds it once per revision). Headless and ExternalName Services are skipped (no ClusterIP).
 * Endpoints come from the IPv4 slices labelled with the Service name, matched by port name and
 * protocol, deduplicated by "ip:port" and sorted by that string (upstream sorts them to keep
 * rule output stable).
 */
export function buildServicePorts(index: ClusterIndex, view: EndpointView): ProxyServicePort[] {
  const services = [...index.services].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return services.flatMap((svc) => {
    const clusterIP = serviceClusterIPs(svc)[0];
    if (!clusterIP) return [];
    return (svc.spec.ports ?? []).map((sp) => toServicePort(view, svc, sp, clusterIP));
  });
}

function toServicePort(
  view: EndpointView,
  svc: Service,
  sp: ServicePort,
  clusterIP: string,
): ProxyServicePort {
  const serviceKey = keyOf(svc);
  const portName = sp.name ?? '';
  const protocol = sp.protocol ?? 'TCP';
  const type = svc.spec.type ?? 'ClusterIP';
  const lbIPs = loadBalancerIPs(svc);
  const externalIPs = svc.spec.externalIPs ?? [];
  const nodePort = type === 'NodePort' || type === 'LoadBalancer' ? (sp.nodePort ?? 0) : 0;
  // apiservice.ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs.
  const accessible = type === 'LoadBalancer' || type === 'NodePort' || externalIPs.length > 0;
  return {
    service: svc,
    serviceKey,
    name: portName ? `${serviceKey}:${portName}` : serviceKey,
    portName,
    protocol,
    clusterIP,
    port: sp.port,
    nodePort,
    externalIPs,
    loadBalancerIPs: lbIPs,
    loadBalancerSourceRanges: (svc.spec.loadBalancerSourceRanges as string[] | undefined) ?? [],
    healthCheckNodePort: svc.spec.healthCheckNodePort ?? 0,
    sessionAffinity:
      svc.spec.sessionAffinity === 'ClientIP'
        ? {
            type: 'ClientIP',
            timeoutSeconds:
              svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS,
          }
        : undefined,
    externallyAccessible: nodePort > 0 || lbIPs.length > 0 || externalIPs.length > 0,
    internalPolicyLocal: svc.spec.internalTrafficPolicy === 'Local',
    externalPolicyLocal: accessible && svc.spec.externalTrafficPolicy === 'Local',
    endpoints: endpointsFor(view, svc, portName, protocol),
  };
}

function endpointsFor(
  view: EndpointView,
  svc: Service,
  portName: string,
  protocol: Protocol,
): ProxyEndpoint[] {
  const byEndpoint = new Map<string, ProxyEndpoint>();
  for (const slice of view.slices(svc.metadata.namespace ?? '', svc.metadata.name ?? '')) {
    if (slice.addressType !== 'IPv4') continue;
    for (const p of slice.ports) {
      if (p.name !== portName || p.protocol !== protocol || !p.port) continue;
      for (const ep of slice.endpoints) {
        const ip = ep.addresses[0];
        if (!ip) continue;
        const endpoint = `${ip}:${p.port}`;
        byEndpoint.set(endpoint, {
          ip,
          port: p.port,
          endpoint,
          nodeName: ep.nodeName,
          zone: ep.zone,
          ready: ep.ready,
          serving: ep.serving,
          terminating: ep.terminating,
          pod: ep.pod,
        });
      }
    }
  }
  return [...byEndpoint.values()].sort((a, b) =>
    a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0,
  );
}

/** ServicePort.UsesClusterEndpoints */
export const usesClusterEndpoints = (sp: ProxyServicePort): boolean =>
  !sp.internalPolicyLocal || (sp.externallyAccessible && !sp.externalPolicyLocal);

/** ServicePort.UsesLocalEndpoints */
export const usesLocalEndpoints = (sp: ProxyServicePort): boolean =>
  sp.internalPolicyLocal || (sp.externallyAccessible && sp.externalPolicyLocal);
