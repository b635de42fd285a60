/**
 * Service IP and port allocation as the Service REST storage does it
 * (pkg/registry/core/service/storage/alloc.go, storage.go `patchAllocatedValues`,
 * pkg/registry/core/service/ipallocator, portallocator), plus the load-balancer IP a cloud
 * controller would publish in status.loadBalancer.
 */
import {
  KubeError,
  KubeErrorCode,
  formatCIDR,
  formatIPv4,
  parseIPv4,
  type FieldCause,
  type Service,
  type ServicePort,
} from '@app/kube';
import { formatPortRange } from '../ipam/port-range';
import type { AdmissionRun } from './admission-run';
import { invalidCause } from './causes';
import { invalidError } from '@app/kube';
import { keyString, objectKeyOf } from './object-key';

const needsClusterIP = (svc: Service): boolean => svc.spec?.type !== 'ExternalName';
const isHeadless = (svc: Service): boolean =>
  svc.spec?.clusterIP === 'None' || svc.spec?.clusterIPs?.[0] === 'None';
const needsNodePort = (svc: Service): boolean =>
  svc.spec?.type === 'NodePort' ||
  (svc.spec?.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts !== false);
const needsHealthCheckNodePort = (svc: Service): boolean =>
  svc.spec?.type === 'LoadBalancer' && svc.spec.externalTrafficPolicy === 'Local';

/** What admitService allocated dynamically, for events. */
export interface ServiceAllocations {
  clusterIP?: string;
  nodePorts: Array<{ port: ServicePort; nodePort: number }>;
  healthCheckNodePort?: number;
  loadBalancerIP?: string;
}

/**
 * Fills a defaulted Service's server-side fields in place and returns what was newly allocated.
 * - On update, omitted clusterIP/clusterIPs, nodePorts (matched by port name) and
 *   healthCheckNodePort keep the stored values; a changed primary ClusterIP is refused with
 *   `spec.clusterIPs[0]: Invalid value: [...]: may not change once set` (headless to headless is fine).
 * - ClusterIP: a requested one must be inside the service CIDR, not its network or broadcast
 *   address (`failed to allocate IP x: the provided IP (x) is not in the valid range. The range
 *   of valid IPs is <cidr>`), and free (`failed to allocate IP x: provided IP is already allocated`);
 *   otherwise the next one per Allocations. "None" is headless; ExternalName gets none.
 * - NodePort and LoadBalancer (unless allocateLoadBalancerNodePorts is false): every port gets a
 *   node port; requested ones must be in range (`provided port is not in the valid range. The range
 *   of valid ports is 30000-32767`) and not held by another Service (`provided port is already
 *   allocated`); ports sharing a port number with different protocols share one node port.
 * - LoadBalancer with externalTrafficPolicy Local: healthCheckNodePort likewise.
 * - LoadBalancer without loadBalancerClass: status.loadBalancer.ingress = [{ip, ipMode: VIP}] from the
 *   pool (spec.loadBalancerIP honoured when in the pool and free); others get `status.loadBalancer: {}`.
 * Throws KubeError Invalid with all causes found.
 */
