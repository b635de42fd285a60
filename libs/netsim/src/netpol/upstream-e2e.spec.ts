/**
 * Cases transcribed from the upstream e2e suite, kubernetes/kubernetes
 * test/e2e/network/netpol/network_policy.go (selectors, ports, named ports; the rest in
 * upstream-e2e-updates.spec.ts): same pod topology per test, same policies, same
 * expected truth tables ("expect all, except"), loopback ignored as upstream does.
 */
import type { NetworkPolicyPeer, NetworkPolicyPort } from '@app/kube';
import {
  egressRules,
  genPolicy,
  genPolicyMatchLabel,
  ingressRules,
  Model,
  NS_LABEL,
  probeMismatches,
  Reachability,
} from './test-support/e2e-model';

const nsIs = (ns: string): NetworkPolicyPeer['namespaceSelector'] => ({
  matchLabels: { [NS_LABEL]: ns },
});
const tcp = (port: number | string): NetworkPolicyPort => ({ port, protocol: 'TCP' });

describe('upstream e2e: NetworkPolicy between server and client', () => {
  it("should support a 'default-deny-ingress' policy", () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b'], { ports: [80] });
    const compiled = k8s.compile([genPolicy('deny-ingress', 'x', {}, ingressRules())]);
    const r = new Reachability(k8s.podStrings, true).expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it("should support a 'default-deny-all' policy", () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([genPolicy('deny-all', 'x', {}, ingressRules(), egressRules())]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({}, { namespace: 'x' }, false)
      .expectPeer({ namespace: 'x' }, {}, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy to allow traffic from pods within server namespace based on PodSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c', 'y/a'], { ports: [80] });
    const policy = genPolicyMatchLabel(
      'x-a-allows-x-b',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }),
    );
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('x/b', 'x/a', true);
    expect(probeMismatches(k8s.compile([policy]), r, 80)).toEqual([]);
  });

  it('should enforce policy to allow ingress traffic for a target', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicy('deny-all', 'x', {}, ingressRules()),
      genPolicyMatchLabel(
        'allow-all-to-a',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ podSelector: {}, namespaceSelector: {} }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', true)
      .expectAllIngress('x/b', false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy to allow ingress traffic from pods in all namespaces', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-from-another-ns',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ namespaceSelector: { matchLabels: {} } }] }),
      ),
    ]);
    expect(probeMismatches(compiled, new Reachability(k8s.podStrings, true), 80)).toEqual([]);
  });

  it('should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-ns-selector',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ namespaceSelector: nsIs('y') }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on PodSelector with MatchExpressions', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'x-a-allows-x-b',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            { podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b'] }] } },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('x/b', 'x/a', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on NamespaceSelector with MatchExpressions', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-match-selector',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: NS_LABEL, operator: 'In', values: ['y'] }],
              },
            },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on PodSelector or NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-match-selector',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: NS_LABEL, operator: 'NotIn', values: ['x'] }],
              },
            },
            { podSelector: { matchLabels: { pod: 'b' } } },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expect('x/a', 'x/a', false)
      .expect('x/c', 'x/a', false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on PodSelector and NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b', 'z/b'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-podselector-and-nsselector',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: NS_LABEL, operator: 'NotIn', values: ['x'] }],
              },
              podSelector: { matchLabels: { pod: 'b' } },
            },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('y/b', 'x/a', true)
      .expect('z/b', 'x/a', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on Multiple PodSelectors and NamespaceSelectors', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b', 'y/c'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-z-pod-b-c',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: NS_LABEL, operator: 'NotIn', values: ['x'] }],
              },
              podSelector: {
                matchExpressions: [{ key: 'pod', operator: 'In', values: ['b', 'c'] }],
              },
            },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expect('y/a', 'x/a', false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on any PodSelectors', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-x-pod-b-c',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [
            { podSelector: { matchLabels: { pod: 'b' } } },
            { podSelector: { matchLabels: { pod: 'c' } } },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('x/b', 'x/a', true)
      .expect('x/c', 'x/a', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-pod-a-via-namespace-pod-selector',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [{ namespaceSelector: nsIs('y'), podSelector: { matchLabels: { pod: 'a' } } }],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('y/a', 'x/a', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce policy based on Ports', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b', 'z/a'], { ports: [81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-ns-selector',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ namespaceSelector: nsIs('y') }], ports: [tcp(81)] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    expect(probeMismatches(compiled, r, 81)).toEqual([]);
  });

  it('should enforce multiple, stacked policies with overlapping podSelectors', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b', 'z/a'], { ports: [80, 81] });
    const allow81 = genPolicyMatchLabel(
      'allow-client-a-via-ns-selector',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ namespaceSelector: nsIs('y') }], ports: [tcp(81)] }),
    );
    const allow = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    const deny = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(k8s.compile([allow81]), allow, 81)).toEqual([]);
    expect(probeMismatches(k8s.compile([allow81]), deny, 80)).toEqual([]);
    const allow80 = genPolicyMatchLabel(
      'allow-client-a-via-ns-selector-80',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ namespaceSelector: nsIs('y') }], ports: [tcp(80)] }),
    );
    expect(probeMismatches(k8s.compile([allow81, allow80]), allow, 80)).toEqual([]);
  });

  it('should support allow-all policy', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80, 81] });
    const compiled = k8s.compile([genPolicyMatchLabel('allow-all', 'x', {}, ingressRules({}))]);
    const r = new Reachability(k8s.podStrings, true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
    expect(probeMismatches(compiled, r, 81)).toEqual([]);
  });

  it('should allow ingress access on one named port', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80, 81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-all',
        'x',
        {},
        ingressRules({ ports: [{ port: 'serve-81-tcp' }] }),
      ),
    ]);
    expect(probeMismatches(compiled, new Reachability(k8s.podStrings, true), 81)).toEqual([]);
    const port80 = new Reachability(k8s.podStrings, true).expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(compiled, port80, 80)).toEqual([]);
  });

  it('should allow ingress access from namespace on one named port', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80, 81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-ns-selector-80',
        'x',
        { pod: 'a' },
        ingressRules({ from: [{ namespaceSelector: nsIs('y') }], ports: [tcp('serve-80-tcp')] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
    const fail = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(compiled, fail, 81)).toEqual([]);
  });

  it('should allow egress access on one named port', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [80, 81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-egress',
        'x',
        {},
        egressRules({ ports: [{ port: 'serve-80-tcp' }] }),
      ),
    ]);
    expect(probeMismatches(compiled, new Reachability(k8s.podStrings, true), 80)).toEqual([]);
    const port81 = new Reachability(k8s.podStrings, true).expectPeer({ namespace: 'x' }, {}, false);
    expect(probeMismatches(compiled, port81, 81)).toEqual([]);
  });
});
