/**
 * NetworkPolicy semantics beyond the e2e truth tables: the Kubernetes docs' examples
 * (concepts/services-networking/network-policies), defaulting, and the details simulators get
 * wrong (loopback, NotIn on a missing key, host bits in a CIDR, outside addresses, named ports).
 */
import type { NetworkPolicy } from '@app/kube';
import { compilePolicies } from './compile';
import { evaluate, trafficPasses } from './evaluate';
import {
  allowFrontend,
  docsNamespaces,
  docsPods,
  multiPortEgress,
  testNetworkPolicy,
} from './test-support/docs-cluster';
import {
  egressRules,
  genPolicy,
  genPolicyMatchLabel,
  ingressRules,
  Model,
} from './test-support/e2e-model';

const idx = (name: string): number =>
  docsPods.findIndex((p) => `${p.namespace}/${p.name}` === name);
const compileDocs = (policies: NetworkPolicy[], networkPlugin?: 'calico' | 'flannel') =>
  compilePolicies({ pods: docsPods, namespaces: docsNamespaces, policies, networkPlugin });

describe('docs: allow-frontend (seed example)', () => {
  const compiled = compileDocs([allowFrontend]);

  it('lets frontend reach backend on TCP 80', () => {
    const v = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(v.allowed).toBe(true);
    expect(v.ingress.allowedBy).toEqual([{ policy: 'default/allow-frontend', ruleIndex: 0 }]);
  });

  it('leaves backend → frontend allowed: allow-frontend isolates backend only (upstream semantics)', () => {
    expect(
      evaluate(compiled, { from: idx('default/backend'), to: idx('default/frontend'), port: 80 })
        .allowed,
    ).toBe(true);
  });

  it('denies other pods and other ports to backend, naming the isolating policy and the closest rule', () => {
    const other = evaluate(compiled, {
      from: idx('other/client'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(other.allowed).toBe(false);
    expect(other.ingress).toMatchObject({
      isolated: true,
      isolatingPolicies: ['default/allow-frontend'],
      allowedBy: [],
      closest: { policy: 'default/allow-frontend', ruleIndex: 0, mismatch: 'peer' },
    });
    const port = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 8080,
    });
    expect(port.ingress.closest?.mismatch).toBe('port');
    const udp = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 80,
      protocol: 'UDP',
    });
    expect(udp.ingress.closest?.mismatch).toBe('protocol');
  });

  it('backend → frontend is denied once frontend is isolated by a default-deny (reverse direction)', () => {
    const denyFrontend = genPolicy(
      'deny-frontend',
      'default',
      { matchLabels: { role: 'frontend' } },
      ingressRules(),
    );
    const both = compileDocs([allowFrontend, denyFrontend]);
    expect(
      evaluate(both, { from: idx('default/frontend'), to: idx('default/backend'), port: 80 })
        .allowed,
    ).toBe(true);
    expect(
      evaluate(both, { from: idx('default/backend'), to: idx('default/frontend'), port: 80 })
        .allowed,
    ).toBe(false);
  });
});

describe('docs: test-network-policy', () => {
  const compiled = compileDocs([testNetworkPolicy]);
  const toDb = (from: number | { ip: string }, port = 6379) =>
    evaluate(compiled, { from, to: idx('default/db'), port });

  it('allows TCP 6379 from role=frontend in the policy namespace and from any pod of project=myproject', () => {
    expect(toDb(idx('default/frontend')).allowed).toBe(true);
    expect(toDb(idx('myproject/worker')).allowed).toBe(true);
    expect(toDb(idx('other/client')).allowed).toBe(false);
    expect(toDb(idx('default/frontend'), 6380).allowed).toBe(false);
  });

  it('allows outside addresses in 172.17.0.0/16 except 172.17.1.0/24', () => {
    expect(toDb({ ip: '172.17.0.5' }).allowed).toBe(true);
    expect(toDb({ ip: '172.17.1.5' }).allowed).toBe(false);
    expect(toDb({ ip: '8.8.8.8' }).ingress.closest?.mismatch).toBe('peer');
  });

  it('limits db egress to 10.0.0.0/24 on TCP 5978 (pods in the block included)', () => {
    expect(
      evaluate(compiled, { from: idx('default/db'), to: { ip: '10.0.0.9' }, port: 5978 }).allowed,
    ).toBe(true);
    expect(
      evaluate(compiled, { from: idx('default/db'), to: idx('default/egress-target'), port: 5978 })
        .allowed,
    ).toBe(true);
    expect(
      evaluate(compiled, { from: idx('default/db'), to: { ip: '10.0.1.9' }, port: 5978 }).allowed,
    ).toBe(false);
    const dns = evaluate(compiled, {
      from: idx('default/db'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(dns.allowed).toBe(false);
    expect(dns.egress.isolatingPolicies).toEqual(['default/test-network-policy']);
  });

  it('an outside source is never isolated for egress; an outside destination never for ingress', () => {
    const v = evaluate(compiled, { from: { ip: '172.17.0.5' }, to: { ip: '1.1.1.1' }, port: 1 });
    expect(v.allowed).toBe(true);
    expect(v.egress.isolated).toBe(false);
    expect(v.ingress.isolated).toBe(false);
  });
});

describe('docs: targeting a range of ports (endPort)', () => {
  const compiled = compileDocs([multiPortEgress]);
  it.each([
    [31999, false],
    [32000, true],
    [32500, true],
    [32768, true],
    [32769, false],
  ])('db egress to 10.0.0.7:%i is %s', (port, allowed) => {
    expect(
      evaluate(compiled, { from: idx('default/db'), to: { ip: '10.0.0.7' }, port }).allowed,
    ).toBe(allowed);
  });
});

describe('policyTypes defaulting (pkg/apis/networking/v1/defaults.go)', () => {
  const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
  const base = (spec: NetworkPolicy['spec']): NetworkPolicy => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace: 'x' },
    spec,
  });

  it('omitted policyTypes with egress rules isolates both directions', () => {
    const compiled = k8s.compile([
      base({
        podSelector: { matchLabels: { pod: 'a' } },
        egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }],
      }),
    ]);
    expect(evaluate(compiled, { from: 0, to: 1, port: 80 }).egress.isolated).toBe(true);
    expect(evaluate(compiled, { from: 1, to: 0, port: 80 })).toMatchObject({
      allowed: false,
      ingress: { isolated: true },
    });
  });

  it('omitted policyTypes with `egress: []` isolates ingress only', () => {
    const compiled = k8s.compile([base({ podSelector: {}, egress: [] })]);
    const v = evaluate(compiled, { from: 0, to: 2, port: 80 });
    expect(v.egress.isolated).toBe(false);
    expect(v.allowed).toBe(true);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(false);
  });

  it('a port without protocol is TCP', () => {
    const compiled = k8s.compile([base({ podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] })]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(true);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80, protocol: 'UDP' }).allowed).toBe(false);
  });
});

