/**
 * The environment a container starts with: pkg/kubelet/kubelet_pods.go getServiceEnvVarMap and
 * makeEnvironmentVariables, with envvars.go for the Service variables.
 */
import { KubeError, KubeErrorCode, notFound, type EnvVar, type Pod, type Service } from '@app/kube';
import { ClusterIndex, podIPs, serviceClusterIPs } from '../cluster-index';
import { expandEnv } from './expansion';
import { serviceEnvVars } from './service-env';

export interface PodEnvironment {
  /** NAME → value. */
  variables: Record<string, string>;
  /** Variable names in the order the sandbox lists them: the container's own, then the Services'. */
  order: string[];
  /** "namespace/name" of every Service whose variables were injected. */
  services: string[];
  /** The container the environment belongs to. */
  container: string;
  explanation: string[];
}

/** kubelet masterServices: the API server's Service, whose variables every Pod gets. */
const MASTER_SERVICE = 'kubernetes';

/**
 * The Services whose variables the kubelet injects into `pod`:
 * - default/kubernetes, always (even with enableServiceLinks: false);
 * - when enableServiceLinks is not false, every Service of the Pod's namespace created strictly
 *   before the Pod (the kubelet reads Services when it starts the container; later ones never
 *   appear) — a same-named Service of the Pod's namespace replaces default/kubernetes;
 * - only Services with a ClusterIP (headless and ExternalName are skipped).
 * Returned in creation order.
 */
export function servicesForEnv(index: ClusterIndex, pod: Pod): Service[] {
  const ns = pod.metadata.namespace ?? 'default';
  const links = pod.spec.enableServiceLinks !== false;
  const podPosition = index.positionOf(pod);
  const byName = new Map<string, Service>();
  for (const svc of index.services) {
    if (!serviceClusterIPs(svc).length) continue;
    const name = svc.metadata.name ?? '';
    if (svc.metadata.namespace === 'default' && name === MASTER_SERVICE) {
      if (!byName.has(name)) byName.set(name, svc);
    } else if (svc.metadata.namespace === ns && links && index.positionOf(svc) < podPosition) {
      byName.set(name, svc);
    }
  }
  return [...byName.values()].sort((a, b) => index.positionOf(a) - index.positionOf(b));
}

/**
 * The environment of `containerName` (default: the first container) of Pod namespace/podName.
 * Container `env` entries come first in declaration order: literal values with `$(VAR)` expanded
 * against the earlier entries and then the Service variables (unknown references stay verbatim);
 * `valueFrom` fieldRefs to the Pod's own metadata/spec/status are resolved, other sources are shown
 * as a placeholder ("<secretKeyRef db/password>"). Service variables follow, except those the
 * container defines itself. Upstream order is a Go map's (unspecified); this one is stable.
 * Throws NotFound for an unknown Pod, and NotFound "container X is not valid for pod Y" (kubectl's wording) for an unknown container.
 */
export function podEnvironment(
  index: ClusterIndex,
  namespace: string,
  podName: string,
  containerName?: string,
): PodEnvironment {
  const pod = index.pod(namespace, podName);
  if (!pod) throw notFound('pods', podName);
  const containers = pod.spec.containers ?? [];
  const container = containerName
    ? containers.find((c) => c.name === containerName)
    : containers[0];
  if (!container) {
    throw new KubeError(
      KubeErrorCode.NotFound,
      `container ${containerName ?? ''} is not valid for pod ${podName}`,
      [],
      { kind: 'pods', name: podName },
    );
  }

  const services = servicesForEnv(index, pod);
  const serviceEnv = new Map(serviceEnvVars(services).map((e) => [e.name, e.value] as const));
  const own = new Map<string, string>();
  for (const env of container.env ?? []) {
    own.set(
      env.name,
      env.value
        ? expandEnv(env.value, own, serviceEnv)
        : env.valueFrom
          ? valueFromPlaceholder(pod, env)
          : '',
    );
  }

  const order = [...own.keys(), ...[...serviceEnv.keys()].filter((k) => !own.has(k))];
  const variables: Record<string, string> = {};
  for (const k of order) variables[k] = own.get(k) ?? serviceEnv.get(k) ?? '';

  const explanation: string[] = [];
  const links = pod.spec.enableServiceLinks !== false;
  const skipped = index.services.filter(
    (s) => s.metadata.namespace === namespace && !services.includes(s),
  );
  explanation.push(
    links
      ? `The kubelet injects variables for Services of namespace "${namespace}" that existed when the Pod was created, plus default/kubernetes.`
      : `enableServiceLinks is false: only default/kubernetes's variables are injected.`,
  );
  if (services.length) explanation.push(`Services injected: ${services.map(keyOf).join(', ')}.`);
  for (const s of skipped) {
    const why = !serviceClusterIPs(s).length
      ? s.spec.type === 'ExternalName'
        ? 'it is an ExternalName Service (no ClusterIP)'
        : 'it is headless (no ClusterIP)'
      : !links
        ? 'service links are disabled'
        : 'it was created after the Pod';
    explanation.push(`No variables for ${keyOf(s)}: ${why}.`);
  }
  if (own.size)
    explanation.push(
      `Container "${container.name}" declares ${own.size} variable(s) of its own; they come first and win over Service variables.`,
    );
  return {
    variables,
    order,
    services: services.map(keyOf),
    container: container.name,
    explanation,
  };
}

const keyOf = (o: Service | Pod): string => `${o.metadata.namespace}/${o.metadata.name}`;

/** Resolves the fieldRefs the kubelet serves from the Pod itself; other sources stay placeholders. */
function valueFromPlaceholder(pod: Pod, env: EnvVar): string {
  const from = env.valueFrom as Record<string, Record<string, unknown> | undefined>;
  const fieldPath = from.fieldRef?.fieldPath;
  if (typeof fieldPath === 'string') {
    const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
    if (label)
      return (
        (label[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[label[2]] ?? ''
      );
    switch (fieldPath) {
      case 'metadata.name':
        return pod.metadata.name ?? '';
      case 'metadata.namespace':
        return pod.metadata.namespace ?? '';
      case 'metadata.uid':
        return pod.metadata.uid ?? '';
      case 'spec.nodeName':
        return pod.spec.nodeName ?? '';
      case 'spec.serviceAccountName':
        return typeof pod.spec.serviceAccountName === 'string'
          ? pod.spec.serviceAccountName
          : 'default';
      case 'status.podIP':
        return podIPs(pod)[0] ?? '';
      case 'status.podIPs':
        return podIPs(pod).join(',');
      case 'status.hostIP':
        return pod.status?.hostIP ?? '';
    }
    return `<fieldRef ${fieldPath}>`;
  }
  for (const [source, ref] of Object.entries(from)) {
    if (!ref) continue;
    const what =
      ref.name !== undefined && ref.key !== undefined
        ? `${String(ref.name)}/${String(ref.key)}`
        : String(ref.resource ?? '');
    return `<${source} ${what}>`;
  }
  return '';
}