export function admitService(
  run: AdmissionRun,
  svc: Service,
  existing: Service | undefined,
): ServiceAllocations {
  const spec = svc.spec;
  const self = keyString(objectKeyOf(svc));
  const out: ServiceAllocations = { nodePorts: [] };
  const causes: FieldCause[] = [];
  const fail = (): never => {
    throw invalidError('Service', svc.metadata.name ?? '', causes);
  };

  if (existing) patchAllocatedValues(svc, existing);

  if (!needsClusterIP(svc)) {
    delete spec.clusterIP;
    delete spec.clusterIPs;
  } else {
    if (!spec.clusterIPs?.length && spec.clusterIP) spec.clusterIPs = [spec.clusterIP];
    if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
    if (existing && needsClusterIP(existing) && !(isHeadless(existing) && isHeadless(svc))) {
      const before =
        existing.spec.clusterIPs ?? (existing.spec.clusterIP ? [existing.spec.clusterIP] : []);
      const after = spec.clusterIPs ?? [];
      if (before.length && before.length === after.length && before[0] !== after[0]) {
        causes.push(invalidCause('spec.clusterIPs[0]', after, 'may not change once set'));
        fail();
      }
    }
    if (!isHeadless(svc)) {
      const requested = spec.clusterIP;
      if (requested) {
        const ip = parseIPv4(requested);
        const range = run.alloc.serviceRange;
        let problem: string | undefined;
        if (ip === undefined || !range.contains(ip)) {
          problem = `the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${formatCIDR(run.pools.serviceCIDR)}`;
        } else {
          const holder = run.alloc.clusterIPs.get(ip);
          if (holder !== undefined && holder !== self) problem = 'provided IP is already allocated';
        }
        if (problem) {
          causes.push(
            invalidCause(
              'spec.clusterIPs',
              spec.clusterIPs ?? [requested],
              `failed to allocate IP ${requested}: ${problem}`,
            ),
          );
          fail();
        }
      } else {
        const ip = run.alloc.nextClusterIP();
        if (ip === undefined) {
          throw new KubeError(
            KubeErrorCode.Invalid,
            'Internal error occurred: failed to allocate a serviceIP: range is full',
            [],
            {
              kind: 'Service',
              name: svc.metadata.name,
            },
          );
        }
        spec.clusterIP = formatIPv4(ip);
        spec.clusterIPs = [spec.clusterIP];
        out.clusterIP = spec.clusterIP;
      }
      // Hold it now so later Services of the same request see it taken.
      run.alloc.clusterIPs.set(parseIPv4(spec.clusterIP as string) as number, self);
    }
  }

  const claim = (port: number, field: string, prefix: string): void => {
    let problem: string | undefined;
    if (!run.alloc.nodePortRange.contains(port)) {
      problem = `provided port is not in the valid range. The range of valid ports is ${formatPortRange(run.pools.nodePorts)}`;
    } else {
      const holder = run.alloc.nodePorts.get(port);
      if (holder !== undefined && holder !== self) problem = 'provided port is already allocated';
    }
    if (problem) causes.push(invalidCause(field, port, prefix + problem));
    else run.alloc.nodePorts.set(port, self);
  };

  if (needsNodePort(svc)) {
    (spec.ports ?? []).forEach((p, i) => {
      if (p.nodePort) claim(p.nodePort, `spec.ports[${i}].nodePort`, '');
    });
    if (causes.length) fail();
    const byPortNumber = new Map<number, number>();
    for (const p of spec.ports ?? []) if (p.nodePort) byPortNumber.set(p.port, p.nodePort);
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const shared = byPortNumber.get(p.port);
      const next = shared ?? run.alloc.nextNodePort();
      if (next === undefined) {
        throw new KubeError(
          KubeErrorCode.Invalid,
          'Internal error occurred: failed to allocate a nodePort: range is full',
          [],
          {
            kind: 'Service',
            name: svc.metadata.name,
          },
        );
      }
      p.nodePort = next;
      run.alloc.nodePorts.set(next, self);
      byPortNumber.set(p.port, next);
      out.nodePorts.push({ port: p, nodePort: next });
    }
  } else {
    for (const p of spec.ports ?? []) delete p.nodePort;
  }

  if (needsHealthCheckNodePort(svc)) {
    if (spec.healthCheckNodePort) {
      claim(
        spec.healthCheckNodePort,
        'spec.healthCheckNodePort',
        `failed to allocate requested HealthCheck NodePort ${spec.healthCheckNodePort}: `,
      );
      if (causes.length) fail();
    } else {
      const next = run.alloc.nextNodePort();
      if (next !== undefined) {
        spec.healthCheckNodePort = next;
        run.alloc.nodePorts.set(next, self);
        out.healthCheckNodePort = next;
      }
    }
  } else {
    delete spec.healthCheckNodePort;
  }

  admitLoadBalancerStatus(run, svc, existing, out);
  return out;
}

/** storage.go patchAllocatedValues: carry server-set values the new object omits. */
function patchAllocatedValues(svc: Service, old: Service): void {
  const spec = svc.spec;
  if (needsClusterIP(old) && needsClusterIP(svc)) {
    if (!spec.clusterIP) spec.clusterIP = old.spec.clusterIP;
    if (!spec.clusterIPs?.length && old.spec.clusterIPs?.length)
      spec.clusterIPs = [...old.spec.clusterIPs];
  }
  if (needsNodePort(old) && needsNodePort(svc)) {
    const usedNew = new Set((spec.ports ?? []).map((p) => p.nodePort).filter(Boolean));
    const byName = new Map((old.spec.ports ?? []).map((p) => [p.name ?? '', p.nodePort]));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const prev = byName.get(p.name ?? '');
      if (prev && !usedNew.has(prev)) p.nodePort = prev;
    }
  }
  if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(svc) && !spec.healthCheckNodePort) {
    spec.healthCheckNodePort = old.spec.healthCheckNodePort;
  }
}

function admitLoadBalancerStatus(
  run: AdmissionRun,
  svc: Service,
  existing: Service | undefined,
  out: ServiceAllocations,
): void {
  const self = keyString(objectKeyOf(svc));
  if (svc.spec.type !== 'LoadBalancer' || svc.spec.loadBalancerClass) {
    svc.status = { loadBalancer: {} };
    return;
  }
  const kept =
    existing?.spec.type === 'LoadBalancer'
      ? existing.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip
      : undefined;
  const wanted = svc.spec.loadBalancerIP;
  let ip: string | undefined;
  if (wanted && wanted !== kept) {
    const n = parseIPv4(wanted);
    const holder = n === undefined ? undefined : run.alloc.loadBalancerIPs.get(n);
    if (
      n !== undefined &&
      run.alloc.loadBalancerRange.contains(n) &&
      (holder === undefined || holder === self)
    )
      ip = wanted;
  } else if (kept) {
    ip = kept;
  } else {
    const n = run.alloc.nextLoadBalancerIP();
    if (n !== undefined) ip = formatIPv4(n);
  }
  if (ip) {
    run.alloc.loadBalancerIPs.set(parseIPv4(ip) as number, self);
    if (ip !== kept) out.loadBalancerIP = ip;
    svc.status = { loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } };
  } else {
    svc.status = { loadBalancer: {} };
  }
}
