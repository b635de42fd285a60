/**
 * The EndpointSlice controller, after the EndpointSlices concept page ("Conditions": ready,
 * serving, terminating; "Management"; "Ownership"), the Service docs ("Services without
 * selectors"), staging/src/k8s.io/endpointslice/reconciler_test.go and utils.go podToEndpoint.
 */
import type { EndpointSlice, Endpoints, KubeObject } from '@app/kube';
import { pod, service, testCluster } from '../admission/admission.fixtures';

const slicesOf = (
  c: ReturnType<typeof testCluster>,
  svc: string,
  ns = 'default',
): EndpointSlice[] =>
  c
    .list<EndpointSlice>('EndpointSlice', ns)
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc);
const podNames = (s: EndpointSlice): Array<string | undefined> =>
  s.endpoints.map((e) => e.targetRef?.name);
const withPorts = (
  p: KubeObject,
  ports: Array<{ name?: string; containerPort: number }>,
): KubeObject => ({
  ...p,
  spec: { containers: [{ name: 'app', image: 'nginx', ports }] },
});

describe('selection', () => {
  it('a selector is an AND of its labels; extra Pod labels do not matter', () => {
    const c = testCluster();
    c.apply(
      service('web', { selector: { app: 'web', tier: 'fe' } }),
      pod('match', { app: 'web', tier: 'fe', extra: 'x' }),
      pod('app-only', { app: 'web' }),
      pod('other-tier', { app: 'web', tier: 'be' }),
    );
    const [slice] = slicesOf(c, 'web');
    expect(podNames(slice)).toEqual(['match']);
    expect(slice.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice.metadata.labels).toEqual({
      'kubernetes.io/service-name': 'web',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
    expect(slice.metadata.ownerReferences).toEqual([
      expect.objectContaining({ kind: 'Service', name: 'web', controller: true }),
    ]);
    expect(slice.addressType).toBe('IPv4');
    expect(slice.endpoints[0]).toEqual({
      addresses: ['10.244.1.2'],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: 'node-1',
      zone: 'zone-a',
      targetRef: { kind: 'Pod', namespace: 'default', name: 'match', uid: expect.any(String) },
    });
  });

  it('a Service selecting nothing has one empty slice, filled when a Pod arrives later', () => {
    const c = testCluster();
    c.apply(service('web'));
    expect(slicesOf(c, 'web')).toEqual([expect.objectContaining({ endpoints: [] })]);
    const name = slicesOf(c, 'web')[0].metadata.name;
    const result = c.apply(pod('web'));
    expect(slicesOf(c, 'web').map((s) => [s.metadata.name, podNames(s)])).toEqual([
      [name, ['web']],
    ]);
    expect(result.upserts.map((o) => o.kind)).toEqual(['EndpointSlice', 'Endpoints', 'Pod']);
  });

  it('Services without selectors get no managed slices; the slices a user applies are kept (Service docs)', () => {
    const c = testCluster();
    const manual: KubeObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'ext-1',
        namespace: 'default',
        labels: { 'kubernetes.io/service-name': 'ext' },
      },
      addressType: 'IPv4',
      ports: [{ name: '', port: 9376, protocol: 'TCP' }],
      endpoints: [{ addresses: ['10.4.5.6'] }],
    };
    c.apply(
      service('ext', { selector: undefined, ports: [{ port: 80, targetPort: 9376 }] }),
      manual,
      pod('ext'),
    );
    expect(slicesOf(c, 'ext').map((s) => s.metadata.name)).toEqual(['ext-1']);
    expect(
      c.get<Endpoints>('Endpoints', 'default', 'ext')?.subsets?.[0].addresses?.map((a) => a.ip),
    ).toEqual(['10.4.5.6']);
  });

  it('ExternalName Services have no slices', () => {
    const c = testCluster();
    c.apply(service('x', { type: 'ExternalName', externalName: 'example.com' }), pod('x'));
    expect(slicesOf(c, 'x')).toEqual([]);
  });
});

