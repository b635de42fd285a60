/**
 * NetworkPolicy verdicts as the trace reports them, one per candidate endpoint after kube-proxy's
 * DNAT. Sources: kubernetes.io concepts/services-networking/network-policies ("Default deny all
 * ingress traffic", "ipBlock ... cluster-external IPs", "a pod cannot block access to itself"),
 * and the flannel docs (no NetworkPolicy support).
 */
import { networkPolicy } from '@app/kube';
import { allowFrontend } from '../netpol/test-support/docs-cluster';
import { simulate } from '../simulation.fixtures';
import { frontendBackend, webApp } from './trace-fixtures';

const frontend = { pod: { namespace: 'default', name: 'frontend' } };
const stranger = { pod: { namespace: 'default', name: 'stranger' } };
const backendSvc = { service: { namespace: 'default', name: 'backend' } };

describe('default deny all ingress', () => {
  const sim = simulate([
    ...frontendBackend().objects,
    networkPolicy('default-deny-ingress', { podSelector: {}, policyTypes: ['Ingress'] }),
  ]);

  it('blocks frontend → backend and says the policy has no ingress rules at all', () => {
    const a = sim.reachability({ from: frontend, to: backendSvc });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.endpoints[0].policies).toEqual({
      egress: [],
      ingress: ['default/default-deny-ingress'],
    });
    expect(a.endpoints[0].explanation.at(-1)).toBe(
      'That policy has no ingress rules at all: they deny all ingress to the pods they select.',
    );
    expect(a.summary).toContain('those policies allow no ingress at all');
  });
});

describe('flannel stores policies but does not enforce them', () => {
  const sim = simulate([...frontendBackend().objects, allowFrontend], { networkPlugin: 'flannel' });

  it('lets the unlabelled Pod through with verdict not-enforced', () => {
    const a = sim.reachability({ from: stranger, to: backendSvc });
    expect(a).toMatchObject({
      allowed: true,
      verdict: 'not-enforced',
      networkPlugin: { name: 'flannel', enforcesNetworkPolicy: false },
    });
    expect(a.endpoints[0]).toMatchObject({
      allowed: true,
      policies: { ingress: ['default/allow-frontend'] },
    });
    expect(a.endpoints[0].reason).toMatch(
      /^NetworkPolicy would deny it .* but it is not enforced$/,
    );
    expect(a.summary).toMatch(
      /would deny 1 of 1 endpoint\(s\) \(default\/backend\): the flannel network plugin does not enforce NetworkPolicy\.$/,
    );
    expect(a.hops.find((h) => h.kind === 'cni')!.summary).toContain('flannel.1');
  });

  it('says so on every answer, even an allowed one', () => {
    const a = sim.reachability({ from: frontend, to: backendSvc });
    expect(a.verdict).toBe('allowed');
    expect(a.summary).toMatch(/Note: the flannel network plugin does not enforce NetworkPolicy\.$/);
    expect(sim.matrix({ port: 80 })).toMatchObject({ enforced: false, networkPlugin: 'flannel' });
  });
});

describe('ipBlock sees the Pod IP after DNAT, never the Service IP', () => {
  const egressTo = (cidr: string) =>
    networkPolicy('frontend-egress', {
      podSelector: { matchLabels: { role: 'frontend' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr } }], ports: [{ protocol: 'TCP', port: 80 }] }],
    });

  it('a policy allowing egress only to the Service CIDR does not allow traffic to the Service', () => {
    const sim = simulate([...frontendBackend().objects, egressTo('10.96.0.0/12')]);
    const a = sim.reachability({ from: frontend, to: { ip: '10.96.0.30' }, port: 80 });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.endpoints[0].policies.egress).toEqual(['default/frontend-egress']);
    expect(a.endpoints[0].explanation).toContain(
      'Closest: spec.egress[0] of default/frontend-egress — it allows traffic to IP range 10.96.0.0/12, which does not include default/backend.',
    );
  });

  it('egress to the pod CIDR does', () => {
    const sim = simulate([...frontendBackend().objects, egressTo('10.244.0.0/16')]);
    expect(sim.reachability({ from: frontend, to: backendSvc }).verdict).toBe('allowed');
  });
});

describe('a Pod reaching itself through its own Service (hairpin)', () => {
  const web = webApp('web', { count: 2, clusterIP: '10.96.0.40', firstIP: 10 });
  const isolate = networkPolicy('web-isolated', {
    podSelector: { matchLabels: { app: 'web' } },
    policyTypes: ['Ingress', 'Egress'],
  });
  const sim = simulate([...web.objects, isolate]);

  it('is never blocked, while the other endpoint is: "1 of 2 endpoints"', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'web-0' } },
      to: { service: { namespace: 'default', name: 'web' } },
    });
    expect(a.hops[0].details).toMatchObject({
      candidates: [
        expect.objectContaining({ pod: 'default/web-0', hairpin: true, probability: 0.5 }),
        expect.objectContaining({ pod: 'default/web-1', probability: 0.5 }),
      ],
    });
    expect(a.endpoints.map((e) => [e.pod, e.allowed])).toEqual([
      ['default/web-0', true],
      ['default/web-1', false],
    ]);
    expect(a.endpoints[0].reason).toBe(
      'a Pod reaching itself (hairpin) is never blocked by NetworkPolicy',
    );
    expect(a.endpoints[0].explanation).toContain(
      'A pod talking to itself is never blocked by NetworkPolicy.',
    );
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.summary).toMatch(
      /^Pod default\/web-0 reaches only 1 of 2 endpoints of Service default\/web/,
    );
    expect(a.hops.filter((h) => h.kind === 'network-policy')).toHaveLength(2);
  });
});
