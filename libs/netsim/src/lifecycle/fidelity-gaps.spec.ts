/**
 * Behaviours found to differ from upstream and brought in line (issue 15, "fidelity gaps"):
 * CoreDNS below an ExternalName name, the EndpointSlice reconciler and missing Nodes, the API
 * server and out-of-range podIPs, and events the API server never records.
 */
import type { EndpointSlice, Pod } from '@app/kube';
import { pod, service, testCluster } from '../admission/admission.fixtures';
import { service as simService, simulate } from '../simulation.fixtures';

const onNode = (name: string, nodeName: string) => ({
  ...pod(name, { app: 'web' }),
  spec: { ...(pod(name).spec as object), nodeName },
});

const endpointNames = (c: ReturnType<typeof testCluster>, svc: string) =>
  c
    .list<EndpointSlice>('EndpointSlice', 'default')
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc)
    .flatMap((s) => s.endpoints ?? [])
    .map((e) => e.targetRef?.name)
    .sort();

it('CoreDNS answers NXDOMAIN for a CNAME query below an ExternalName Service name', () => {
  const sim = simulate([
    simService('default', 'search', { type: 'ExternalName', externalName: 'search.example.com' }),
  ]);
  expect(sim.dns({ name: 'x.search.default.svc.cluster.local', type: 'CNAME' })).toMatchObject({
    rcode: 'NXDOMAIN',
    answers: [],
  });
  expect(sim.dns({ name: 'search.default.svc.cluster.local', type: 'CNAME' }).answers).toHaveLength(
    1,
  );
});

it('a Pod whose Node is gone leaves the EndpointSlices, unless the Service publishes not-ready addresses', () => {
  const c = testCluster();
  c.apply(
    service('web'),
    service('web-all', { selector: { app: 'web' }, publishNotReadyAddresses: true }),
    onNode('a', 'node-1'),
    onNode('b', 'node-2'),
  );
  expect(endpointNames(c, 'web')).toEqual(['a', 'b']);
  c.run({ op: 'delete', key: { kind: 'Node', namespace: '', name: 'node-2' } });
  expect(c.get<Pod>('Pod', 'default', 'b')!.status?.podIP).toBeDefined();
  expect(endpointNames(c, 'web')).toEqual(['a']);
  expect(endpointNames(c, 'web-all')).toEqual(['a', 'b']);
});

it('a valid status.podIP outside every node range is kept, as the API server keeps it', () => {
  const c = testCluster();
  c.apply({ ...pod('x'), status: { podIP: '192.168.7.7' } });
  expect(c.get<Pod>('Pod', 'default', 'x')!.status?.podIP).toBe('192.168.7.7');
});

it('writes record no events from a made-up "sandbox-apiserver"', () => {
  const c = testCluster();
  const created = c.apply(service('web'), pod('web'));
  const deleted = c.run({
    op: 'delete',
    key: { kind: 'Service', namespace: 'default', name: 'web' },
  });
  for (const { events } of [created, deleted])
    expect(events.filter((e) => e.source === 'sandbox-apiserver')).toEqual([]);
});
