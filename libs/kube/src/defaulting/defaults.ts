/**
 * API-server defaulting for the sandbox kinds, following pkg/apis/core/v1/defaults.go,
 * pkg/apis/apps/v1/defaults.go, pkg/apis/networking/v1/defaults.go and
 * pkg/apis/discovery/v1/defaults.go, plus the ipFamilies/ipFamilyPolicy and clusterIPs
 * normalisation the Service registry does (pkg/registry/core/service/storage/alloc.go).
 */
import type { Deployment, ReplicaSet } from '../objects/apps';
import type { Container, Namespace, Pod, PodSpec, Secret, Service } from '../objects/core';
import type { EndpointSlice, NetworkPolicy, NetworkPolicyPort } from '../objects/networking';
import { setOwn } from '../patch/json';

/** Plain-data deep copy (Kubernetes objects are JSON). */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Own data members: `out["__proto__"] = …` would set the copy's prototype instead.
    for (const [k, v] of Object.entries(value)) setOwn(out, k, plainCopy(v));
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

/** SetDefaults_Probe and SetDefaults_HTTPGetAction (pkg/apis/core/v1/defaults.go). */
function defaultProbe(probe: unknown): void {
  if (!probe || typeof probe !== 'object' || Array.isArray(probe)) return;
  const p = probe as Record<string, unknown>;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  const get = p.httpGet as Record<string, unknown> | undefined;
  if (get && typeof get === 'object' && !Array.isArray(get)) {
    if (!get.path) get.path = '/';
    if (!get.scheme) get.scheme = 'HTTP';
  }
}

function defaultContainer(c: Container): void {
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) defaultProbe(c[kind]);
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
export function defaultPod(pod: Pod): void {
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

export function defaultService(svc: Service): void {
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

export function defaultDeployment(d: Deployment): void {
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
export function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = rs.spec;
  if (!spec) return;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

export function defaultNetworkPolicy(np: NetworkPolicy): void {
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

export function defaultEndpointSlice(es: EndpointSlice): void {
  for (const p of es.ports ?? []) {
    if (p.name === undefined || p.name === null) p.name = '';
    if (!p.protocol) p.protocol = 'TCP';
  }
}

export function defaultNamespace(ns: Namespace): void {
  // generateName-only namespaces cannot be labelled yet (SetDefaults_Namespace).
  if (ns.metadata?.name)
    ns.metadata.labels = { ...ns.metadata.labels, 'kubernetes.io/metadata.name': ns.metadata.name };
  ns.status = { ...ns.status, phase: ns.status?.phase ?? 'Active' };
}

/** SetDefaults_Secret: type Opaque. */
export function defaultSecret(secret: Secret): void {
  if (!secret.type) secret.type = 'Opaque';
}
