/**
 * The objects a fresh kubeadm-built cluster holds (kubeadm's bootstrap phases: the apiserver's
 * `kubernetes` Service and endpoints, the CoreDNS addon in cmd/kubeadm/app/phases/addons/dns, the
 * system namespaces), plus the ingress-nginx controller manifests when the config asks for them.
 */
import { formatIPv4, parseCIDR, type Cidr, type KubeObject } from '@app/kube';
import type { ClusterConfig } from '../cluster-config';
import type { AdmissionContext } from '../ports/context';
import type { AdmissionResult, WriteOp } from '../admission/write-op';
import { admit } from '../admission/admit';
import { SANDBOX_APISERVER } from '../admission/events';
import { nodeAddress, nodeInternalIP, nodePodCIDR } from '../ipam/node-network';

/** The server's version (k8s-api discovery: v1.32.0-sandbox), as a kubeadm cluster's kubelets match it. */
export const KUBELET_VERSION = 'v1.32.0-sandbox';
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.3';
export const INGRESS_NGINX_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.12.1';
export const SYSTEM_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
] as const;

/** Node zones cycle zone-a, zone-b, zone-c: node-1 → zone-a, node-2 → zone-b, node-4 → zone-a. */
export const nodeZone = (i: number): string => `zone-${'abc'[(i - 1) % 3]}`;

const namespace = (name: string, labels: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { ...labels, 'kubernetes.io/metadata.name': name } },
});

/** kubeadm's taint on control-plane nodes (cmd/kubeadm/app/constants ControlPlaneTaint). */
export const CONTROL_PLANE_TAINT = {
  key: 'node-role.kubernetes.io/control-plane',
  effect: 'NoSchedule',
};

function node(i: number, podCIDR: Cidr, config: ClusterConfig, at?: string): KubeObject {
  const tainted = i === 1 && Boolean(config.controlPlaneTaint);
  const name = `node-${i}`;
  const cidr = nodePodCIDR(podCIDR, i);
  const resources = {
    cpu: '4',
    'ephemeral-storage': '102626232Ki',
    memory: '8148300Ki',
    pods: '110',
  };
  // The kubelet's status report: its first heartbeat is the moment the node registered.
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    ...(at ? { lastHeartbeatTime: at, lastTransitionTime: at } : {}),
    reason,
    message,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/zone': nodeZone(i),
        ...(i === 1 ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: cidr,
      podCIDRs: [cidr],
      ...(tainted ? { taints: [{ ...CONTROL_PLANE_TAINT }] } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: nodeAddress(i, config.datapath?.nodeSubnets).ip },
        { type: 'Hostname', address: name },
      ],
      conditions: [
        condition(
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        condition(
          'DiskPressure',
          'False',
          'KubeletHasNoDiskPressure',
          'kubelet has no disk pressure',
        ),
        condition(
          'PIDPressure',
          'False',
          'KubeletHasSufficientPID',
          'kubelet has sufficient PID available',
        ),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      capacity: resources,
      allocatable: resources,
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://1.7.24',
        kernelVersion: '6.8.0-sandbox',
        kubeProxyVersion: KUBELET_VERSION,
        kubeletVersion: KUBELET_VERSION,
        operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
      },
    },
  };
}

function apiserverObjects(serviceCIDR: Cidr): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: {
        type: 'ClusterIP',
        clusterIP: formatIPv4(serviceCIDR.base + 1),
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
        sessionAffinity: 'None',
      },
    },
    {
      // The apiserver's endpoint reconciler writes this slice itself: no managed-by label, no owner.
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { 'kubernetes.io/service-name': 'kubernetes' },
      },
      addressType: 'IPv4',
      endpoints: [{ addresses: [nodeInternalIP(1)], conditions: { ready: true } }],
      ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
    },
  ];
}

function coreDNSObjects(serviceCIDR: Cidr): KubeObject[] {
  const labels = { 'k8s-app': 'kube-dns' };
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        labels: {
          'k8s-app': 'kube-dns',
          'kubernetes.io/cluster-service': 'true',
          'kubernetes.io/name': 'CoreDNS',
        },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
      spec: {
        type: 'ClusterIP',
        clusterIP: formatIPv4(serviceCIDR.base + 10),
        selector: labels,
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system', labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
        template: {
          metadata: { labels },
          spec: {
            priorityClassName: 'system-cluster-critical',
            serviceAccountName: 'coredns',
            dnsPolicy: 'Default',
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [
              { key: 'CriticalAddonsOnly', operator: 'Exists' },
              { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
            ],
            containers: [
              {
                name: 'coredns',
                image: COREDNS_IMAGE,
                args: ['-conf', '/etc/coredns/Corefile'],
                ports: [
                  { name: 'dns', containerPort: 53, protocol: 'UDP' },
                  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                  { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
                ],
                resources: {
                  limits: { memory: '170Mi' },
                  requests: { cpu: '100m', memory: '70Mi' },
                },
              },
            ],
          },
        },
      },
    },
  ];
}

