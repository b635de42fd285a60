/**
 * The one endpoint-selection function both the traced answer (select-backend.ts) and the rule
 * renderer (render-iptables.ts) use. Mirrors kubernetes pkg/proxy/topology.go CategorizeEndpoints.
 */
import {
  type ProxyEndpoint,
  type ProxyServicePort,
  usesClusterEndpoints,
  usesLocalEndpoints,
} from './service-ports';

export interface CategorizedEndpoints {
  /** Usable Cluster-policy endpoints; null when the service never uses Cluster policy. */
  clusterEndpoints: ProxyEndpoint[] | null;
  /** Usable Local-policy endpoints (on `nodeName`); null when the service never uses Local policy. */
  localEndpoints: ProxyEndpoint[] | null;
  /** Union of the two: every endpoint this node may send traffic to (each gets a KUBE-SEP chain). */
  allReachableEndpoints: ProxyEndpoint[];
  /** Whether the service has usable endpoints anywhere in the cluster (even if none on this node). */
  hasAnyEndpoints: boolean;
  /** Which conditions made an endpoint usable: Ready ones, or the serving-terminating fallback. */
  clusterUsesTerminating: boolean;
  localUsesTerminating: boolean;
}

/**
 * Categorizes a service port's endpoints for the kube-proxy on `nodeName`:
 * - "usable" means Ready; when no endpoint is Ready, endpoints that are serving and terminating
 *   are used instead — independently for the Cluster and the Local list;
 * - Local endpoints are those whose nodeName is this node;
 * - the Cluster list is computed only when the port uses Cluster policy (internal policy Cluster,
 *   or externally accessible with external policy Cluster), the Local list only when it uses Local;
 * - `hasAnyEndpoints` is true when any endpoint anywhere is usable.
 * Topology-aware hints (trafficDistribution, zone hints) are not modelled: every Ready endpoint
 * is a Cluster candidate.
 */
export function categorizeEndpoints(
  sp: ProxyServicePort,
  nodeName: string | undefined,
): CategorizedEndpoints {
  const endpoints = sp.endpoints;
  const servingTerminating = (ep: ProxyEndpoint): boolean => ep.serving && ep.terminating;
  const isLocal = (ep: ProxyEndpoint): boolean =>
    nodeName !== undefined && ep.nodeName === nodeName;
  let clusterEndpoints: ProxyEndpoint[] | null = null;
  let localEndpoints: ProxyEndpoint[] | null = null;
  let hasAnyEndpoints = false;
  let clusterUsesTerminating = false;
  let localUsesTerminating = false;

  if (usesClusterEndpoints(sp)) {
    clusterEndpoints = endpoints.filter((ep) => ep.ready);
    if (!clusterEndpoints.length) {
      clusterEndpoints = endpoints.filter(servingTerminating);
      clusterUsesTerminating = clusterEndpoints.length > 0;
    }
    hasAnyEndpoints = clusterEndpoints.length > 0;
  }
  if (!usesLocalEndpoints(sp)) {
    return {
      clusterEndpoints,
      localEndpoints,
      allReachableEndpoints: clusterEndpoints ?? [],
      hasAnyEndpoints,
      clusterUsesTerminating,
      localUsesTerminating,
    };
  }

  let hasLocalReady = false;
  let hasLocalServingTerminating = false;
  for (const ep of endpoints) {
    if (ep.ready) {
      hasAnyEndpoints = true;
      if (isLocal(ep)) hasLocalReady = true;
    } else if (servingTerminating(ep)) {
      hasAnyEndpoints = true;
      if (isLocal(ep)) hasLocalServingTerminating = true;
    }
  }
  localEndpoints = [];
  if (hasLocalReady) localEndpoints = endpoints.filter((ep) => isLocal(ep) && ep.ready);
  else if (hasLocalServingTerminating) {
    localUsesTerminating = true;
    localEndpoints = endpoints.filter((ep) => isLocal(ep) && servingTerminating(ep));
  }

  if (clusterEndpoints === null) {
    return {
      clusterEndpoints,
      localEndpoints,
      allReachableEndpoints: localEndpoints,
      hasAnyEndpoints,
      clusterUsesTerminating,
      localUsesTerminating,
    };
  }
  if (!localUsesTerminating) {
    // Local endpoints are Ready ones, all of which are already in the Cluster list.
    return {
      clusterEndpoints,
      localEndpoints,
      allReachableEndpoints: clusterEndpoints,
      hasAnyEndpoints,
      clusterUsesTerminating,
      localUsesTerminating,
    };
  }
  const merged = new Map<string, ProxyEndpoint>();
  for (const ep of [...clusterEndpoints, ...localEndpoints]) merged.set(ep.endpoint, ep);
  const allReachableEndpoints = [...merged.values()].sort((a, b) =>
    a.endpoint < b.endpoint ? -1 : 1,
  );
  return {
    clusterEndpoints,
    localEndpoints,
    allReachableEndpoints,
    hasAnyEndpoints,
    clusterUsesTerminating,
    localUsesTerminating,
  };
}

/**
 * The nodes whose kube-proxy health check (healthCheckNodePort) reports the service port healthy:
 * those with at least one local *ready* endpoint, as EndpointsMap.LocalReadyEndpoints counts them
 * (pkg/proxy/endpointschangetracker.go). A node whose local endpoints are all serving but
 * terminating fails the check, so a load balancer drains it (KEP-1669), although kube-proxy
 * there still forwards traffic that arrives to those endpoints. Sorted by name.
 */
export function healthyNodes(sp: ProxyServicePort): string[] {
  const nodes = new Set<string>();
  for (const ep of sp.endpoints) if (ep.ready && ep.nodeName) nodes.add(ep.nodeName);
  return [...nodes].sort();
}