describe('details simulators get wrong', () => {
  const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80, 81] });

  it('a pod talking to itself is never blocked, even under deny-all', () => {
    const compiled = k8s.compile([genPolicy('deny-all', 'x', {}, ingressRules(), egressRules())]);
    const self = evaluate(compiled, { from: 0, to: 0, port: 80 });
    expect(self).toMatchObject({ allowed: true, loopback: true });
    expect(evaluate(compiled, { from: { ip: k8s.ip('x/a') }, to: 0, port: 80 }).allowed).toBe(true);
    expect(evaluate(compiled, { from: 1, to: 0, port: 80 }).allowed).toBe(false);
  });

  it('NotIn matches a pod that lacks the key (apimachinery)', () => {
    const labelled = k8s.with({
      podLabels: { 'x/b': { pod: 'b', tier: 'web' }, 'x/a': { pod: 'a' } },
    });
    const compiled = labelled.compile([
      genPolicyMatchLabel(
        'not-web',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            {
              namespaceSelector: {},
              podSelector: {
                matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }],
              },
            },
          ],
        }),
      ),
    ]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(true); // y/a has no tier label
    expect(evaluate(compiled, { from: 1, to: 0, port: 80 }).allowed).toBe(false); // x/b is tier=web
  });

  it('an ipBlock CIDR with host bits set is masked and accepted', () => {
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'host-bits',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ ipBlock: { cidr: `${k8s.ip('y/a')}/24` } }] }),
      ),
    ]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(true);
    expect(evaluate(compiled, { from: 1, to: 0, port: 80 }).allowed).toBe(false);
  });

  it('outside addresses match only ipBlock peers, never selectors', () => {
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'all-ns',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ namespaceSelector: {} }] }),
      ),
    ]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(true);
    expect(evaluate(compiled, { from: { ip: '203.0.113.9' }, to: 0, port: 80 }).allowed).toBe(
      false,
    );
    const any = k8s.compile([
      genPolicyMatchLabel('any', 'x', { pod: 'a' }, ingressRules({ ports: [{ port: 80 }] })),
    ]);
    expect(evaluate(any, { from: { ip: '203.0.113.9' }, to: 0, port: 80 }).allowed).toBe(true);
  });

  it('a probe port may be the destination’s container port name', () => {
    const compiled = k8s.compile([
      genPolicyMatchLabel('named', 'x', { pod: 'a' }, ingressRules({ ports: [{ port: 81 }] })),
    ]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 'serve-81-tcp' })).toMatchObject({
      allowed: true,
      resolvedPort: 81,
    });
    expect(evaluate(compiled, { from: 2, to: 0, port: 'serve-80-tcp' }).allowed).toBe(false);
    // No such name on the destination: a port-restricted rule cannot match it.
    expect(evaluate(compiled, { from: 2, to: 0, port: 'nope' }).allowed).toBe(false);
  });

  it('a named policy port the destination lacks matches nothing', () => {
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'named',
        'x',
        { pod: 'a' },
        ingressRules({ ports: [{ port: 'metrics' }] }),
      ),
    ]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(false);
  });

  it('policies of another namespace do not select pods here', () => {
    const compiled = k8s.compile([genPolicy('deny-y', 'y', {}, ingressRules())]);
    expect(evaluate(compiled, { from: 2, to: 0, port: 80 }).allowed).toBe(true);
    expect(evaluate(compiled, { from: 0, to: 2, port: 80 }).allowed).toBe(false);
  });
});

describe('network plugins', () => {
  it('flannel computes the would-be verdict but does not enforce it', () => {
    const compiled = compileDocs([allowFrontend], 'flannel');
    const v = evaluate(compiled, {
      from: idx('other/client'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(v).toMatchObject({ allowed: false, enforced: false, networkPlugin: 'flannel' });
    expect(trafficPasses(v)).toBe(true);
  });

  it('calico enforces', () => {
    const v = evaluate(compileDocs([allowFrontend]), {
      from: idx('other/client'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(v.enforced).toBe(true);
    expect(trafficPasses(v)).toBe(false);
  });
});
