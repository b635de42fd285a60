/**
 * ClusterIP allocation, after pkg/registry/core/service/ipallocator (ipallocator_test.go:
 * TestAllocateReserved / TestAllocateTiny / TestAllocate), storage/alloc.go and the Service docs'
 * "Choosing your own IP address" and "Headless Services" sections.
 */
import { KubeError, type Service } from '@app/kube';
import { service, testCluster } from '../admission/admission.fixtures';

const ipOf = (c: ReturnType<typeof testCluster>, name: string): string | undefined =>
  c.get<Service>('Service', 'default', name)?.spec.clusterIP;

describe('dynamic ClusterIPs', () => {
  it('come from the upper band of the service CIDR first (KEP-3070), lowest free first', () => {
    const c = testCluster();
    c.apply(service('a'), service('b'));
    expect([ipOf(c, 'a'), ipOf(c, 'b')]).toEqual(['10.96.1.1', '10.96.1.2']);
    expect(c.get<Service>('Service', 'default', 'a')!.spec.clusterIPs).toEqual(['10.96.1.1']);
  });

  it('never repeat across many creates, in one request or many', () => {
    const c = testCluster({ serviceCIDR: '10.96.0.0/24' });
    c.apply(...Array.from({ length: 120 }, (_, i) => service(`bulk-${i}`)));
    for (let i = 0; i < 60; i++) c.apply(service(`one-${i}`));
    const ips = c.list<Service>('Service').map((s) => s.spec.clusterIP);
    expect(new Set(ips).size).toBe(ips.length);
    // a /24 has 16 static addresses (.1-.16) reserved for requests; dynamic ones fill .17-.254 first.
    expect(ipOf(c, 'bulk-0')).toBe('10.96.0.17');
  });

  it('fall back to the lower band when the upper one is full, then refuse when the range is exhausted', () => {
    const c = testCluster({ serviceCIDR: '10.96.0.0/28' });
    // /28: 14 usable addresses, no band split; kubernetes (.1) and kube-dns (.10) hold two.
    c.apply(...Array.from({ length: 12 }, (_, i) => service(`s${i}`)));
    expect(ipOf(c, 's0')).toBe('10.96.0.2');
    expect(ipOf(c, 's11')).toBe('10.96.0.14');
    expect(() => c.apply(service('one-too-many'))).toThrow(
      'failed to allocate a serviceIP: range is full',
    );
  });

  it('are released on delete and handed out again, lowest first', () => {
    const c = testCluster();
    c.apply(service('a'), service('b'));
    c.run({ op: 'delete', key: { kind: 'Service', namespace: 'default', name: 'a' } });
    c.apply(service('c'));
    expect(ipOf(c, 'c')).toBe('10.96.1.1');
  });
});

describe('requested ClusterIPs', () => {
  it('are honoured when inside the range and free', () => {
    const c = testCluster();
    c.apply(service('fixed', { clusterIP: '10.96.0.50' }));
    expect(ipOf(c, 'fixed')).toBe('10.96.0.50');
  });

  it('outside the service CIDR are refused with the allocator message', () => {
    const c = testCluster();
    expect(() => c.apply(service('web', { clusterIP: '10.0.0.1' }))).toThrow(
      'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.1"}: failed to allocate IP 10.0.0.1: the provided IP (10.0.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
  });

  it.each(['10.96.0.0', '10.111.255.255'])('refuse the network and broadcast address %s', (ip) => {
    const c = testCluster();
    expect(() => c.apply(service('web', { clusterIP: ip }))).toThrow(
      `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range`,
    );
  });

  it('already held by another Service are refused, also within one request', () => {
    const c = testCluster();
    expect(() => c.apply(service('dns-clash', { clusterIP: '10.96.0.10' }))).toThrow(
      'spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
    expect(() =>
      c.apply(service('x', { clusterIP: '10.96.0.77' }), service('y', { clusterIP: '10.96.0.77' })),
    ).toThrow('provided IP is already allocated');
  });

  it('a dynamic allocation never takes an address a request of the same batch asked for first', () => {
    const c = testCluster();
    c.apply(service('want', { clusterIP: '10.96.1.1' }), service('any'));
    expect([ipOf(c, 'want'), ipOf(c, 'any')]).toEqual(['10.96.1.1', '10.96.1.2']);
  });
});

describe('updates', () => {
  it('keep the allocated ClusterIP when the applied object omits it, and report unchanged', () => {
    const c = testCluster();
    c.apply(service('web'));
    const result = c.apply(service('web'));
    expect(result.results[0].action).toBe('unchanged');
    expect(result.upserts).toEqual([]);
    expect(ipOf(c, 'web')).toBe('10.96.1.1');
  });

  it('may not change the ClusterIP once set', () => {
    const c = testCluster();
    c.apply(service('web'));
    expect(() => c.apply(service('web', { clusterIP: '10.96.0.99' }))).toThrow(
      'Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.99"}: may not change once set',
    );
  });

  it('turning a Service into ExternalName releases its address', () => {
    const c = testCluster();
    c.apply(service('web'));
    c.apply(
      service('web', {
        type: 'ExternalName',
        externalName: 'example.com',
        selector: undefined,
        ports: undefined,
      }),
    );
    expect(c.get<Service>('Service', 'default', 'web')!.spec.clusterIP).toBeUndefined();
    c.apply(service('next'));
    expect(ipOf(c, 'next')).toBe('10.96.1.1');
  });
});

describe('Services without an address', () => {
  it('headless Services (clusterIP None) get none', () => {
    const c = testCluster();
    c.apply(service('db', { clusterIP: 'None' }));
    expect(c.get<Service>('Service', 'default', 'db')!.spec.clusterIPs).toEqual(['None']);
    c.apply(service('next'));
    expect(ipOf(c, 'next')).toBe('10.96.1.1');
  });

  it('ExternalName Services get none', () => {
    const c = testCluster();
    c.apply({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'ext', namespace: 'default' },
      spec: { type: 'ExternalName', externalName: 'db.example.com' },
    });
    expect(ipOf(c, 'ext')).toBeUndefined();
  });
});

it('records a sandbox ClusterIPAllocated event for a dynamic address', () => {
  const c = testCluster();
  const { events } = c.apply(service('web'));
  expect(events).toContainEqual(
    expect.objectContaining({
      reason: 'ClusterIPAllocated',
      message: 'Allocated ClusterIP 10.96.1.1 from 10.96.0.0/12',
      source: 'sandbox-ipallocator',
    }),
  );
  // The API server records no event for a write: nothing from a "sandbox-apiserver".
  expect(events.filter((e) => e.source === 'sandbox-apiserver')).toEqual([]);
});

it('errors are KubeErrors with the field cause', () => {
  const c = testCluster();
  try {
    c.apply(service('web', { clusterIP: '10.0.0.1' }));
    fail('expected an error');
  } catch (e) {
    expect(e).toBeInstanceOf(KubeError);
    expect((e as KubeError).code).toBe('Invalid');
    expect((e as KubeError).causes[0].field).toBe('spec.clusterIPs');
  }
});
