import {
  cidrContains,
  cidrSize,
  parseCIDR,
  parseIPv4,
  type Cidr,
  type KubeObject,
  type Pod,
  type Service,
} from '@app/kube';
import type { ClusterConfig } from '../cluster-config';
import { keyString, objectKeyOf } from '../admission/object-key';
import { BandedRange, rangeOffset } from './banded-range';
import { parsePortRange, type PortRange } from './port-range';

/** The cluster's address pools, parsed once per admission run. */
export interface NetworkPools {
  serviceCIDR: Cidr;
  podCIDR: Cidr;
  loadBalancerCIDR: Cidr;
  nodePorts: PortRange;
}

/** Parses a validated ClusterConfig's pools; throws on a config validateClusterConfig would refuse. */
export function networkPools(config: ClusterConfig): NetworkPools {
  const serviceCIDR = parseCIDR(config.serviceCIDR);
  const podCIDR = parseCIDR(config.podCIDR);
  const loadBalancerCIDR = parseCIDR(config.loadBalancerCIDR);
  const nodePorts = parsePortRange(config.nodePortRange);
  if (!serviceCIDR || !podCIDR || !loadBalancerCIDR || !nodePorts) {
    throw new Error('cluster config has not been validated');
  }
  return { serviceCIDR, podCIDR, loadBalancerCIDR, nodePorts };
}

/** Addresses a Service holds: its ClusterIPs unless ExternalName (headless "None" holds nothing). */
export function heldClusterIPs(svc: Service): number[] {
  if (svc.spec?.type === 'ExternalName') return [];
  const ips = svc.spec?.clusterIPs?.length
    ? svc.spec.clusterIPs
    : svc.spec?.clusterIP
      ? [svc.spec.clusterIP]
      : [];
  return ips.map((ip) => parseIPv4(ip)).filter((n): n is number => n !== undefined);
}

/** Node ports a Service holds: every ports[].nodePort plus healthCheckNodePort. */
export function heldNodePorts(svc: Service): number[] {
  const out = (svc.spec?.ports ?? [])
    .map((p) => p.nodePort)
    .filter((n): n is number => typeof n === 'number' && n > 0);
  if (typeof svc.spec?.healthCheckNodePort === 'number' && svc.spec.healthCheckNodePort > 0) {
    out.push(svc.spec.healthCheckNodePort);
  }
  return out;
}

const lbIPs = (svc: Service): number[] =>
  (svc.status?.loadBalancer?.ingress ?? [])
    .map((i) => (i.ip ? parseIPv4(i.ip) : undefined))
    .filter((n): n is number => n !== undefined);

/** A Pod's address in the pod network (hostNetwork Pods use the node's and hold none). */
export function podNetworkIP(pod: Pod): number | undefined {
  if (pod.spec?.hostNetwork) return undefined;
  const ip = pod.status?.podIP ? parseIPv4(pod.status.podIP) : undefined;
  return ip;
}

/**
 * The cluster-wide ledger of allocated ClusterIPs, node ports, load-balancer IPs and pod IPs,
 * each mapped to the key of the object holding it, kept current through ClusterState's change
 * listener. Dynamic allocation is deterministic:
 * - ClusterIP: lowest free address of the upper band of the service CIDR (first usable address +
 *   KEP-3070 offset, 10.96.1.1 for 10.96.0.0/12), then of the lower band; network and broadcast
 *   addresses are never allocated (ipallocator.go).
 * - NodePort: lowest free port from min + KEP-3668 offset (30086 for 30000-32767), then the lower band.
 * - LoadBalancer: lowest free address of the pool after the network address, broadcast excluded.
 * - Pod IP: host-local IPAM on the node's podCIDR with the bridge gateway at .1: user Pods take
 *   the next free address after the node's last reserved one (from .2 up, wrapping), system Pods
 *   the highest from broadcast-1 down.
 */
export class Allocations {
  readonly clusterIPs = new Map<number, string>();
  readonly nodePorts = new Map<number, string>();
  readonly loadBalancerIPs = new Map<number, string>();
  readonly podIPs = new Map<number, string>();
  readonly podsPerNode = new Map<string, number>();
  readonly serviceRange: BandedRange;
  readonly nodePortRange: BandedRange;
  readonly loadBalancerRange: BandedRange;
  private readonly podHints = new Map<string, number>();
  /** node name → host-local's last_reserved_ip (ClusterRuntime.lastReservedPodIP). */
  readonly lastReserved = new Map<string, number>();

  constructor(readonly pools: NetworkPools) {
    const svcSize = cidrSize(pools.serviceCIDR);
    this.serviceRange = new BandedRange(
      pools.serviceCIDR.base + 1,
      pools.serviceCIDR.base + svcSize - 2,
      rangeOffset(svcSize, 16, 256, 16),
    );
    this.nodePortRange = new BandedRange(
      pools.nodePorts.base,
      pools.nodePorts.base + pools.nodePorts.size - 1,
      rangeOffset(pools.nodePorts.size, 16, 128, 32),
    );
    const lbSize = cidrSize(pools.loadBalancerCIDR);
    this.loadBalancerRange =
      lbSize <= 2
        ? new BandedRange(pools.loadBalancerCIDR.base, pools.loadBalancerCIDR.base + lbSize - 1, 0)
        : new BandedRange(
            pools.loadBalancerCIDR.base + 1,
            pools.loadBalancerCIDR.base + lbSize - 2,
            0,
          );
  }

