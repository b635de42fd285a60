import type { KubeObject } from '@app/kube';
import { toTable } from './to-table';

const now = new Date('2025-03-01T12:00:00Z');
const created = '2025-03-01T11:58:00Z'; // 2m before now
const meta = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  namespace: 'default',
  uid: `uid-${name}`,
  resourceVersion: '7',
  creationTimestamp: created,
  ...extra,
});
const obj = (
  apiVersion: string,
  kind: string,
  body: Record<string, unknown>,
  name = 'x',
  m: Record<string, unknown> = {},
): KubeObject => ({
  apiVersion,
  kind,
  metadata: meta(name, m),
  ...body,
});
const headers = (kind: string) =>
  toTable(kind, [], { now }).columnDefinitions.map((c) => (c.priority ? `${c.name}(w)` : c.name));
const cells = (kind: string, o: KubeObject) => toTable(kind, [o], { now }).rows[0].cells;

describe('toTable', () => {
  it('has upstream column sets, wide columns at priority 1', () => {
    expect(headers('Pod')).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
      'IP(w)',
      'Node(w)',
      'Nominated Node(w)',
      'Readiness Gates(w)',
    ]);
    expect(headers('Service')).toEqual([
      'Name',
      'Type',
      'Cluster-IP',
      'External-IP',
      'Port(s)',
      'Age',
      'Selector(w)',
    ]);
    expect(headers('Deployment')).toEqual([
      'Name',
      'Ready',
      'Up-to-date',
      'Available',
      'Age',
      'Containers(w)',
      'Images(w)',
      'Selector(w)',
    ]);
    expect(headers('ReplicaSet')).toEqual([
      'Name',
      'Desired',
      'Current',
      'Ready',
      'Age',
      'Containers(w)',
      'Images(w)',
      'Selector(w)',
    ]);
    expect(headers('Namespace')).toEqual(['Name', 'Status', 'Age']);
    expect(headers('Node')).toEqual([
      'Name',
      'Status',
      'Roles',
      'Age',
      'Version',
      'Internal-IP(w)',
      'External-IP(w)',
      'OS-Image(w)',
      'Kernel-Version(w)',
      'Container-Runtime(w)',
    ]);
    expect(headers('EndpointSlice')).toEqual(['Name', 'AddressType', 'Ports', 'Endpoints', 'Age']);
    expect(headers('Endpoints')).toEqual(['Name', 'Endpoints', 'Age']);
    expect(headers('NetworkPolicy')).toEqual(['Name', 'Pod-Selector', 'Age']);
    expect(headers('Ingress')).toEqual(['Name', 'Class', 'Hosts', 'Address', 'Ports', 'Age']);
    expect(headers('IngressClass')).toEqual(['Name', 'Controller', 'Parameters', 'Age']);
    expect(headers('Secret')).toEqual(['Name', 'Type', 'Data', 'Age']);
    expect(headers('Event')).toEqual([
      'Last Seen',
      'Type',
      'Reason',
      'Object',
      'Subobject(w)',
      'Source(w)',
      'Message',
      'First Seen(w)',
      'Count(w)',
      'Name(w)',
    ]);
    const name = toTable('Service', [], { now }).columnDefinitions[0];
    expect(name).toMatchObject({ name: 'Name', type: 'string', format: 'name', priority: 0 });
    expect(headers('Gadget')).toEqual(['Name', 'Created At']);
  });

  it('prints a running pod like upstream: READY 1/1, RESTARTS with last restart, wide cells', () => {
    const pod = obj(
      'v1',
      'Pod',
      {
        spec: { nodeName: 'node-1', containers: [{ name: 'web', image: 'nginx' }] },
        status: {
          phase: 'Running',
          podIP: '10.244.1.2',
          podIPs: [{ ip: '10.244.1.2' }],
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [
            {
              name: 'web',
              ready: true,
              restartCount: 2,
              state: { running: { startedAt: created } },
              lastState: { terminated: { exitCode: 1, finishedAt: '2025-03-01T11:59:00Z' } },
            },
          ],
        },
      },
      'web-1',
    );
    expect(cells('Pod', pod)).toEqual([
      'web-1',
      '1/1',
      'Running',
      '2 (60s ago)',
      '2m',
      '10.244.1.2',
      'node-1',
      '<none>',
      '<none>',
    ]);
  });

  it('prints pod states: waiting reason, init progress, terminating, completed condition', () => {
    const waiting = obj('v1', 'Pod', {
      spec: { containers: [{ name: 'a' }, { name: 'b' }] },
      status: {
        phase: 'Pending',
        containerStatuses: [
          { name: 'a', ready: false, state: { waiting: { reason: 'ImagePullBackOff' } } },
          { name: 'b', ready: true, state: { running: {} } },
        ],
      },
    });
    expect(cells('Pod', waiting).slice(1, 4)).toEqual(['1/2', 'ImagePullBackOff', '0']);
    const init = obj('v1', 'Pod', {
      spec: { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'a' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          { name: 'i1', state: { terminated: { exitCode: 0 } } },
          { name: 'i2', state: { running: {} } },
        ],
      },
    });
    expect(cells('Pod', init)[2]).toBe('Init:1/2');
    const terminating = obj(
      'v1',
      'Pod',
      { spec: { containers: [{ name: 'a' }] }, status: { phase: 'Running' } },
      'p',
      { deletionTimestamp: created },
    );
    expect(cells('Pod', terminating)[2]).toBe('Terminating');
    const done = obj('v1', 'Pod', {
      spec: { containers: [{ name: 'a' }] },
      status: {
        phase: 'Succeeded',
        containerStatuses: [
          { name: 'a', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
        ],
      },
    });
    const row = toTable('Pod', [done], { now }).rows[0];
    expect(row.cells.slice(1, 3)).toEqual(['0/1', 'Completed']);
    expect(row.conditions).toEqual([
      {
        type: 'Completed',
        status: 'True',
        reason: 'Succeeded',
        message: 'The pod has completed successfully.',
      },
    ]);
  });

  it('prints Service types, ports and external IPs as upstream', () => {
    const np = obj(
      'v1',
      'Service',
      {
        spec: {
          type: 'NodePort',
          clusterIP: '10.96.0.23',
          clusterIPs: ['10.96.0.23'],
          selector: { app: 'web', tier: 'fe' },
          ports: [
            { port: 80, nodePort: 30080, protocol: 'TCP' },
            { port: 443, nodePort: 30443, protocol: 'TCP' },
          ],
        },
      },
      'web',
    );
    expect(cells('Service', np)).toEqual([
      'web',
      'NodePort',
      '10.96.0.23',
      '<none>',
      '80:30080/TCP,443:30443/TCP',
      '2m',
      'app=web,tier=fe',
    ]);
    const headless = obj('v1', 'Service', {
      spec: {
        type: 'ClusterIP',
        clusterIP: 'None',
        clusterIPs: ['None'],
        ports: [{ port: 53, protocol: 'UDP' }],
      },
    });
    expect(cells('Service', headless).slice(1, 7)).toEqual([
      'ClusterIP',
      'None',
      '<none>',
      '53/UDP',
      '2m',
      '<none>',
    ]);
    const pending = obj('v1', 'Service', {
      spec: {
        type: 'LoadBalancer',
        clusterIPs: ['10.96.0.5'],
        ports: [{ port: 80, nodePort: 31000, protocol: 'TCP' }],
      },
      status: { loadBalancer: {} },
    });
    expect(cells('Service', pending)[3]).toBe('<pending>');
    const lb = obj('v1', 'Service', {
      spec: { type: 'LoadBalancer', clusterIPs: ['10.96.0.5'], ports: [] },
      status: { loadBalancer: { ingress: [{ ip: '203.0.113.20' }, { ip: '203.0.113.10' }] } },
    });
    expect(cells('Service', lb).slice(3, 5)).toEqual(['203.0.113.10,203.0.113.20', '<none>']);
    const ext = obj('v1', 'Service', {
      spec: { type: 'ExternalName', externalName: 'db.example.com' },
    });
    expect(cells('Service', ext).slice(1, 5)).toEqual([
      'ExternalName',
      '<none>',
      'db.example.com',
      '<none>',
    ]);
  });

  it('prints Deployments with integer cells and ReplicaSets with selector strings', () => {
    const template = {
      spec: {
        containers: [
          { name: 'web', image: 'nginx:1.27' },
          { name: 'log', image: 'busybox' },
        ],
      },
    };
    const d = obj(
      'apps/v1',
      'Deployment',
      {
        spec: {
          replicas: 3,
          selector: {
            matchLabels: { app: 'web' },
            matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod', 'dev'] }],
          },
          template,
        },
        status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
      },
      'web',
    );
    expect(cells('Deployment', d)).toEqual([
      'web',
      '2/3',
      3,
      2,
      '2m',
      'web,log',
      'nginx:1.27,busybox',
      'app=web,env notin (dev,prod)',
    ]);
    const rs = obj(
      'apps/v1',
      'ReplicaSet',
      {
        spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template },
        status: { replicas: 3, readyReplicas: 3 },
      },
      'web-5d4f',
    );
    expect(cells('ReplicaSet', rs)).toEqual([
      'web-5d4f',
      3,
      3,
      3,
      '2m',
      'web,log',
      'nginx:1.27,busybox',
      'app=web',
    ]);
  });

  it('prints Namespace, Node, Secret, NetworkPolicy', () => {
    expect(
      cells('Namespace', obj('v1', 'Namespace', { status: { phase: 'Active' } }, 'default')),
    ).toEqual(['default', 'Active', '2m']);
    const node = obj(
      'v1',
      'Node',
      {
        spec: { unschedulable: true },
        status: {
          conditions: [{ type: 'Ready', status: 'True' }],
          addresses: [
            { type: 'InternalIP', address: '172.18.0.2' },
            { type: 'Hostname', address: 'node-1' },
          ],
          nodeInfo: {
            kubeletVersion: 'v1.32.0',
            osImage: 'Debian GNU/Linux 12 (bookworm)',
            kernelVersion: '6.1.0',
            containerRuntimeVersion: 'containerd://1.7.22',
          },
        },
      },
      'node-1',
      { labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' } },
    );
    expect(cells('Node', node)).toEqual([
      'node-1',
      'Ready,SchedulingDisabled',
      'control-plane,master',
      '2m',
      'v1.32.0',
      '172.18.0.2',
      '<none>',
      'Debian GNU/Linux 12 (bookworm)',
      '6.1.0',
      'containerd://1.7.22',
    ]);
    expect(cells('Node', obj('v1', 'Node', { status: {} }, 'n'))).toEqual([
      'n',
      'Unknown',
      '<none>',
      '2m',
      '',
      '<none>',
      '<none>',
      '<unknown>',
      '<unknown>',
      '<unknown>',
    ]);
    expect(
      cells('Secret', obj('v1', 'Secret', { type: 'Opaque', data: { a: 'eA==', b: 'eQ==' } }, 's')),
    ).toEqual(['s', 'Opaque', 2, '2m']);
    expect(
      cells(
        'NetworkPolicy',
        obj('networking.k8s.io/v1', 'NetworkPolicy', { spec: { podSelector: {} } }, 'deny'),
      ),
    ).toEqual(['deny', '<none>', '2m']);
    expect(
      cells(
        'NetworkPolicy',
        obj(
          'networking.k8s.io/v1',
          'NetworkPolicy',
          { spec: { podSelector: { matchLabels: { app: 'db' } } } },
          'db',
        ),
      )[1],
    ).toBe('app=db');
  });

  it('prints EndpointSlices and Endpoints with upstream "+ N more..." formatting', () => {
    const es = obj(
      'discovery.k8s.io/v1',
      'EndpointSlice',
      {
        addressType: 'IPv4',
        ports: [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'named' }],
        endpoints: [
          { addresses: ['10.244.1.2'] },
          { addresses: ['10.244.2.3'] },
          { addresses: ['10.244.3.4'] },
          { addresses: ['10.244.1.5'] },
        ],
      },
      'web-abc12',
    );
    expect(cells('EndpointSlice', es)).toEqual([
      'web-abc12',
      'IPv4',
      '80,named',
      '10.244.1.2,10.244.2.3,10.244.3.4 + 1 more...',
      '2m',
    ]);
    expect(
      cells(
        'EndpointSlice',
        obj('discovery.k8s.io/v1', 'EndpointSlice', { addressType: 'IPv4', endpoints: [] }),
      ),
    ).toEqual(['x', 'IPv4', '<unset>', '<unset>', '2m']);
    const ep = obj(
      'v1',
      'Endpoints',
      {
        subsets: [
          {
            addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }],
            ports: [{ port: 8080 }, { port: 9090 }],
          },
        ],
      },
      'web',
    );
    expect(cells('Endpoints', ep)).toEqual([
      'web',
      '10.244.1.2:8080,10.244.2.3:8080,10.244.1.2:9090 + 1 more...',
      '2m',
    ]);
    expect(cells('Endpoints', obj('v1', 'Endpoints', {}, 'none'))[1]).toBe('<none>');
  });

  it('prints Ingress and IngressClass', () => {
    const ing = obj(
      'networking.k8s.io/v1',
      'Ingress',
      {
        spec: {
          ingressClassName: 'nginx',
          tls: [{ hosts: ['a.example'] }],
          rules: [
            { host: 'a.example' },
            { host: 'b.example' },
            {},
            { host: 'c.example' },
            { host: 'd.example' },
          ],
        },
        status: { loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } },
      },
      'shop',
    );
    expect(cells('Ingress', ing)).toEqual([
      'shop',
      'nginx',
      'a.example,b.example,c.example + 2 more...',
      '203.0.113.7',
      '80, 443',
      '2m',
    ]);
    expect(
      cells('Ingress', obj('networking.k8s.io/v1', 'Ingress', { spec: { defaultBackend: {} } })),
    ).toEqual(['x', '<none>', '*', '', '80', '2m']);
    const ic = obj(
      'networking.k8s.io/v1',
      'IngressClass',
      {
        spec: {
          controller: 'k8s.io/ingress-nginx',
          parameters: { apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'p' },
        },
      },
      'nginx',
    );
    expect(cells('IngressClass', ic)).toEqual([
      'nginx',
      'k8s.io/ingress-nginx',
      'IngressParameters.k8s.example.com/p',
      '2m',
    ]);
    expect(
      cells(
        'IngressClass',
        obj('networking.k8s.io/v1', 'IngressClass', { spec: { controller: 'c' } }),
      )[2],
    ).toBe('<none>');
  });

  it('prints Events like the API server event printer (wide)', () => {
    const ev = obj(
      'v1',
      'Event',
      {
        involvedObject: {
          kind: 'Pod',
          name: 'web-1',
          namespace: 'default',
          fieldPath: 'spec.containers{web}',
        },
        reason: 'Pulled',
        message: 'Successfully pulled image "nginx"\n',
        type: 'Normal',
        source: { component: 'kubelet', host: 'node-1' },
        count: 2,
        firstTimestamp: '2025-03-01T11:55:00Z',
        lastTimestamp: '2025-03-01T11:59:30Z',
      },
      'web-1.17a',
    );
    expect(cells('Event', ev)).toEqual([
      '30s',
      'Normal',
      'Pulled',
      'pod/web-1',
      'spec.containers{web}',
      'kubelet, node-1',
      'Successfully pulled image "nginx"',
      '5m',
      2,
      'web-1.17a',
    ]);
    const single = obj('v1', 'Event', {
      involvedObject: { kind: 'Service' },
      reason: 'X',
      firstTimestamp: '2025-03-01T11:59:00Z',
    });
    expect(cells('Event', single).slice(0, 4)).toEqual(['60s', '', 'X', 'service']);
    expect(cells('Event', single)[8]).toBe(1);
  });

  it('carries PartialObjectMetadata, the full object, or nothing, per includeObject', () => {
    const svc = obj('v1', 'Service', { spec: { type: 'ClusterIP', ports: [] } }, 'web', {
      labels: { app: 'web' },
    });
    const t = toTable('Service', [svc], { now, resourceVersion: '1046' });
    expect(t).toMatchObject({
      kind: 'Table',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { resourceVersion: '1046' },
    });
    expect(t.rows[0].object).toEqual({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: svc.metadata,
    });
    expect(toTable('Service', [svc], { now, includeObject: 'Object' }).rows[0].object).toBe(svc);
    expect(toTable('Service', [svc], { now, includeObject: 'None' }).rows[0]).not.toHaveProperty(
      'object',
    );
    expect(toTable('Service', [svc], { now, noHeaders: true }).columnDefinitions).toEqual([]);
  });
});
