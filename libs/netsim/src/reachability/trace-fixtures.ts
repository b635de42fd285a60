/**
 * Test-only scenes for the reachability specs, built with simulation.fixtures (Pods with IPs and
 * nodes, Services with ClusterIPs, EndpointSlices derived by the real controller's desiredSlices).
 */
import { ingressClass, namespace } from '@app/kube';
import type { KubeObject, Pod, Service } from '@app/kube';
import { endpointSliceFor, pod, service } from '../simulation.fixtures';

/**
 * The seed's allow-frontend scene (concepts/services-networking/network-policies): frontend on
 * node-1, backend on node-2 behind Service backend (10.96.0.30:80 → 80), and an unlabelled Pod.
 */
export function frontendBackend(): { objects: KubeObject[]; backend: Pod; backendSvc: Service } {
  const frontend = pod('default', 'frontend', {
    ip: '10.244.1.5',
    node: 'node-1',
    labels: { role: 'frontend' },
  });
  const backend = pod('default', 'backend', {
    ip: '10.244.2.5',
    node: 'node-2',
    labels: { role: 'backend' },
    containers: [
      {
        name: 'api',
        image: 'api',
        ports: [
          { name: 'http', containerPort: 80 },
          { name: 'metrics', containerPort: 9090 },
        ],
      },
    ],
  });
  const stranger = pod('default', 'stranger', { ip: '10.244.1.6', node: 'node-1', labels: {} });
  const backendSvc = service('default', 'backend', {
    clusterIP: '10.96.0.30',
    selector: { role: 'backend' },
    ports: [
      { name: 'http', protocol: 'TCP', port: 80, targetPort: 80 },
      { name: 'metrics', protocol: 'TCP', port: 9090, targetPort: 9090 },
    ],
  });
  return {
    objects: [frontend, backend, stranger, backendSvc, endpointSliceFor(backendSvc, [backend])],
    backend,
    backendSvc,
  };
}

/**
 * ingress-nginx as the sandbox bootstraps it (bootstrap/bootstrap-cluster.ts): namespace
 * ingress-nginx, one controller Pod on node-1 with container ports http/https, the LoadBalancer
 * Service ingress-nginx-controller (externalTrafficPolicy Local, 203.0.113.1, NodePorts
 * 30080/30443) and the default IngressClass nginx.
 */
export function ingressNginx(): KubeObject[] {
  const labels = {
    'app.kubernetes.io/name': 'ingress-nginx',
    'app.kubernetes.io/component': 'controller',
  };
  const controller = pod('ingress-nginx', 'ingress-nginx-controller-7d9f8-abcde', {
    ip: '10.244.1.250',
    node: 'node-1',
    labels,
    containers: [
      {
        name: 'controller',
        image: 'ingress-nginx',
        ports: [
          { name: 'http', containerPort: 80 },
          { name: 'https', containerPort: 443 },
        ],
      },
    ],
  });
  const svc = service(
    'ingress-nginx',
    'ingress-nginx-controller',
    {
      type: 'LoadBalancer',
      clusterIP: '10.96.0.50',
      externalTrafficPolicy: 'Local',
      healthCheckNodePort: 31999,
      selector: labels,
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30080 },
        { name: 'https', protocol: 'TCP', port: 443, targetPort: 'https', nodePort: 30443 },
      ],
    },
    ['203.0.113.1'],
  );
  return [
    namespace('ingress-nginx', { 'kubernetes.io/metadata.name': 'ingress-nginx' }),
    controller,
    svc,
    endpointSliceFor(svc, [controller]),
    ingressClass('nginx', 'k8s.io/ingress-nginx', true),
  ];
}

/** A web app: `count` Pods labelled app=<name> on alternating nodes behind a ClusterIP Service. */
export function webApp(
  name: string,
  opts: {
    count?: number;
    clusterIP: string;
    firstIP: number;
    spec?: Partial<Service['spec']>;
    lbIPs?: string[];
  },
): { objects: KubeObject[]; pods: Pod[]; svc: Service } {
  const pods = Array.from({ length: opts.count ?? 1 }, (_, i) => {
    const nodeNo = (i % 2) + 1;
    return pod('default', `${name}-${i}`, {
      ip: `10.244.${nodeNo}.${opts.firstIP + i}`,
      node: `node-${nodeNo}`,
      labels: { app: name },
      containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] }],
    });
  });
  const svc = service(
    'default',
    name,
    {
      clusterIP: opts.clusterIP,
      selector: { app: name },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
      ...opts.spec,
    },
    opts.lbIPs ?? [],
  );
  return { objects: [...pods, svc, endpointSliceFor(svc, pods)], pods, svc };
}
