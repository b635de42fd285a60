/**
 * A fresh cluster holds what kubeadm leaves behind (docs/architecture.md "Cluster defaults"; kubeadm's
 * CoreDNS addon manifests; the apiserver's `kubernetes` Service and EndpointSlice).
 */
import type { EndpointSlice, Namespace, Node, Pod, Service } from '@app/kube';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster-config';
import { fakeContext, testCluster } from '../admission/admission.fixtures';
import { bootstrapCluster } from './bootstrap-cluster';

describe('a fresh cluster with the default config', () => {
  const c = testCluster();

  it('has the four system namespaces, each labelled with its own name', () => {
    const namespaces = c.list<Namespace>('Namespace');
    expect(namespaces.map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-system',
      'kube-public',
      'kube-node-lease',
    ]);
    for (const ns of namespaces) {
      expect(ns.metadata.labels?.['kubernetes.io/metadata.name']).toBe(ns.metadata.name);
      expect(ns.status?.phase).toBe('Active');
    }
  });

  it('has Ready nodes node-1..node-2 at 172.18.0.(i+1) with the i-th /24 of the pod CIDR', () => {
    const nodes = c.list<Node>('Node');
    expect(nodes.map((n) => [n.metadata.name, n.status?.addresses, n.spec?.podCIDR])).toEqual([
      [
        'node-1',
        [
          { type: 'InternalIP', address: '172.18.0.2' },
          { type: 'Hostname', address: 'node-1' },
        ],
        '10.244.1.0/24',
      ],
      [
        'node-2',
        [
          { type: 'InternalIP', address: '172.18.0.3' },
          { type: 'Hostname', address: 'node-2' },
        ],
        '10.244.2.0/24',
      ],
    ]);
    const [n1, n2] = nodes;
    expect(n1.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    expect(n1.metadata.labels).toMatchObject({
      'kubernetes.io/hostname': 'node-1',
      'kubernetes.io/os': 'linux',
      'topology.kubernetes.io/zone': 'zone-a',
    });
    expect(n2.metadata.labels?.['topology.kubernetes.io/zone']).toBe('zone-b');
    // The kubelets run the server's version (kubectl version prints v1.32.0-sandbox).
    expect(n1.status?.nodeInfo?.kubeletVersion).toBe('v1.32.0-sandbox');
  });

  it('serves default/kubernetes on the first service address, port https 443 → node-1:6443', () => {
    const svc = c.get<Service>('Service', 'default', 'kubernetes')!;
    expect(svc.spec.clusterIP).toBe('10.96.0.1');
    expect(svc.spec.ports).toEqual([
      { name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 },
    ]);
    const slice = c.get<EndpointSlice>('EndpointSlice', 'default', 'kubernetes')!;
    expect(slice.metadata.labels).toEqual({ 'kubernetes.io/service-name': 'kubernetes' });
    expect(slice.endpoints.map((e) => e.addresses)).toEqual([['172.18.0.2']]);
    expect(slice.ports).toEqual([{ name: 'https', port: 6443, protocol: 'TCP' }]);
    expect(c.get('Endpoints', 'default', 'kubernetes')).toMatchObject({
      subsets: [
        {
          addresses: [{ ip: '172.18.0.2' }],
          ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
        },
      ],
    });
  });

  it('serves kube-system/kube-dns on the 10th address with dns, dns-tcp and metrics ports, as kubeadm labels it', () => {
    const svc = c.get<Service>('Service', 'kube-system', 'kube-dns')!;
    expect(svc.spec.clusterIP).toBe('10.96.0.10');
    expect(svc.spec.selector).toEqual({ 'k8s-app': 'kube-dns' });
    expect(svc.metadata.labels).toEqual({
      'k8s-app': 'kube-dns',
      'kubernetes.io/cluster-service': 'true',
      'kubernetes.io/name': 'CoreDNS',
    });
    expect(svc.spec.ports?.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual([
      'dns 53/UDP',
      'dns-tcp 53/TCP',
      'metrics 9153/TCP',
    ]);
  });

  it('runs two CoreDNS pods, spread over the nodes, on the highest addresses of their podCIDRs', () => {
    const pods = c.list<Pod>('Pod', 'kube-system');
    expect(
      pods.map((p) => [p.spec.nodeName, p.status?.podIP, p.status?.hostIP, p.status?.phase]),
    ).toEqual([
      ['node-1', '10.244.1.254', '172.18.0.2', 'Running'],
      ['node-2', '10.244.2.254', '172.18.0.3', 'Running'],
    ]);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(
        /^coredns-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/,
      );
      expect(p.spec.containers[0].image).toBe('registry.k8s.io/coredns/coredns:v1.11.3');
      expect(p.spec.containers[0].ports?.map((x) => x.name)).toEqual(['dns', 'dns-tcp', 'metrics']);
    }
    const slices = c.list<EndpointSlice>('EndpointSlice', 'kube-system');
    expect(slices).toHaveLength(1);
    expect(slices[0].endpoints.map((e) => e.addresses[0])).toEqual([
      '10.244.1.254',
      '10.244.2.254',
    ]);
  });

  it('stamps every object with resourceVersion "1", a uid and the context time, and installs no ingress controller', () => {
    for (const o of c.snapshot.objects) {
      expect(o.metadata.resourceVersion).toBe('1');
      expect(o.metadata.uid).toMatch(/^uid-/);
      expect(o.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
    }
    expect(c.list('IngressClass')).toEqual([]);
    expect(c.get('Namespace', '', 'ingress-nginx')).toBeUndefined();
  });

  it('records the scheduler and controller events a new cluster shows, without per-object apiserver events', () => {
    const result = bootstrapCluster(DEFAULT_CLUSTER_CONFIG, fakeContext());
    const reasons = result.events.map((e) => `${e.source} ${e.reason}`);
    expect(reasons).toContain('deployment-controller ScalingReplicaSet');
    expect(reasons).toContain('replicaset-controller SuccessfulCreate');
    expect(reasons).toContain('default-scheduler Scheduled');
    expect(reasons.some((r) => r.startsWith('sandbox-apiserver'))).toBe(false);
    expect(result.events.find((e) => e.reason === 'ScalingReplicaSet')?.message).toMatch(
      /^Scaled up replica set coredns-\w+ to 2 from 0$/,
    );
  });
});

describe('bootstrap follows the configured ranges', () => {
  it('puts kubernetes and kube-dns on the 1st and 10th address of a custom service CIDR, and carves node ranges from a custom pod CIDR', () => {
    const c = testCluster({ serviceCIDR: '10.100.0.0/16', podCIDR: '192.168.0.0/16', nodes: 3 });
    expect(c.get<Service>('Service', 'default', 'kubernetes')!.spec.clusterIP).toBe('10.100.0.1');
    expect(c.get<Service>('Service', 'kube-system', 'kube-dns')!.spec.clusterIP).toBe(
      '10.100.0.10',
    );
    expect(c.list<Node>('Node').map((n) => n.spec?.podCIDR)).toEqual([
      '192.168.1.0/24',
      '192.168.2.0/24',
      '192.168.3.0/24',
    ]);
    expect(
      c.list<Node>('Node').map((n) => n.metadata.labels?.['topology.kubernetes.io/zone']),
    ).toEqual(['zone-a', 'zone-b', 'zone-c']);
  });

  it('with one node, both CoreDNS pods share it and take .254 and .253', () => {
    const c = testCluster({ nodes: 1 });
    expect(c.list<Pod>('Pod', 'kube-system').map((p) => p.status?.podIP)).toEqual([
      '10.244.1.254',
      '10.244.1.253',
    ]);
  });
});

describe('bootstrap with ingress-nginx', () => {
  const c = testCluster({ ingressController: 'ingress-nginx' });

  it('installs the controller Deployment, a LoadBalancer Service with http/https and the default IngressClass nginx', () => {
    expect(c.get('Namespace', '', 'ingress-nginx')).toBeDefined();
    expect(c.get('Deployment', 'ingress-nginx', 'ingress-nginx-controller')).toBeDefined();
    const svc = c.get<Service>('Service', 'ingress-nginx', 'ingress-nginx-controller')!;
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.spec.ports?.map((p) => [p.name, p.port])).toEqual([
      ['http', 80],
      ['https', 443],
    ]);
    expect(svc.status?.loadBalancer?.ingress?.[0].ip).toBe('203.0.113.1');
    expect(svc.spec.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(c.get('IngressClass', '', 'nginx')).toMatchObject({
      metadata: { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
      spec: { controller: 'k8s.io/ingress-nginx' },
    });
    const [ctrl] = c.list<Pod>('Pod', 'ingress-nginx');
    expect(ctrl.status?.podIP).toBe('10.244.1.253');
  });
});
