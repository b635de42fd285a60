import type { KubeObject } from '../objects/meta';
import { findKindExact } from '../kinds/registry';
import { plainCopy } from './defaults';

/**
 * Returns a defaulted deep copy of `obj` (the input is never mutated), as the API server's
 * defaulting leaves it before validation:
 * - Namespace: label `kubernetes.io/metadata.name` = name (overwriting), status.phase Active.
 * - Service: type ClusterIP, sessionAffinity None (ClientIP gets a 10800 s timeout), port protocol
 *   TCP, targetPort = port, externalTrafficPolicy Cluster when externally accessible (NodePort,
 *   LoadBalancer, or ClusterIP with externalIPs), internalTrafficPolicy Cluster unless ExternalName,
 *   allocateLoadBalancerNodePorts true for LoadBalancer; unless ExternalName: clusterIPs from
 *   clusterIP, ipFamilies [IPv4] and ipFamilyPolicy SingleStack (RequireDualStack for a headless
 *   Service without selector, as the registry does). IPs themselves are not allocated here.
 * - Pod: dnsPolicy ClusterFirst, restartPolicy Always, securityContext {}, terminationGracePeriodSeconds
 *   30, schedulerName default-scheduler, enableServiceLinks true, host ports = container ports with
 *   hostNetwork; containers: imagePullPolicy Always for `:latest` or untagged images else
 *   IfNotPresent, terminationMessagePath/Policy, port protocol TCP; liveness/readiness/startup
 *   probes timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3, httpGet
 *   path "/" and scheme HTTP.
 * - Deployment: replicas 1, strategy RollingUpdate with 25%/25%, revisionHistoryLimit 10,
 *   progressDeadlineSeconds 600; the Pod template gets the PodSpec/container defaults (not
 *   enableServiceLinks, which upstream sets on Pods only).
 * - ReplicaSet: replicas 1, Pod template defaults as for a Deployment.
 * - NetworkPolicy: port protocol TCP; policyTypes, when empty, = [Ingress] plus Egress if
 *   `egress` has at least one rule.
 * - EndpointSlice: port name "" and protocol TCP. Secret: type Opaque.
 * - Other kinds (Ingress, IngressClass, Node, …): returned copied, unchanged.
 *
 * Each kind's defaulting is the `defaults` of its definition in the registry (kinds/definitions).
 */
export function defaultObject<T extends KubeObject>(obj: T): T {
  const copy = plainCopy(obj);
  const defaults = findKindExact(copy?.kind)?.defaults as ((o: T) => void) | undefined;
  defaults?.(copy);
  return copy;
}
