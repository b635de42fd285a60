/** Simulation.build and the ClusterIndex every question reads. */
import { endpointSliceFor, hamAndEggs, pod, service, simulate } from './simulation.fixtures';

describe('Simulation over a ham-and-eggs snapshot', () => {
  const { objects } = hamAndEggs();
  const sim = simulate(objects);

  it('indexes Pods by name and by IP, ignoring hostNetwork Pods for IP lookups', () => {
    const withHost = simulate([
      ...objects,
      pod('default', 'agent', { ip: '172.18.0.2', spec: { hostNetwork: true } }),
    ]);
    expect(withHost.index.pod('default', 'ham')?.status?.podIP).toBe('10.244.1.1');
    expect(withHost.index.podByIP('10.244.2.1')?.metadata.name).toBe('eggs');
    expect(withHost.index.podByIP('172.18.0.2')).toBeUndefined();
    expect(withHost.index.nodeByIP('172.18.0.2')?.metadata.name).toBe('node-1');
  });

  it('indexes Services by name and ClusterIP, but not headless ones', () => {
    const headless = service('default', 'db', { clusterIP: 'None', ports: [{ port: 5432 }] });
    const s = simulate([...objects, headless]);
    expect(s.index.serviceByClusterIP('10.96.0.20')?.metadata.name).toBe('eggs-svc');
    expect(s.index.service('default', 'db')).toBeDefined();
    expect(s.index.serviceByClusterIP('None')).toBeUndefined();
  });

  it('knows nodes with their InternalIP and namespaces with their labels', () => {
    expect(sim.index.nodeIP('node-2')).toBe('172.18.0.3');
    expect(sim.index.namespaceLabels('kube-system')).toEqual({
      'kubernetes.io/metadata.name': 'kube-system',
    });
    expect(sim.index.namespace('nowhere')).toBeUndefined();
  });

  it('keeps the creation order: eggs before eggs-svc before ham', () => {
    const pos = (kind: string, name: string) => sim.index.position(kind, 'default', name);
    expect(pos('Pod', 'eggs')).toBeLessThan(pos('Service', 'eggs-svc'));
    expect(pos('Service', 'eggs-svc')).toBeLessThan(pos('Pod', 'ham'));
    expect(pos('Pod', 'ghost')).toBe(-1);
  });

  it('returns the EndpointSlices labelled with a Service name (sim.endpoints)', () => {
    expect(sim.endpoints('default', 'eggs-svc').map((s) => s.endpoints[0].addresses[0])).toEqual([
      '10.244.2.1',
    ]);
    expect(sim.endpoints('default', 'nope')).toEqual([]);
  });

  it('gathers every slice of a Service, however many the controller wrote', () => {
    const p1 = pod('default', 'a', { ip: '10.244.1.60', labels: { app: 'big' } });
    const p2 = pod('default', 'b', { ip: '10.244.1.61', labels: { app: 'big' } });
    const big = service('default', 'big', {
      clusterIP: '10.96.0.70',
      selector: { app: 'big' },
      ports: [{ port: 80 }],
    });
    const s = simulate([
      p1,
      p2,
      big,
      endpointSliceFor(big, [p1], { name: 'big-1' }),
      endpointSliceFor(big, [p2], { name: 'big-2' }),
    ]);
    expect(s.endpoints('default', 'big').map((e) => e.metadata.name)).toEqual(['big-1', 'big-2']);
    expect(
      s.proxy({
        to: { ip: '10.96.0.70', port: 80 },
        from: { pod: { namespace: 'default', name: 'a' } },
      }).candidates,
    ).toHaveLength(2);
  });

  it('answers DNS, env and proxy questions from the same snapshot', () => {
    const from = { namespace: 'default', name: 'ham' };
    const ip = sim.dns({ from, name: 'eggs-svc' }).answers[0].data;
    expect(sim.env('default', 'ham').variables.EGGS_SVC_SERVICE_HOST).toBe(ip);
    const d = sim.proxy({ to: { ip, port: 80 }, from: { pod: from } });
    expect(d.candidates.map((c) => c.pod)).toEqual(['default/eggs']);
    expect(sim.iptables('node-1')).toContain(`-d ${ip} --dport 80`);
  });
});