describe('ports', () => {
  it('a named targetPort resolves per Pod; Pods resolving it differently, or not at all, get their own slices', () => {
    const c = testCluster();
    c.apply(
      service('web', { ports: [{ name: 'web', port: 80, targetPort: 'http' }] }),
      withPorts(pod('a', { app: 'web' }), [{ name: 'http', containerPort: 8080 }]),
      withPorts(pod('b', { app: 'web' }), [{ name: 'http', containerPort: 9090 }]),
      withPorts(pod('c', { app: 'web' }), [{ name: 'http', containerPort: 8080 }]),
      withPorts(pod('d', { app: 'web' }), [{ name: 'metrics', containerPort: 9100 }]),
    );
    const byPort = slicesOf(c, 'web').map((s) => [
      s.ports?.map((p) => `${p.name}:${p.port}/${p.protocol}`) ?? [],
      podNames(s),
    ]);
    expect(byPort).toEqual([
      [['web:8080/TCP'], ['a', 'c']],
      [['web:9090/TCP'], ['b']],
      [[], ['d']],
    ]);
    const ep = c.get<Endpoints>('Endpoints', 'default', 'web')!;
    expect(ep.subsets?.map((s) => [s.ports?.[0].port, s.addresses?.map((a) => a.ip)])).toEqual([
      [8080, ['10.244.1.2', '10.244.1.3']],
      [9090, ['10.244.2.2']],
    ]);
  });

  it('a numeric targetPort is used as is, with the Service port name and protocol', () => {
    const c = testCluster();
    c.apply(
      service('dns', { ports: [{ name: 'dns', port: 53, targetPort: 5353, protocol: 'UDP' }] }),
      pod('dns'),
    );
    expect(slicesOf(c, 'dns')[0].ports).toEqual([{ name: 'dns', port: 5353, protocol: 'UDP' }]);
  });
});

describe('conditions (EndpointSlice docs, "Conditions")', () => {
  it('a not-ready Pod is neither ready nor serving, and sits in notReadyAddresses of Endpoints', () => {
    const c = testCluster();
    c.apply(service('web'), {
      ...pod('web'),
      status: { conditions: [{ type: 'Ready', status: 'False' }] },
    });
    expect(slicesOf(c, 'web')[0].endpoints[0].conditions).toEqual({
      ready: false,
      serving: false,
      terminating: false,
    });
    expect(c.get<Endpoints>('Endpoints', 'default', 'web')!.subsets).toEqual([
      {
        notReadyAddresses: [expect.objectContaining({ ip: '10.244.1.2', nodeName: 'node-1' })],
        ports: [{ port: 80, protocol: 'TCP' }],
      },
    ]);
  });

  it('a terminating ready Pod stays serving but not ready, and Endpoints leave it out', () => {
    const c = testCluster();
    c.apply(service('web'), {
      ...pod('web'),
      metadata: {
        name: 'web',
        namespace: 'default',
        labels: { app: 'web' },
        deletionTimestamp: '2026-01-01T00:00:00Z',
      },
    });
    expect(slicesOf(c, 'web')[0].endpoints[0].conditions).toEqual({
      ready: false,
      serving: true,
      terminating: true,
    });
    expect(c.get<Endpoints>('Endpoints', 'default', 'web')!.subsets).toBeUndefined();
  });

  it('publishNotReadyAddresses makes every endpoint ready and serving', () => {
    const c = testCluster();
    c.apply(
      service('db', { publishNotReadyAddresses: true, clusterIP: 'None' }),
      {
        ...pod('db-0', { app: 'db' }),
        status: { conditions: [{ type: 'Ready', status: 'False' }] },
      },
      {
        ...pod('db-1', { app: 'db' }),
        metadata: {
          name: 'db-1',
          namespace: 'default',
          labels: { app: 'db' },
          deletionTimestamp: '2026-01-01T00:00:00Z',
        },
      },
    );
    const [slice] = slicesOf(c, 'db');
    expect(slice.endpoints.map((e) => e.conditions)).toEqual([
      { ready: true, serving: true, terminating: false },
      { ready: true, serving: true, terminating: true },
    ]);
    expect(slice.metadata.labels?.['service.kubernetes.io/headless']).toBe('');
    expect(c.get<Endpoints>('Endpoints', 'default', 'db')!.subsets?.[0].addresses).toHaveLength(2);
  });

  it('Pods without an IP or in a terminal phase are left out', () => {
    const c = testCluster();
    c.apply(
      service('job'),
      { ...pod('done', { app: 'job' }), status: { phase: 'Succeeded' } },
      {
        ...pod('pending', { app: 'job' }),
        spec: { containers: [{ name: 'a', image: 'x' }], nodeSelector: { none: 'x' } },
      },
    );
    expect(slicesOf(c, 'job')[0].endpoints).toEqual([]);
  });

  it('sets hostname when the Pod hostname and subdomain name the Service', () => {
    const c = testCluster();
    c.apply(service('db', { clusterIP: 'None' }), {
      ...pod('db-0', { app: 'db' }),
      spec: { hostname: 'db-0', subdomain: 'db', containers: [{ name: 'a', image: 'x' }] },
    });
    expect(slicesOf(c, 'db')[0].endpoints[0].hostname).toBe('db-0');
    expect(
      c.get<Endpoints>('Endpoints', 'default', 'db')!.subsets?.[0].addresses?.[0],
    ).toMatchObject({ hostname: 'db-0' });
  });
});

