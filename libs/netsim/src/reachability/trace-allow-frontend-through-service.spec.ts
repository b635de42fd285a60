/**
 * The seed's story: the `allow-frontend` NetworkPolicy (kubernetes.io docs, concepts/
 * services-networking/network-policies) in front of a backend Service, traced end to end.
 */
import { KubeError } from '@app/kube';
import { allowFrontend } from '../netpol/test-support/docs-cluster';
import { simulate } from '../simulation.fixtures';
import { frontendBackend } from './trace-fixtures';

describe('allow-frontend, traced through the backend Service', () => {
  const scene = frontendBackend();
  const sim = simulate([...scene.objects, allowFrontend]);

  it('lets frontend reach backend by name: DNS → kube-proxy → overlay → policy allowed → Pod', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { host: 'backend' },
      port: 80,
    });
    expect(a).toMatchObject({
      allowed: true,
      verdict: 'allowed',
      networkPlugin: { name: 'calico', enforcesNetworkPolicy: true },
    });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'dns',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
    ]);
    // services-networking/dns-pod-service: "backend" expands with the Pod's search list first.
    expect(a.hops[0].details).toMatchObject({ tried: ['backend.default.svc.cluster.local'] });
    expect(a.hops[0].summary).toContain('A 10.96.0.30');
    expect(a.hops[1].summary).toContain('10.96.0.30:80/TCP');
    expect(a.hops[1].summary).toContain('10.244.2.5:80 (default/backend) 100%');
    expect(a.hops[2].summary).toMatch(
      /node-1 \(172\.18\.0\.2\) for node-2 \(172\.18\.0\.3\) through tunl0/,
    );
    expect(a.endpoints).toEqual([
      expect.objectContaining({
        pod: 'default/backend',
        ip: '10.244.2.5',
        port: 80,
        node: 'node-2',
        allowed: true,
        policies: { egress: [], ingress: ['default/allow-frontend'] },
        reason: 'allowed by spec.ingress[0] of default/allow-frontend',
      }),
    ]);
    expect(a.summary).toContain('Pod default/frontend can reach');
  });

  it('denies an unlabelled Pod, naming the isolating policy and the closest rule', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'stranger' } },
      to: { service: { namespace: 'default', name: 'backend' } },
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.endpoints[0].allowed).toBe(false);
    expect(a.endpoints[0].explanation).toEqual([
      'default/stranger → default/backend on TCP port 80: denied by NetworkPolicy.',
      'No NetworkPolicy selects default/stranger for egress, so its egress is not restricted.',
      'default/backend is isolated for ingress by policy default/allow-frontend.',
      'None of its rules allows ingress from default/stranger on TCP port 80.',
      'Closest: spec.ingress[0] of default/allow-frontend — it allows traffic from pods labelled role=frontend in namespace default, which does not include default/stranger.',
    ]);
    expect(a.summary).toContain('default/allow-frontend');
    expect(a.hops.find((h) => h.kind === 'network-policy')!.summary).toMatch(
      /^NetworkPolicy check for default\/backend \(10\.244\.2\.5:80\): denied/,
    );
    expect(a.hops.some((h) => h.kind === 'pod')).toBe(false);
  });

  it('judges the port after DNAT: frontend to the metrics port is denied (the rule allows only TCP 80)', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { service: { namespace: 'default', name: 'backend' } },
      port: 'metrics',
    });
    expect(a.verdict).toBe('denied-by-policy');
    expect(a.endpoints[0].port).toBe(9090);
    expect(a.endpoints[0].explanation.at(-1)).toBe(
      'Closest: spec.ingress[0] of default/allow-frontend — it allows only TCP port 80, not TCP port 9090.',
    );
  });

  it('the other direction is open: backend is not isolated for egress, frontend not for ingress', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'backend' } },
      to: { pod: { namespace: 'default', name: 'frontend' } },
      port: 80,
    });
    expect(a).toMatchObject({ allowed: true, verdict: 'allowed' });
    expect(a.hops.map((h) => h.kind)).toEqual(['cni', 'network-policy', 'pod']);
    expect(a.endpoints[0].reason).toBe('no NetworkPolicy isolates either side');
  });

  it('resolves a named container port on a Pod target, and refuses an unknown one', () => {
    const named = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { pod: { namespace: 'default', name: 'backend' } },
      port: 'http',
    });
    expect(named).toMatchObject({
      verdict: 'allowed',
      endpoints: [expect.objectContaining({ port: 80 })],
    });
    const unknown = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { pod: { namespace: 'default', name: 'backend' } },
      port: 'grpc',
    });
    expect(unknown).toMatchObject({ allowed: false, verdict: 'no-such-port', hops: [] });
    expect(unknown.summary).toBe(
      'Pod default/backend has no container port named "grpc"; its named ports: "http" (80/TCP), "metrics" (9090/TCP).',
    );
  });

  it('refuses a port the Service does not expose', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { service: { namespace: 'default', name: 'backend' } },
      port: 8080,
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'no-such-port' });
    expect(a.summary).toBe(
      'Service default/backend does not expose port 8080; it exposes 80/TCP "http", 9090/TCP "metrics".',
    );
  });

  it('reports missing targets as answers and a missing source as NotFound', () => {
    expect(
      sim.reachability({
        from: { pod: { namespace: 'default', name: 'frontend' } },
        to: { service: { namespace: 'default', name: 'nope' } },
      }).verdict,
    ).toBe('no-such-target');
    expect(() =>
      sim.reachability({
        from: { pod: { namespace: 'default', name: 'ghost' } },
        to: { ip: '10.96.0.30' },
      }),
    ).toThrow('pods "ghost" not found');
  });

  it('gives the same truth table through sim.matrix, filtered by kubectl label selector', () => {
    const m = sim.matrix({ port: 80, namespace: 'default', labelSelector: 'role' });
    expect(m).toEqual({
      pods: ['default/frontend', 'default/backend'],
      allowed: [
        [true, true],
        [true, true],
      ],
      enforced: true,
      networkPlugin: 'calico',
    });
    const all = sim.matrix({ port: 80, namespace: 'default' });
    const row = all.pods.indexOf('default/stranger');
    expect(all.allowed[row][all.pods.indexOf('default/backend')]).toBe(false);
    // Compiled once per Simulation: the same object on every question.
    expect(sim.compiledPolicies()).toBe(sim.compiledPolicies());
  });

  it('explains the stored policy, and answers NotFound for a missing one', () => {
    const e = sim.explainPolicy('default', 'allow-frontend');
    expect(e.selectedPods).toEqual(['default/backend']);
    expect(e.ingress.sentence).toBe(
      'Ingress: allows TCP port 80 from pods labelled role=frontend in namespace default.',
    );
    let error: unknown;
    try {
      sim.explainPolicy('default', 'x');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KubeError);
    expect((error as KubeError).code).toBe('NotFound');
    expect((error as KubeError).message).toBe('networkpolicies.networking.k8s.io "x" not found');
  });
});
