/**
 * One valid, field-rich sample per kind the sandbox serves, for the hostile-value specs: every
 * field set here is a path the specs replace with wrong types. Each sample is admitted as is
 * by a fresh test cluster (the spec checks that first).
 */
import type { KubeObject } from '@app/kube';

const labels = { app: 'web', tier: 'front' };
const selector = {
  matchLabels: { app: 'web' },
  matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }],
};
const podTemplate = {
  metadata: { labels },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'nginx:1.27',
        ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
        env: [{ name: 'MODE', value: 'demo' }],
        resources: { requests: { cpu: '100m', memory: '64Mi' } },
        readinessProbe: { periodSeconds: 5, httpGet: { path: '/', port: 80 } },
      },
    ],
  },
};

export const HOSTILE_SAMPLES: readonly KubeObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'team', labels: { team: 'a' }, annotations: { owner: 'me' } },
    spec: { finalizers: ['kubernetes'] },
  },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'node-9', labels: { 'kubernetes.io/hostname': 'node-9' } },
    spec: { podCIDR: '10.244.9.0/24', podCIDRs: ['10.244.9.0/24'], unschedulable: false },
    status: {
      addresses: [{ type: 'InternalIP', address: '172.18.0.10' }],
      conditions: [{ type: 'Ready', status: 'True' }],
      capacity: { cpu: '2', pods: '110' },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-1', namespace: 'default', labels },
    spec: {
      ...podTemplate.spec,
      nodeName: 'node-1',
      hostname: 'web-1',
      subdomain: 'web',
      enableServiceLinks: true,
      dnsPolicy: 'ClusterFirst',
      dnsConfig: {
        nameservers: ['1.1.1.1'],
        searches: ['example.com'],
        options: [{ name: 'ndots', value: '2' }],
      },
      terminationGracePeriodSeconds: 30,
    },
    status: {
      phase: 'Running',
      podIP: '10.244.1.50',
      podIPs: [{ ip: '10.244.1.50' }],
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default', labels },
    spec: {
      type: 'NodePort',
      selector: { app: 'web' },
      clusterIP: '10.96.0.50',
      clusterIPs: ['10.96.0.50'],
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP', nodePort: 30080 }],
      sessionAffinity: 'ClientIP',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 600 } },
      externalTrafficPolicy: 'Local',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      publishNotReadyAddresses: false,
      externalIPs: ['203.0.113.7'],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'lb', namespace: 'default' },
    spec: {
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ port: 443, targetPort: 8443 }],
      loadBalancerSourceRanges: ['10.0.0.0/8'],
      allocateLoadBalancerNodePorts: true,
    },
    status: { loadBalancer: { ingress: [{ ip: '203.0.113.10', ipMode: 'VIP' }] } },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'ext', namespace: 'default' },
    spec: { type: 'ExternalName', externalName: 'example.com' },
  },
  {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'manual', namespace: 'default' },
    subsets: [
      {
        addresses: [
          { ip: '10.0.0.5', targetRef: { kind: 'Pod', name: 'x', namespace: 'default' } },
        ],
        notReadyAddresses: [{ ip: '10.0.0.6' }],
        ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
      },
    ],
  },
  {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: 'manual-1',
      namespace: 'default',
      labels: { 'kubernetes.io/service-name': 'manual' },
    },
    addressType: 'IPv4',
    endpoints: [
      {
        addresses: ['10.0.0.5'],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'node-1',
        zone: 'a',
        targetRef: { kind: 'Pod', name: 'x', namespace: 'default' },
      },
    ],
    ports: [{ name: 'http', port: 80, protocol: 'TCP', appProtocol: 'http' }],
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels },
    spec: {
      replicas: 1,
      selector,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      minReadySeconds: 0,
      revisionHistoryLimit: 10,
      template: podTemplate,
    },
    status: { replicas: 1, readyReplicas: 1, conditions: [{ type: 'Available', status: 'True' }] },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'solo', namespace: 'default', labels },
    spec: { replicas: 1, selector, template: podTemplate },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'np', namespace: 'default' },
    spec: {
      podSelector: selector,
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: { role: 'client' } } },
            { namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: {} },
            { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
          ],
          ports: [{ protocol: 'TCP', port: 80, endPort: 90 }, { port: 'http' }],
        },
      ],
      egress: [
        { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'UDP', port: 53 }] },
      ],
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'site', namespace: 'default' },
    spec: {
      ingressClassName: 'nginx',
      defaultBackend: { service: { name: 'web', port: { name: 'http' } } },
      tls: [{ hosts: ['shop.example.com'], secretName: 'tls' }],
      rules: [
        {
          host: 'shop.example.com',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'web', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
    status: { loadBalancer: { ingress: [{ ip: '203.0.113.20' }] } },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name: 'nginx',
      annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
    },
    spec: { controller: 'k8s.io/ingress-nginx' },
  },
  {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web.1', namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'default' },
    reason: 'Started',
    message: 'Started container app',
    type: 'Normal',
    count: 1,
    firstTimestamp: '2026-01-01T00:00:00Z',
    lastTimestamp: '2026-01-01T00:00:00Z',
    source: { component: 'kubelet', host: 'node-1' },
  },
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'tls', namespace: 'default' },
    type: 'Opaque',
    data: { key: 'aGVsbG8=' },
    stringData: { other: 'plain' },
  },
];