  /** Records what an object holds or held; wire to ClusterState.onChange. */
  observe = (before: KubeObject | undefined, after: KubeObject | undefined): void => {
    if (before) this.release(before);
    if (after) this.hold(after);
  };

  nextClusterIP(): number | undefined {
    return this.serviceRange.next((ip) => this.clusterIPs.has(ip));
  }

  nextNodePort(): number | undefined {
    return this.nodePortRange.next((p) => this.nodePorts.has(p));
  }

  nextLoadBalancerIP(): number | undefined {
    return this.loadBalancerRange.next((ip) => this.loadBalancerIPs.has(ip));
  }

  /** Usable pod addresses of a node range: network, gateway (.1) and broadcast excluded. */
  podRangeBounds(nodeCIDR: Cidr): { first: number; last: number } {
    const size = cidrSize(nodeCIDR);
    return size >= 4
      ? { first: nodeCIDR.base + 2, last: nodeCIDR.base + size - 2 }
      : { first: nodeCIDR.base, last: nodeCIDR.base + size - 1 };
  }

  /**
   * host-local's allocator (plugins/ipam/host-local/backend/allocator/allocator.go, RangeIter):
   * user Pods get the first free address after the node's last reserved one, wrapping at the end
   * of the range, so a replacement Pod normally gets a new address; system Pods (bootstrap) take
   * the highest free one from broadcast-1 down. Undefined when the range is full.
   */
  nextPodIP(nodeCIDR: Cidr, highest: boolean, node = ''): number | undefined {
    const { first, last } = this.podRangeBounds(nodeCIDR);
    if (highest) {
      const hintKey = `${nodeCIDR.base}/${nodeCIDR.prefix}/down`;
      for (let ip = Math.min(this.podHints.get(hintKey) ?? last, last); ip >= first; ip--) {
        if (!this.podIPs.has(ip)) return (this.podHints.set(hintKey, ip - 1), ip);
      }
      return undefined;
    }
    const previous = this.lastReserved.get(node);
    const start =
      previous !== undefined && previous >= first && previous < last ? previous + 1 : first;
    const size = last - first + 1;
    for (let i = 0; i < size; i++) {
      const ip = first + ((start - first + i) % size);
      if (!this.podIPs.has(ip)) {
        this.lastReserved.set(node, ip);
        return ip;
      }
    }
    return undefined;
  }

  private hold(obj: KubeObject): void {
    const owner = keyString(objectKeyOf(obj));
    if (obj.kind === 'Service') {
      const svc = obj as Service;
      for (const ip of heldClusterIPs(svc)) this.clusterIPs.set(ip, owner);
      for (const p of heldNodePorts(svc)) this.nodePorts.set(p, owner);
      for (const ip of lbIPs(svc)) this.loadBalancerIPs.set(ip, owner);
    } else if (obj.kind === 'Pod') {
      const pod = obj as Pod;
      const ip = podNetworkIP(pod);
      if (ip !== undefined) this.podIPs.set(ip, owner);
      const node = pod.spec?.nodeName;
      if (node) this.podsPerNode.set(node, (this.podsPerNode.get(node) ?? 0) + 1);
    }
  }

  private release(obj: KubeObject): void {
    const owner = keyString(objectKeyOf(obj));
    const drop = (map: Map<number, string>, value: number, range?: BandedRange): void => {
      if (map.get(value) !== owner) return;
      map.delete(value);
      range?.release(value);
    };
    if (obj.kind === 'Service') {
      const svc = obj as Service;
      for (const ip of heldClusterIPs(svc)) drop(this.clusterIPs, ip, this.serviceRange);
      for (const p of heldNodePorts(svc)) drop(this.nodePorts, p, this.nodePortRange);
      for (const ip of lbIPs(svc)) drop(this.loadBalancerIPs, ip, this.loadBalancerRange);
    } else if (obj.kind === 'Pod') {
      const pod = obj as Pod;
      const ip = podNetworkIP(pod);
      if (ip !== undefined && this.podIPs.get(ip) === owner) {
        this.podIPs.delete(ip);
        this.rewindPodHints(ip);
      }
      const node = pod.spec?.nodeName;
      if (node) this.podsPerNode.set(node, Math.max(0, (this.podsPerNode.get(node) ?? 0) - 1));
    }
  }

  private rewindPodHints(ip: number): void {
    for (const [hintKey, hint] of this.podHints) {
      const [base, prefix] = hintKey.split('/');
      if (!cidrContains({ base: Number(base), prefix: Number(prefix) }, ip)) continue;
      this.podHints.set(hintKey, Math.max(hint, ip));
    }
  }
}
