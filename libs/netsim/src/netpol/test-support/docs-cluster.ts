/** Test support: the pods and policies of the Kubernetes docs' NetworkPolicy pages. */
import type { NetworkPolicy } from '@app/kube';
import type { NamespaceRef, PodRef } from '../types';

const pod = (
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ip: string,
  node: string,
  ports: PodRef['ports'] = [],
): PodRef => ({
  namespace,
  name,
  labels,
  ip,
  node,
  ports,
});

export const docsNamespaces: NamespaceRef[] = [
  { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
  {
    name: 'myproject',
    labels: { 'kubernetes.io/metadata.name': 'myproject', project: 'myproject' },
  },
  { name: 'other', labels: { 'kubernetes.io/metadata.name': 'other' } },
];

export const docsPods: PodRef[] = [
  pod('default', 'db', { role: 'db' }, '10.244.1.10', 'node-1', [
    { name: 'redis', containerPort: 6379 },
  ]),
  pod('default', 'frontend', { role: 'frontend' }, '10.244.1.11', 'node-1'),
  pod('default', 'backend', { role: 'backend' }, '10.244.2.10', 'node-2', [
    { name: 'http', containerPort: 80 },
  ]),
  pod('myproject', 'worker', { app: 'worker' }, '10.244.2.11', 'node-2'),
  pod('other', 'client', { role: 'client' }, '10.244.1.12', 'node-1'),
  pod('default', 'egress-target', { app: 'sink' }, '10.0.0.7', 'node-2', [{ containerPort: 5978 }]),
];

/** concepts/services-networking/network-policies: "The NetworkPolicy resource". */
export const testNetworkPolicy: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'test-network-policy', namespace: 'default' },
  spec: {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
          { namespaceSelector: { matchLabels: { project: 'myproject' } } },
          { podSelector: { matchLabels: { role: 'frontend' } } },
        ],
        ports: [{ protocol: 'TCP', port: 6379 }],
      },
    ],
    egress: [
      { to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 5978 }] },
    ],
  },
};

/** The seed's `allow-frontend`: backend pods accept TCP 80 from frontend pods only. */
export const allowFrontend: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-frontend', namespace: 'default' },
  spec: {
    podSelector: { matchLabels: { role: 'backend' } },
    ingress: [
      {
        from: [{ podSelector: { matchLabels: { role: 'frontend' } } }],
        ports: [{ protocol: 'TCP', port: 80 }],
      },
    ],
  },
};

/** "Targeting a range of ports": multi-port-egress. */
export const multiPortEgress: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'multi-port-egress', namespace: 'default' },
  spec: {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Egress'],
    egress: [
      {
        to: [{ ipBlock: { cidr: '10.0.0.0/24' } }],
        ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }],
      },
    ],
  },
};
