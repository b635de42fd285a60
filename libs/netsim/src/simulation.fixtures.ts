/**
 * Test-only builders for hand-made snapshots (specs of dns/, envvars/, proxy/ and simulation).
 * They produce objects the way admission would have left them: Pods with IPs and Ready
 * conditions, Services with ClusterIPs, EndpointSlices as the controller derives them.
 */
import { desiredSlices } from './controllers/endpoint-slice-controller';
import type { NodeView } from './admission/nodes';
import type {
  Container,
  EndpointSlice,
  KubeObject,
  Namespace,
  Node,
  Pod,
  PodSpec,
  Service,
  ServicePort,
  ServiceSpec,
} from '@app/kube';
import { DEFAULT_CLUSTER_CONFIG, type ClusterConfig } from './cluster-config';
import { Simulation } from './simulation';

export interface PodOptions {
  ip?: string;
  node?: string;
  labels?: Record<string, string>;
  ready?: boolean;
  terminating?: boolean;
  containers?: Container[];
  spec?: Partial<PodSpec>;
}

export function pod(namespace: string, name: string, opts: PodOptions = {}): Pod {
  const node = opts.node ?? 'node-1';
  const ready = opts.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      namespace,
      name,
      uid: `uid-${namespace}-${name}`,
      labels: opts.labels ?? { app: name },
      ...(opts.terminating ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {}),
    },
    spec: {
      nodeName: node,
      containers: opts.containers ?? [
        { name: 'main', image: 'nginx', ports: [{ containerPort: 80, name: 'http' }] },
      ],
      ...opts.spec,
    },
    status: {
      phase: 'Running',
      podIP: opts.ip,
      podIPs: opts.ip ? [{ ip: opts.ip }] : [],
      hostIP: nodeIP(node),
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    },
  };
}

export function service(
  namespace: string,
  name: string,
  spec: Partial<ServiceSpec> & { ports?: ServicePort[] },
  lbIPs: string[] = [],
): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace, name, uid: `uid-svc-${namespace}-${name}` },
    spec: {
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ...spec,
      ...(spec.clusterIP && spec.clusterIP !== 'None' && !spec.clusterIPs
        ? { clusterIPs: [spec.clusterIP] }
        : {}),
    },
    status: { loadBalancer: lbIPs.length ? { ingress: lbIPs.map((ip) => ({ ip })) } : {} },
  };
}

/**
 * The EndpointSlice the real controller derives for `svc` from `pods` (desiredSlices of
 * controllers/endpoint-slice-controller.ts: conditions, named ports resolved per Pod, hostname),
 * under a fixed name so specs can quote it. `pods` are taken as selected; a set whose ports
 * resolve differently (several slices) is refused: build those through admission instead.
 */
export function endpointSliceFor(
  svc: Service,
  pods: Pod[],
  opts: { name?: string } = {},
): EndpointSlice {
  const ns = svc.metadata.namespace ?? 'default';
  const name = svc.metadata.name ?? '';
  // Every Pod's node counts as existing: the controller leaves out Pods of missing nodes.
  const nodes = new Map(
    pods.map((p) => [p.spec.nodeName ?? '', { name: p.spec.nodeName ?? '' } as NodeView]),
  );
  const derived = desiredSlices(svc, pods, nodes);
  if (derived.length !== 1)
    throw new Error(`${ns}/${name}: the controller derives ${derived.length} slices, not one`);
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      namespace: ns,
      name: opts.name ?? `${name}-abcde`,
      labels: {
        'kubernetes.io/service-name': name,
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      },
    },
    addressType: 'IPv4',
    endpoints: derived[0].endpoints,
    ports: derived[0].ports,
  };
}

export const nodeIP = (node: string): string => `172.18.0.${Number(node.replace('node-', '')) + 1}`;

const namespace = (name: string): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
});

const node = (i: number): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: `node-${i}`, labels: { 'kubernetes.io/hostname': `node-${i}` } },
  spec: { podCIDR: `10.244.${i}.0/24`, podCIDRs: [`10.244.${i}.0/24`] },
  status: {
    addresses: [
      { type: 'InternalIP', address: `172.18.0.${i + 1}` },
      { type: 'Hostname', address: `node-${i}` },
    ],
    conditions: [{ type: 'Ready', status: 'True' }],
  },
});

/** What every new cluster holds (docs/architecture.md "Cluster defaults"), with one CoreDNS Pod on node-1. */
export function defaultObjects(nodes = 2): KubeObject[] {
  const kubernetes = service('default', 'kubernetes', {
    clusterIP: '10.96.0.1',
    ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
  });
  const kubeDns = service('kube-system', 'kube-dns', {
    clusterIP: '10.96.0.10',
    selector: { 'k8s-app': 'kube-dns' },
    ports: [
      { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
      { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
      { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 },
    ],
  });
  const coredns = pod('kube-system', 'coredns-5d78c9869d-abcde', {
    ip: '10.244.1.254',
    labels: { 'k8s-app': 'kube-dns' },
  });
  return [
    ...['default', 'kube-system', 'kube-public', 'kube-node-lease'].map(namespace),
    ...Array.from({ length: nodes }, (_, i) => node(i + 1)),
    kubernetes,
    kubeDns,
    coredns,
    endpointSliceFor(kubeDns, [coredns]),
  ];
}

/** A Simulation over the cluster defaults followed by `objects` (in that creation order). */
export function simulate(objects: KubeObject[], config: Partial<ClusterConfig> = {}): Simulation {
  return Simulation.build({
    config: { ...DEFAULT_CLUSTER_CONFIG, ...config },
    revision: 1,
    objects: [...defaultObjects(config.nodes ?? DEFAULT_CLUSTER_CONFIG.nodes), ...objects],
  });
}

/** The docs' ham/eggs example: two apps, each behind a ClusterIP Service, ham created last. */
export function hamAndEggs(): {
  objects: KubeObject[];
  ham: Pod;
  eggs: Pod;
  hamSvc: Service;
  eggsSvc: Service;
} {
  const eggs = pod('default', 'eggs', {
    ip: '10.244.2.1',
    node: 'node-2',
    labels: { app: 'eggs' },
  });
  const eggsSvc = service('default', 'eggs-svc', {
    clusterIP: '10.96.0.20',
    selector: { app: 'eggs' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80 }],
  });
  const hamSvc = service('default', 'ham-svc', {
    clusterIP: '10.96.0.21',
    selector: { app: 'ham' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80 }],
  });
  const ham = pod('default', 'ham', { ip: '10.244.1.1', node: 'node-1', labels: { app: 'ham' } });
  return {
    objects: [
      eggs,
      eggsSvc,
      endpointSliceFor(eggsSvc, [eggs]),
      hamSvc,
      ham,
      endpointSliceFor(hamSvc, [ham]),
    ],
    ham,
    eggs,
    hamSvc,
    eggsSvc,
  };
}
