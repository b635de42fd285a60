/**
 * The two answers issue 13 found disagreeing, settled in the engine: a LoadBalancer with
 * externalTrafficPolicy Local whose only endpoint is serving but terminating (the verdict and the
 * load-balancer hop now read the same health check, pkg/proxy healthcheck + KEP-1669), and a
 * UDP-only Service asked without a protocol (the engine, not a transport, picks the protocol).
 * Built through admission and the real controllers.
 */
import type { KubeObject, Service } from '@app/kube';
import { pod, service, testCluster } from '../admission/admission.fixtures';
import { Simulation } from '../simulation';

function terminatingBehindLocalLoadBalancer(): { sim: Simulation; lbIP: string; nodePort: number } {
  const cluster = testCluster();
  cluster.apply(
    pod('web', { app: 'web' }, {
      spec: {
        nodeName: 'node-1',
        containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 80 }] }],
      },
    } as Partial<KubeObject>),
    service('web', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' }),
  );
  // The Pod is being deleted but still passes its readiness probe: serving and terminating.
  const web = cluster.get<KubeObject>('Pod', 'default', 'web')!;
  cluster.apply({
    ...web,
    metadata: { ...web.metadata, deletionTimestamp: '2026-01-01T00:00:00Z' },
  } as KubeObject);
  const svc = cluster.get<Service>('Service', 'default', 'web')!;
  return {
    sim: Simulation.build(cluster.snapshot),
    lbIP: svc.status?.loadBalancer?.ingress?.[0]?.ip ?? '',
    nodePort: svc.spec.ports?.[0]?.nodePort ?? 0,
  };
}

describe('a LoadBalancer (externalTrafficPolicy Local) whose only endpoint is serving but terminating', () => {
  const { sim, lbIP, nodePort } = terminatingBehindLocalLoadBalancer();

  it('lists the endpoint as serving and terminating, not ready (one endpoint view for all)', () => {
    expect(sim.serviceEndpoints('default', 'web')).toEqual([
      expect.objectContaining({
        ready: false,
        serving: true,
        terminating: true,
        nodeName: 'node-1',
      }),
    ]);
  });

  it('is dropped from outside, and the load-balancer hop says why: no node passes its health check', () => {
    const answer = sim.reachability({ from: { external: '198.51.100.7' }, to: { ip: lbIP } });
    expect(answer.allowed).toBe(false);
    expect(answer.verdict).toBe('dropped');
    const lb = answer.hops.find((h) => h.kind === 'load-balancer')!;
    expect(lb.details.nodes).toEqual([]);
    expect(lb.summary).toContain('none passes');
    expect(answer.hops.find((h) => h.kind === 'kube-proxy')?.details.action).toBe('DROP');
    expect(sim.proxy({ to: { ip: lbIP, port: 80 }, from: { ip: '198.51.100.7' } }).action).toBe(
      'DROP',
    );
  });

  it('still reaches the terminating endpoint through the NodePort of its own node (kube-proxy falls back)', () => {
    const own = sim.reachability({
      from: { external: '198.51.100.7' },
      to: { node: 'node-1', nodePort },
    });
    expect(own.verdict).toBe('allowed');
    const other = sim.reachability({
      from: { external: '198.51.100.7' },
      to: { node: 'node-2', nodePort },
    });
    expect(other.verdict).toBe('dropped');
  });

  it('is reached from a Pod, which kube-proxy short-circuits to the serving endpoint', () => {
    const answer = sim.reachability({
      from: { pod: { namespace: 'default', name: 'web' } },
      to: { ip: lbIP },
    });
    expect(answer.allowed).toBe(true);
  });
});

describe('a UDP-only Service asked without a protocol', () => {
  const cluster = testCluster();
  cluster.apply(
    pod('syslog', { app: 'syslog' }, {
      spec: {
        containers: [
          { name: 'app', image: 'rsyslog', ports: [{ containerPort: 514, protocol: 'UDP' }] },
        ],
      },
    } as Partial<KubeObject>),
    service('syslog', { ports: [{ port: 514, protocol: 'UDP', targetPort: 514 }] }),
    pod('client', { app: 'client' }),
  );
  const sim = Simulation.build(cluster.snapshot);
  const from = { pod: { namespace: 'default', name: 'client' } };
  const to = { service: { namespace: 'default', name: 'syslog' } };

  it('is reached over UDP, exactly as when UDP is asked for', () => {
    const implicit = sim.reachability({ from, to, port: 514 });
    const explicit = sim.reachability({ from, to, port: 514, protocol: 'UDP' });
    expect(implicit.verdict).toBe('allowed');
    expect(implicit).toEqual(explicit);
    expect(implicit.hops.find((h) => h.kind === 'kube-proxy')?.details.destination).toMatch(
      /:514\/UDP$/,
    );
  });

  it('is reached over UDP without a port too, and refused over TCP', () => {
    expect(sim.reachability({ from, to }).verdict).toBe('allowed');
    expect(sim.reachability({ from, to, protocol: 'TCP' }).verdict).toBe('no-such-port');
  });

  it('prefers TCP when a port is offered over both (kube-dns 53)', () => {
    const dns = sim.reachability({
      from,
      to: { service: { namespace: 'kube-system', name: 'kube-dns' } },
      port: 53,
    });
    expect(dns.hops.find((h) => h.kind === 'kube-proxy')?.details.destination).toMatch(/\/TCP$/);
  });
});
