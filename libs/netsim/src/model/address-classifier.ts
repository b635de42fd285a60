/**
 * The one answer to "what is this address?", shared by kube-proxy's decision (proxy/select-backend.ts,
 * which KUBE-SERVICES entry a destination hits, as pkg/proxy/iptables/proxier.go writes them) and the
 * reachability trace (which kind of target a resolved IP is). Built once per cluster revision.
 */
import { cidrContains, parseCIDR, parseIPv4, type Node, type Pod, type Protocol } from '@app/kube';
import type { Service } from '@app/kube';
import type { ClusterIndex } from '../cluster-index';
import type { ProxyServicePort } from '../proxy/service-ports';

export type ServiceAddressKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalIP';

/**
 * What an IPv4 address is in this cluster, in the order the trace asks (a ClusterIP wins over a
 * Pod IP, a Pod over a load-balancer IP, …):
 * - `ClusterIP`, `LoadBalancer`, `ExternalIP`: an address of a Service (the first Service listing
 *   it, in creation order);
 * - `Pod`: a Pod's IP (hostNetwork Pods have none of their own);
 * - `Node`: a node's InternalIP or ExternalIP;
 * - `ServiceCIDR` / `PodCIDR`: inside those ranges but assigned to nothing (no route);
 * - `Outside`: anything else — an address beyond the cluster.
 */
export type AddressClass =
  | { kind: 'ClusterIP' | 'LoadBalancer' | 'ExternalIP'; service: Service }
  | { kind: 'Pod'; pod: Pod }
  | { kind: 'Node'; node: Node }
  | { kind: 'ServiceCIDR' | 'PodCIDR' | 'Outside' };

/** A Service port matched by destination address, port and protocol. */
export interface ServiceAddressMatch {
  sp: ProxyServicePort;
  kind: ServiceAddressKind;
}

export class AddressClassifier {
  private readonly byExternalIP = new Map<string, ProxyServicePort[]>();
  private readonly byLoadBalancerIP = new Map<string, ProxyServicePort[]>();
  private readonly byClusterIP = new Map<string, ProxyServicePort[]>();
  private readonly lbServices = new Map<string, Service>();
  private readonly externalServices = new Map<string, Service>();

  constructor(
    private readonly index: ClusterIndex,
    private readonly ports: readonly ProxyServicePort[],
  ) {
    const add = (map: Map<string, ProxyServicePort[]>, ip: string, sp: ProxyServicePort) => {
      const list = map.get(ip) ?? [];
      list.push(sp);
      map.set(ip, list);
    };
    for (const sp of ports) {
      add(this.byClusterIP, sp.clusterIP, sp);
      for (const ip of sp.externalIPs) add(this.byExternalIP, ip, sp);
      for (const ip of sp.loadBalancerIPs) add(this.byLoadBalancerIP, ip, sp);
    }
    // Creation order, as the trace looks Services up.
    for (const svc of index.services) {
      if (svc.spec.type === 'LoadBalancer') {
        for (const i of svc.status?.loadBalancer?.ingress ?? [])
          if (i.ip && !this.lbServices.has(i.ip)) this.lbServices.set(i.ip, svc);
      }
      for (const ip of svc.spec.externalIPs ?? [])
        if (!this.externalServices.has(ip)) this.externalServices.set(ip, svc);
    }
  }

  classify(ip: string): AddressClass {
    const index = this.index;
    const byClusterIP = index.serviceByClusterIP(ip);
    if (byClusterIP) return { kind: 'ClusterIP', service: byClusterIP };
    const pod = index.podByIP(ip);
    if (pod) return { kind: 'Pod', pod };
    const lb = this.lbServices.get(ip);
    if (lb) return { kind: 'LoadBalancer', service: lb };
    const external = this.externalServices.get(ip);
    if (external) return { kind: 'ExternalIP', service: external };
    const node = index.nodeByIP(ip);
    if (node) return { kind: 'Node', node };
    const addr = parseIPv4(ip) ?? NaN;
    const inside = (cidr: string): boolean => {
      const parsed = parseCIDR(cidr);
      return parsed !== undefined && cidrContains(parsed, addr);
    };
    if (inside(index.config.serviceCIDR)) return { kind: 'ServiceCIDR' };
    if (inside(index.config.podCIDR)) return { kind: 'PodCIDR' };
    return { kind: 'Outside' };
  }

  /**
   * The Service port kube-proxy's KUBE-SERVICES chain sends `ip:port/protocol` to: a ClusterIP,
   * then an external IP, then a load-balancer IP with that port; else, on a node IP, the Service
   * port owning that NodePort. undefined: no rule matches (the packet is routed unchanged).
   */
  matchServiceAddress(
    ip: string,
    port: number,
    protocol: Protocol,
  ): ServiceAddressMatch | undefined {
    const samePort = (sp: ProxyServicePort): boolean =>
      sp.port === port && sp.protocol === protocol;
    const byCluster = this.byClusterIP.get(ip)?.find(samePort);
    if (byCluster) return { sp: byCluster, kind: 'ClusterIP' };
    const byExternal = this.byExternalIP.get(ip)?.find(samePort);
    if (byExternal) return { sp: byExternal, kind: 'ExternalIP' };
    const byLB = this.byLoadBalancerIP.get(ip)?.find(samePort);
    if (byLB) return { sp: byLB, kind: 'LoadBalancer' };
    if (this.index.nodeByIP(ip)) {
      const sp = this.nodePortOwner(port, protocol);
      if (sp) return { sp, kind: 'NodePort' };
    }
    return undefined;
  }

  /**
   * The Service port that opened `nodePort` on every node. Without a protocol, TCP is preferred
   * (the default protocol of a Service port), then whichever protocol uses that NodePort.
   */
  nodePortOwner(nodePort: number, protocol?: Protocol): ProxyServicePort | undefined {
    const owners = this.ports.filter((sp) => sp.nodePort === nodePort && nodePort > 0);
    if (protocol) return owners.find((sp) => sp.protocol === protocol);
    return owners.find((sp) => sp.protocol === 'TCP') ?? owners[0];
  }
}