function ingressNginxObjects(): KubeObject[] {
  const common = {
    'app.kubernetes.io/instance': 'ingress-nginx',
    'app.kubernetes.io/name': 'ingress-nginx',
  };
  const controller = { ...common, 'app.kubernetes.io/component': 'controller' };
  return [
    namespace('ingress-nginx', common),
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'ingress-nginx-controller',
        namespace: 'ingress-nginx',
        labels: controller,
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: controller },
        template: {
          metadata: { labels: controller },
          spec: {
            serviceAccountName: 'ingress-nginx',
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            containers: [
              {
                name: 'controller',
                image: INGRESS_NGINX_IMAGE,
                args: [
                  '/nginx-ingress-controller',
                  '--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller',
                  '--controller-class=k8s.io/ingress-nginx',
                  '--ingress-class=nginx',
                ],
                ports: [
                  { name: 'http', containerPort: 80, protocol: 'TCP' },
                  { name: 'https', containerPort: 443, protocol: 'TCP' },
                  { name: 'webhook', containerPort: 8443, protocol: 'TCP' },
                ],
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'ingress-nginx-controller',
        namespace: 'ingress-nginx',
        labels: controller,
      },
      spec: {
        type: 'LoadBalancer',
        externalTrafficPolicy: 'Local',
        selector: controller,
        ports: [
          { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http' },
          { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https' },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: {
        name: 'nginx',
        labels: controller,
        annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
      },
      spec: { controller: 'k8s.io/ingress-nginx' },
    },
  ];
}

/** The objects bootstrapCluster admits, in creation order. */
export function bootstrapObjects(config: ClusterConfig, at?: string): KubeObject[] {
  const serviceCIDR = parseCIDR(config.serviceCIDR);
  const podCIDR = parseCIDR(config.podCIDR);
  if (!serviceCIDR || !podCIDR) throw new Error('cluster config has not been validated');
  const nodes = Array.from({ length: config.nodes }, (_, k) => node(k + 1, podCIDR, config, at));
  return [
    ...SYSTEM_NAMESPACES.map((n) => namespace(n)),
    ...nodes,
    ...apiserverObjects(serviceCIDR),
    ...coreDNSObjects(serviceCIDR),
    ...(config.ingressController === 'ingress-nginx' ? ingressNginxObjects() : []),
    ...(config.gatewayController === 'envoy-gateway' ? envoyGatewayObjects() : []),
  ];
}

/** Envoy Gateway's namespace and the GatewayClass its quickstart installs (`eg`). */
function envoyGatewayObjects(): KubeObject[] {
  return [
    namespace('envoy-gateway-system'),
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GatewayClass',
      metadata: { name: 'eg' },
      spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' },
    },
  ];
}

/**
 * A fresh cluster, admitted into an empty snapshot (revision 0, so every object has
 * resourceVersion "1"):
 * - Namespaces default, kube-system, kube-public, kube-node-lease (label kubernetes.io/metadata.name).
 * - Nodes node-1..node-N, Ready, InternalIP 172.18.0.(i+1) and Hostname addresses, podCIDR the i-th
 *   /24 of the pod CIDR, labels kubernetes.io/hostname, kubernetes.io/os=linux,
 *   topology.kubernetes.io/zone (nodeZone), kubelet KUBELET_VERSION; node-1 carries the
 *   control-plane role label (untainted: workloads run there too).
 * - Service default/kubernetes (first address of the service CIDR, https 443→6443) and its
 *   EndpointSlice `kubernetes` → node-1:6443, written as the apiserver does (not controller-managed).
 * - Service kube-system/kube-dns (10th address; dns 53/UDP, dns-tcp 53/TCP, metrics 9153/TCP) and
 *   Deployment kube-system/coredns (2 replicas of COREDNS_IMAGE), whose Pods take the highest free
 *   addresses of their nodes' podCIDRs (spread: node-1 and node-2 get 10.244.1.254 and 10.244.2.254).
 * - With ingressController 'ingress-nginx': namespace ingress-nginx, Deployment and LoadBalancer
 *   Service ingress-nginx-controller (http 80, https 443, externalTrafficPolicy Local) and the default
 *   IngressClass nginx (controller k8s.io/ingress-nginx).
 * Events are the controllers' and kubelet's; the per-object sandbox-apiserver events are left out.
 */
export function bootstrapCluster(config: ClusterConfig, ctx: AdmissionContext): AdmissionResult {
  const at = ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const ops: WriteOp[] = bootstrapObjects(config, at).map((object) => ({ op: 'create', object }));
  const result = admit({ config, revision: 0, objects: [] }, ops, ctx, { system: true });
  return { ...result, events: result.events.filter((e) => e.source !== SANDBOX_APISERVER) };
}
