/**
 * NodePort, health-check node port and load-balancer allocation, after
 * pkg/registry/core/service/portallocator (allocator_test.go), storage/alloc.go initNodePorts and
 * the Service docs' "Type NodePort" ("Choosing your own port") and "Type LoadBalancer" sections.
 */
import type { Service } from '@app/kube';
import { service, testCluster } from '../admission/admission.fixtures';

const svcOf = (c: ReturnType<typeof testCluster>, name: string): Service =>
  c.get<Service>('Service', 'default', name)!;

describe('NodePort Services', () => {
  it('get a node port per port from the upper band of the range first (KEP-3668: 30086 for 30000-32767)', () => {
    const c = testCluster();
    c.apply(
      service('web', {
        type: 'NodePort',
        ports: [
          { name: 'http', port: 80 },
          { name: 'https', port: 443 },
        ],
      }),
    );
    expect(svcOf(c, 'web').spec.ports?.map((p) => p.nodePort)).toEqual([30086, 30087]);
    expect(svcOf(c, 'web').spec.clusterIP).toBe('10.96.1.1');
  });

  it('keep a requested port in range', () => {
    const c = testCluster();
    c.apply(service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    expect(svcOf(c, 'web').spec.ports?.[0].nodePort).toBe(30080);
  });

  it('refuse a port held by another Service', () => {
    const c = testCluster();
    c.apply(service('a', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    expect(() =>
      c.apply(service('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] })),
    ).toThrow(
      'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
  });

  it('refuse a port outside the range', () => {
    const c = testCluster();
    expect(() =>
      c.apply(service('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] })),
    ).toThrow(
      'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('share one node port between TCP and UDP ports with the same number', () => {
    const c = testCluster();
    c.apply(
      service('dns', {
        type: 'NodePort',
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        ],
      }),
    );
    expect(svcOf(c, 'dns').spec.ports?.map((p) => p.nodePort)).toEqual([30086, 30086]);
  });

  it('never hand out the same port twice across many creates', () => {
    const c = testCluster({ nodePortRange: '30000-30079' });
    c.apply(
      ...Array.from({ length: 40 }, (_, i) =>
        service(`s${i}`, {
          type: 'NodePort',
          ports: [
            { name: 'a', port: 80 },
            { name: 'b', port: 81 },
          ],
        }),
      ),
    );
    const ports = c
      .list<Service>('Service')
      .flatMap((s) => (s.spec.ports ?? []).map((p) => p.nodePort).filter(Boolean));
    expect(ports).toHaveLength(80);
    expect(new Set(ports).size).toBe(80);
    expect(() =>
      c.apply(service('full', { type: 'NodePort', ports: [{ name: 'w', port: 80 }] })),
    ).toThrow('range is full');
  });

  it('keep their node ports on re-apply (matched by port name) and release them when the type changes back', () => {
    const c = testCluster();
    c.apply(service('web', { type: 'NodePort', ports: [{ name: 'http', port: 80 }] }));
    expect(
      c.apply(service('web', { type: 'NodePort', ports: [{ name: 'http', port: 80 }] })).results[0]
        .action,
    ).toBe('unchanged');
    c.apply(service('web', { type: 'ClusterIP', ports: [{ name: 'http', port: 80 }] }));
    expect(svcOf(c, 'web').spec.ports?.[0].nodePort).toBeUndefined();
    c.apply(service('other', { type: 'NodePort' }));
    expect(svcOf(c, 'other').spec.ports?.[0].nodePort).toBe(30086);
  });
});

describe('LoadBalancer Services', () => {
  it('get node ports and the lowest free ingress IP of the pool, with the service-controller events', () => {
    const c = testCluster();
    const { events } = c.apply(
      service('a', { type: 'LoadBalancer' }),
      service('b', { type: 'LoadBalancer' }),
    );
    expect(svcOf(c, 'a').status?.loadBalancer?.ingress).toEqual([
      { ip: '203.0.113.1', ipMode: 'VIP' },
    ]);
    expect(svcOf(c, 'b').status?.loadBalancer?.ingress).toEqual([
      { ip: '203.0.113.2', ipMode: 'VIP' },
    ]);
    expect(svcOf(c, 'a').spec.ports?.[0].nodePort).toBe(30086);
    expect(events.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['EnsuringLoadBalancer', 'EnsuredLoadBalancer']),
    );
  });

  it('get a healthCheckNodePort with externalTrafficPolicy Local', () => {
    const c = testCluster();
    c.apply(service('a', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' }));
    expect(svcOf(c, 'a').spec.healthCheckNodePort).toBe(30087);
  });

  it('refuse a requested healthCheckNodePort that is taken', () => {
    const c = testCluster();
    c.apply(service('a', { type: 'NodePort', ports: [{ port: 80, nodePort: 30500 }] }));
    expect(() =>
      c.apply(
        service('b', {
          type: 'LoadBalancer',
          externalTrafficPolicy: 'Local',
          healthCheckNodePort: 30500,
        }),
      ),
    ).toThrow(
      'spec.healthCheckNodePort: Invalid value: 30500: failed to allocate requested HealthCheck NodePort 30500: provided port is already allocated',
    );
  });

  it('get no node ports with allocateLoadBalancerNodePorts false, and no ingress with a loadBalancerClass', () => {
    const c = testCluster();
    c.apply(
      service('a', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false }),
      service('b', { type: 'LoadBalancer', loadBalancerClass: 'example.com/lb' }),
    );
    expect(svcOf(c, 'a').spec.ports?.[0].nodePort).toBeUndefined();
    expect(svcOf(c, 'b').status).toEqual({ loadBalancer: {} });
  });

  it('keep their ingress IP on update and give it back on delete', () => {
    const c = testCluster();
    c.apply(service('a', { type: 'LoadBalancer' }));
    expect(c.apply(service('a', { type: 'LoadBalancer' })).results[0].action).toBe('unchanged');
    c.run({ op: 'delete', key: { kind: 'Service', namespace: 'default', name: 'a' } });
    c.apply(service('b', { type: 'LoadBalancer' }));
    expect(svcOf(c, 'b').status?.loadBalancer?.ingress?.[0].ip).toBe('203.0.113.1');
  });

  it('stay pending with an AllocationFailed warning when the pool is empty', () => {
    const c = testCluster({ loadBalancerCIDR: '203.0.113.0/30' });
    c.apply(service('a', { type: 'LoadBalancer' }), service('b', { type: 'LoadBalancer' }));
    const { events } = c.apply(service('c', { type: 'LoadBalancer' }));
    expect(svcOf(c, 'c').status).toEqual({ loadBalancer: {} });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'Warning', reason: 'AllocationFailed' }),
    );
  });
});