describe('size and churn', () => {
  it('puts at most 100 endpoints in one slice (--max-endpoints-per-slice)', () => {
    const c = testCluster({ nodes: 3 });
    c.apply(
      service('big', { selector: { app: 'big' } }),
      ...Array.from({ length: 250 }, (_, i) => pod(`big-${i}`, { app: 'big' })),
    );
    const slices = slicesOf(c, 'big');
    expect(slices.map((s) => s.endpoints.length)).toEqual([100, 100, 50]);
    expect(new Set(slices.map((s) => s.metadata.name)).size).toBe(3);
    expect(c.get<Endpoints>('Endpoints', 'default', 'big')!.subsets?.[0].addresses).toHaveLength(
      250,
    );
  });

  it('writes only slices whose content changed, keeping slice names stable', () => {
    const c = testCluster();
    c.apply(service('a'), service('b'), pod('a'), pod('b'));
    const before = slicesOf(c, 'a')[0];
    const result = c.apply(pod('b2', { app: 'b' }));
    // upserts come in creation order: the slice and Endpoints of b existed before Pod b2
    expect(result.upserts.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      `EndpointSlice/${slicesOf(c, 'b')[0].metadata.name}`,
      'Endpoints/b',
      'Pod/b2',
    ]);
    expect(slicesOf(c, 'a')[0]).toBe(before);
    expect(slicesOf(c, 'b')[0].metadata.generation).toBe(2);
  });

  it('deleting a Service deletes its slices and Endpoints; a deleted Pod terminates, then leaves', () => {
    const c = testCluster();
    c.apply(service('web'), pod('web'), pod('web-2', { app: 'web' }));
    c.run({ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'web' } });
    const terminating = slicesOf(c, 'web')[0].endpoints?.find((e) => e.targetRef?.name === 'web');
    expect(terminating?.conditions).toEqual({ ready: false, serving: true, terminating: true });
    c.advance(30);
    expect(podNames(slicesOf(c, 'web')[0])).toEqual(['web-2']);
    const result = c.run({
      op: 'delete',
      key: { kind: 'Service', namespace: 'default', name: 'web' },
    });
    expect(result.deletes.map((k) => k.kind).sort()).toEqual([
      'EndpointSlice',
      'Endpoints',
      'Service',
    ]);
  });

  it('relabelling a Pod moves it between Services', () => {
    const c = testCluster();
    c.apply(service('blue'), service('green'), pod('p', { app: 'blue' }));
    c.apply(pod('p', { app: 'green' }));
    expect(podNames(slicesOf(c, 'blue')[0])).toEqual([]);
    expect(podNames(slicesOf(c, 'green')[0])).toEqual(['p']);
  });
});
