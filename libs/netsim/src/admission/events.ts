/**
 * Events admission records, worded as the upstream components print them
 * (kubectl describe / kubectl get events). Sandbox-only facts use the "sandbox-*" sources.
 */
import { formatCIDR, type Pod, type Service } from '@app/kube';
import type { AdmissionRun } from './admission-run';
import type { PodPlacement } from './pod-admission';
import type { ServiceAllocations } from './service-admission';

import { SANDBOX_IPALLOCATOR } from './event-sources';

export { SANDBOX_APISERVER, SANDBOX_IPALLOCATOR } from './event-sources';

/**
 * Upstream records no event for ClusterIP/NodePort allocation, so these are sandbox events
 * (ClusterIPAllocated, NodePortAllocated, HealthCheckNodePortAllocated); a new load-balancer IP
 * gets the service-controller's EnsuringLoadBalancer/EnsuredLoadBalancer pair, an exhausted pool
 * a Warning AllocationFailed (MetalLB's wording).
 */
export function recordServiceAllocations(
  run: AdmissionRun,
  svc: Service,
  a: ServiceAllocations,
): void {
  if (a.clusterIP) {
    run.event(
      svc,
      'ClusterIPAllocated',
      `Allocated ClusterIP ${a.clusterIP} from ${formatCIDR(run.pools.serviceCIDR)}`,
      SANDBOX_IPALLOCATOR,
    );
  }
  for (const { port, nodePort } of a.nodePorts) {
    run.event(
      svc,
      'NodePortAllocated',
      `Allocated NodePort ${nodePort} for port ${port.port}/${port.protocol ?? 'TCP'}`,
      SANDBOX_IPALLOCATOR,
    );
  }
  if (a.healthCheckNodePort) {
    run.event(
      svc,
      'HealthCheckNodePortAllocated',
      `Allocated HealthCheck NodePort ${a.healthCheckNodePort}`,
      SANDBOX_IPALLOCATOR,
    );
  }
  if (a.loadBalancerIP) {
    run.event(svc, 'EnsuringLoadBalancer', 'Ensuring load balancer', 'service-controller');
    run.event(svc, 'EnsuredLoadBalancer', 'Ensured load balancer', 'service-controller');
  } else if (
    svc.spec.type === 'LoadBalancer' &&
    !svc.spec.loadBalancerClass &&
    !svc.status?.loadBalancer?.ingress?.length
  ) {
    run.event(
      svc,
      'AllocationFailed',
      `Failed to allocate IP for "${svc.metadata.namespace}/${svc.metadata.name}": no available IPs`,
      'service-controller',
      'Warning',
    );
  }
}

/**
 * default-scheduler `Scheduled` ("Successfully assigned ns/name to node") when the sandbox chose
 * the node, `FailedScheduling` (Warning) when none fits; then the kubelet's Pulled / Created /
 * Started per container for a Running Pod (pkg/kubelet/kuberuntime/kuberuntime_container.go).
 */
export function recordPodPlacement(
  run: AdmissionRun,
  pod: Pod,
  placement: PodPlacement,
  created: boolean,
): void {
  if (placement.scheduledTo) {
    run.event(
      pod,
      'Scheduled',
      `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${placement.scheduledTo}`,
      'default-scheduler',
    );
  }
  if (placement.failedScheduling)
    run.event(pod, 'FailedScheduling', placement.failedScheduling, 'default-scheduler', 'Warning');
  if (!created || pod.status?.phase !== 'Running') return;
  for (const c of pod.spec.containers ?? []) {
    run.event(
      pod,
      'Pulled',
      `Container image "${c.image ?? ''}" already present on machine`,
      'kubelet',
    );
    run.event(pod, 'Created', `Created container: ${c.name}`, 'kubelet');
    run.event(pod, 'Started', `Started container ${c.name}`, 'kubelet');
  }
}
