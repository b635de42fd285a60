/**
 * API-server defaulting for the sandbox kinds, following pkg/apis/core/v1/defaults.go,
 * pkg/apis/apps/v1/defaults.go, pkg/apis/networking/v1/defaults.go and
 * pkg/apis/discovery/v1/defaults.go, plus the ipFamilies/ipFamilyPolicy and clusterIPs
 * normalisation the Service registry does (pkg/registry/core/service/storage/alloc.go).
 */
import type { Deployment, ReplicaSet } from '../objects/apps';
import type { Container, Namespace, Pod, PodSpec, Secret, Service } from '../objects/core';
import type { KubeObject } from '../objects/meta';
import type { EndpointSlice, NetworkPolicy, NetworkPolicyPort } from '../objects/networking';
import { setOwn } from '../patch/json';

/** Plain-data deep copy (Kubernetes objects are JSON). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Own data members: `out["__proto__"] = …` would set the copy's prototype instead.
    for (const [k, v] of Object.entries(value)) setOwn(out, k, clone(v));
    return out as T;
  }
  return value;
}

/**
 * The tag ParseImageName reports (pkg/util/parsers): the text after the last ':' of the last path
 * segment; "latest" when there is neither tag nor digest; "" when only a digest is given.
 */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon >= 0) return lastSegment.slice(colon + 1);
  return at >= 0 ? '' : 'latest';
}

function defaultContainer(c: Container): void {
  if (!c.imagePullPolicy)
    c.imagePullPolicy = imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
}

/** SetDefaults_PodSpec + SetDefaults_Container: shared by Pods and Pod templates. */
function defaultPodSpec(spec: PodSpec): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.securityContext) spec.securityContext = {};
  if (
    spec.terminationGracePeriodSeconds === undefined ||
    spec.terminationGracePeriodSeconds === null
  ) {
    spec.terminationGracePeriodSeconds = 30;
  }
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultContainer(c);
}

/** SetDefaults_Pod: only real Pods get enableServiceLinks and host-network host ports, not templates. */
function defaultPod(pod: Pod): void {
  if (!pod.spec) return;
  defaultPodSpec(pod.spec);
  if (pod.spec.enableServiceLinks === undefined || pod.spec.enableServiceLinks === null)
    pod.spec.enableServiceLinks = true;
  if (pod.spec.hostNetwork) {
    for (const c of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
}

function defaultService(svc: Service): void {
  const spec = svc.spec;
  if (!spec) return;
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (
    spec.sessionAffinity === 'ClientIP' &&
    spec.sessionAffinityConfig?.clientIP?.timeoutSeconds === undefined
  ) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  if (!spec.type) spec.type = 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (!p.protocol) p.protocol = 'TCP';
    if (
      p.targetPort === undefined ||
      p.targetPort === null ||
      p.targetPort === 0 ||
      p.targetPort === ''
    )
      p.targetPort = p.port;
  }
  // service.ExternallyAccessible: NodePort, LoadBalancer, or ClusterIP with externalIPs.
  const externallyAccessible =
    spec.type === 'NodePort' ||
    spec.type === 'LoadBalancer' ||
    (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  if (externallyAccessible && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (!spec.internalTrafficPolicy && spec.type !== 'ExternalName')
    spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined)
    spec.allocateLoadBalancerNodePorts = true;
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (spec.type === 'LoadBalancer' && ing.ip && !ing.ipMode) ing.ipMode = 'VIP';
  }

  // Registry normalisation (single-stack IPv4 cluster): the IP itself is allocated elsewhere.
  if (spec.type === 'ExternalName') return;
  if (spec.clusterIP && (!spec.clusterIPs || spec.clusterIPs.length === 0))
    spec.clusterIPs = [spec.clusterIP];
  const headless = spec.clusterIP === 'None';
  const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
  if (!spec.ipFamilyPolicy)
    spec.ipFamilyPolicy = headless && selectorless ? 'RequireDualStack' : 'SingleStack';
  if (!spec.ipFamilies || spec.ipFamilies.length === 0) spec.ipFamilies = ['IPv4'];
}

function defaultDeployment(d: Deployment): void {
  const spec = d.spec;
  if (!spec) return;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {}) as {
      maxUnavailable?: number | string;
      maxSurge?: number | string;
    };
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null)
    spec.revisionHistoryLimit = 10;
  if (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null)
    spec.progressDeadlineSeconds = 600;
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

/** SetDefaults_ReplicaSet: replicas 1; the Pod template gets the PodSpec/container defaults. */
function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = rs.spec;
  if (!spec) return;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

function defaultNetworkPolicy(np: NetworkPolicy): void {
  const spec = np.spec;
  if (!spec) return;
  const defaultPorts = (ports?: NetworkPolicyPort[]): void => {
    for (const p of ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  };
  for (const rule of spec.ingress ?? []) defaultPorts(rule?.ports);
  for (const rule of spec.egress ?? []) defaultPorts(rule?.ports);
  // "Any policy that does not specify policyTypes implies at least Ingress"; an empty egress list adds nothing.
  if (!spec.policyTypes || spec.policyTypes.length === 0) {
    spec.policyTypes = (spec.egress?.length ?? 0) > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
}

function defaultEndpointSlice(es: EndpointSlice): void {
  for (const p of es.ports ?? []) {
    if (p.name === undefined || p.name === null) p.name = '';
    if (!p.protocol) p.protocol = 'TCP';
  }
}

function defaultNamespace(ns: Namespace): void {
  // generateName-only namespaces cannot be labelled yet (SetDefaults_Namespace).
  if (ns.metadata?.name)
    ns.metadata.labels = { ...ns.metadata.labels, 'kubernetes.io/metadata.name': ns.metadata.name };
  ns.status = { ...ns.status, phase: ns.status?.phase ?? 'Active' };
}

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
 *   IfNotPresent, terminationMessagePath/Policy, port protocol TCP.
 * - Deployment: replicas 1, strategy RollingUpdate with 25%/25%, revisionHistoryLimit 10,
 *   progressDeadlineSeconds 600; the Pod template gets the PodSpec/container defaults (not
 *   enableServiceLinks, which upstream sets on Pods only).
 * - ReplicaSet: replicas 1, Pod template defaults as for a Deployment.
 * - NetworkPolicy: port protocol TCP; policyTypes, when empty, = [Ingress] plus Egress if
 *   `egress` has at least one rule.
 * - EndpointSlice: port name "" and protocol TCP. Secret: type Opaque.
 * - Other kinds (Ingress, IngressClass, Node, …): returned copied, unchanged.
 */
export function defaultObject<T extends KubeObject>(obj: T): T {
  const copy = clone(obj);
  switch (copy.kind) {
    case 'Namespace':
      defaultNamespace(copy as unknown as Namespace);
      break;
    case 'Service':
      defaultService(copy as unknown as Service);
      break;
    case 'Pod':
      defaultPod(copy as unknown as Pod);
      break;
    case 'Deployment':
      defaultDeployment(copy as unknown as Deployment);
      break;
    case 'ReplicaSet':
      defaultReplicaSet(copy as unknown as ReplicaSet);
      break;
    case 'NetworkPolicy':
      defaultNetworkPolicy(copy as unknown as NetworkPolicy);
      break;
    case 'EndpointSlice':
      defaultEndpointSlice(copy as unknown as EndpointSlice);
      break;
    case 'Secret': {
      const secret = copy as unknown as Secret;
      if (!secret.type) secret.type = 'Opaque';
      break;
    }
  }
  return copy;
}
