/**
 * Cases transcribed from the upstream e2e suite, kubernetes/kubernetes
 * test/e2e/network/netpol/network_policy.go (updated policies and pods, egress, ipBlock, protocols;
 * selectors and ports in upstream-e2e.spec.ts): same pod topology per test, same policies, same
 * expected truth tables ("expect all, except"), loopback ignored as upstream does.
 */
import type { NetworkPolicyPeer } from '@app/kube';
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

describe('upstream e2e: NetworkPolicy between server and client (continued)', () => {
  it('should enforce updated policy', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const policy = genPolicyMatchLabel('allow-all-mutate-to-deny-all', 'x', {}, ingressRules({}));
    expect(
      probeMismatches(k8s.compile([policy]), new Reachability(k8s.podStrings, true), 81),
    ).toEqual([]);
    const updated = { ...policy, spec: { ...policy.spec, ingress: [] } };
    const deny = new Reachability(k8s.podStrings, true).expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(k8s.compile([updated]), deny, 81)).toEqual([]);
  });

  it('should allow ingress access from updated namespace', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [80] });
    const policy = genPolicyMatchLabel(
      'allow-client-a-via-ns-selector',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ namespaceSelector: { matchLabels: { ns2: 'updated' } } }] }),
    );
    const before = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(k8s.compile([policy]), before, 80)).toEqual([]);
    const relabelled = k8s.with({ namespaceLabels: { y: { ns2: 'updated' } } });
    const after = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expectPeer({ namespace: 'y' }, {}, true);
    expect(probeMismatches(relabelled.compile([policy]), after, 80)).toEqual([]);
  });

  it('should allow ingress access from updated pod', () => {
    const k8s = new Model(['x/a', 'x/b'], { ports: [80] });
    const matchLabels = { pod: 'b', pod2: 'updated' };
    const policy = genPolicyMatchLabel(
      'allow-client-a-via-pod-selector',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ podSelector: { matchLabels } }] }),
    );
    const before = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(k8s.compile([policy]), before, 80)).toEqual([]);
    const relabelled = k8s.with({ podLabels: { 'x/b': matchLabels } });
    const after = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('x/b', 'x/a', true);
    expect(probeMismatches(relabelled.compile([policy]), after, 80)).toEqual([]);
  });

  it('should deny ingress from pods on other namespaces', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicy(
        'deny-empty-policy',
        'x',
        {},
        ingressRules({ from: [{ podSelector: { matchLabels: {} } }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'y' }, { namespace: 'x' }, false)
      .expectPeer({ namespace: 'z' }, { namespace: 'x' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should deny ingress access to updated pod', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [80] });
    const policy = genPolicy(
      'deny-ingress-via-label-selector',
      'x',
      { matchLabels: { target: 'isolated' } },
      ingressRules(),
    );
    expect(
      probeMismatches(k8s.compile([policy]), new Reachability(k8s.podStrings, true), 80),
    ).toEqual([]);
    const relabelled = k8s.with({ podLabels: { 'x/a': { pod: 'a', target: 'isolated' } } });
    const isolated = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(relabelled.compile([policy]), isolated, 80)).toEqual([]);
  });

  it('should deny egress from pods based on PodSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicy('deny-egress-pod-a', 'x', { matchLabels: { pod: 'a' } }, egressRules()),
    ]);
    const r = new Reachability(k8s.podStrings, true).expectAllEgress('x/a', false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should deny egress from all pods in a namespace', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const compiled = k8s.compile([genPolicy('deny-egress-ns-x', 'x', {}, egressRules())]);
    const r = new Reachability(k8s.podStrings, true).expectPeer({ namespace: 'x' }, {}, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should work with Ingress, Egress specified together', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c', 'y/a'], { ports: [80, 81] });
    const policy = genPolicyMatchLabel(
      'allow-client-a-via-pod-selector',
      'x',
      { pod: 'a' },
      ingressRules({ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }),
    );
    policy.spec.egress = [{ ports: [{ port: 80 }] }];
    policy.spec.policyTypes = ['Egress', 'Ingress'];
    const compiled = k8s.compile([policy]);
    const port80 = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expect('x/b', 'x/a', true);
    expect(probeMismatches(compiled, port80, 80)).toEqual([]);
    const port81 = new Reachability(k8s.podStrings, true)
      .expectAllIngress('x/a', false)
      .expectAllEgress('x/a', false)
      .expect('x/b', 'x/a', true);
    expect(probeMismatches(compiled, port81, 81)).toEqual([]);
  });

  it('should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)', () => {
    const k8s = new Model(['x/a', 'y/a', 'y/b'], { ports: [80] });
    const fromXa = {
      from: [{ namespaceSelector: nsIs('x'), podSelector: { matchLabels: { pod: 'a' } } }],
    };
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-to-ns-y-pod-a',
        'x',
        { pod: 'a' },
        egressRules({
          to: [{ namespaceSelector: nsIs('y'), podSelector: { matchLabels: { pod: 'a' } } }],
        }),
      ),
      genPolicyMatchLabel(
        'allow-from-xa-on-ya-match-selector',
        'y',
        { pod: 'a' },
        ingressRules(fromXa),
      ),
      genPolicyMatchLabel(
        'allow-from-xa-on-yb-match-selector',
        'y',
        { pod: 'b' },
        ingressRules(fromXa),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x', pod: 'a' }, {}, false)
      .expectPeer({}, { namespace: 'y', pod: 'a' }, false)
      .expectPeer({ namespace: 'x', pod: 'a' }, { namespace: 'y', pod: 'a' }, true)
      .expectPeer({}, { namespace: 'y', pod: 'b' }, false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'y/a', 'y/b'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-to-ns-y-pod-a',
        'x',
        { pod: 'a' },
        egressRules({
          to: [{ namespaceSelector: nsIs('y'), podSelector: { matchLabels: { pod: 'a' } } }],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllEgress('x/a', false)
      .expect('x/a', 'y/a', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce ingress policy allowing any port traffic to a server on a specific protocol', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [80], protocols: ['TCP', 'UDP'] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ingress-by-proto',
        'x',
        { pod: 'a' },
        ingressRules({ ports: [{ protocol: 'TCP' }] }),
      ),
    ]);
    expect(probeMismatches(compiled, new Reachability(k8s.podStrings, true), 80, 'TCP')).toEqual(
      [],
    );
    const udp = new Reachability(k8s.podStrings, true).expectPeer(
      {},
      { namespace: 'x', pod: 'a' },
      false,
    );
    expect(probeMismatches(compiled, udp, 80, 'UDP')).toEqual([]);
  });

  it('should enforce multiple ingress policies with ingress allow-all policy taking precedence', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const only80 = genPolicyMatchLabel(
      'allow-ingress-port-80',
      'x',
      {},
      ingressRules({ ports: [{ port: 80 }] }),
    );
    const blocked = new Reachability(k8s.podStrings, true).expectPeer(
      {},
      { namespace: 'x' },
      false,
    );
    expect(probeMismatches(k8s.compile([only80]), blocked, 81)).toEqual([]);
    const allowAll = genPolicyMatchLabel('allow-ingress', 'x', {}, ingressRules({}));
    expect(
      probeMismatches(k8s.compile([only80, allowAll]), new Reachability(k8s.podStrings, true), 81),
    ).toEqual([]);
  });

  it('should enforce multiple egress policies with egress allow-all policy taking precedence', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const only80 = genPolicyMatchLabel(
      'allow-egress-port-80',
      'x',
      {},
      egressRules({ ports: [{ port: 80 }] }),
    );
    const blocked = new Reachability(k8s.podStrings, true).expectPeer(
      { namespace: 'x' },
      {},
      false,
    );
    expect(probeMismatches(k8s.compile([only80]), blocked, 81)).toEqual([]);
    const allowAll = genPolicyMatchLabel('allow-egress', 'x', {}, egressRules({}));
    expect(
      probeMismatches(k8s.compile([only80, allowAll]), new Reachability(k8s.podStrings, true), 81),
    ).toEqual([]);
  });

  it('should stop enforcing policies after they are deleted', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [80] });
    const denyAll = genPolicy('deny-all', 'x', {}, ingressRules(), egressRules());
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, {}, false)
      .expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(k8s.compile([denyAll]), r, 80)).toEqual([]);
    expect(probeMismatches(k8s.compile([]), new Reachability(k8s.podStrings, true), 80)).toEqual(
      [],
    );
  });

  it('should allow egress access to server in CIDR block', () => {
    const k8s = new Model(['x/a', 'y/a', 'y/b'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-cidr-egress-rule',
        'x',
        { pod: 'a' },
        egressRules({ to: [{ ipBlock: { cidr: `${k8s.ip('y/b')}/32` } }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectAllEgress('x/a', false)
      .expect('x/a', 'y/b', true);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should enforce except clause while egress access to server in CIDR block', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c'], { ports: [80] });
    // makeLargeCIDRForIP: the /4 containing the pod's IP.
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-cidr-egress-rule',
        'x',
        { pod: 'a' },
        egressRules({ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${k8s.ip('x/b')}/32`] } }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true).expect('x/a', 'x/b', false);
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });

  it('should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed', () => {
    const k8s = new Model(['x/a', 'x/b', 'x/c'], { ports: [80] });
    const exceptB = genPolicyMatchLabel(
      'allow-client-a-via-cidr-egress-rule',
      'x',
      { pod: 'a' },
      egressRules({ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${k8s.ip('x/b')}/32`] } }] }),
    );
    expect(
      probeMismatches(
        k8s.compile([exceptB]),
        new Reachability(k8s.podStrings, true).expect('x/a', 'x/b', false),
        80,
      ),
    ).toEqual([]);
    // UpdatePolicy replaces the policy of the same name with one allowing only x/b's IP.
    const onlyB = genPolicyMatchLabel(
      'allow-client-a-via-cidr-egress-rule',
      'x',
      { pod: 'a' },
      egressRules({ to: [{ ipBlock: { cidr: `${k8s.ip('x/b')}/32` } }] }),
    );
    const r = new Reachability(k8s.podStrings, true)
      .expectAllEgress('x/a', false)
      .expect('x/a', 'x/b', true);
    expect(probeMismatches(k8s.compile([onlyB]), r, 80)).toEqual([]);
  });

  it('should enforce policies to check ingress and egress policies can be controlled independently based on PodSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80] });
    const allowEgress = genPolicy(
      'allow-egress-for-target',
      'x',
      { matchLabels: { pod: 'a' } },
      egressRules({}),
    );
    expect(
      probeMismatches(k8s.compile([allowEgress]), new Reachability(k8s.podStrings, true), 80),
    ).toEqual([]);
    const denyIngress = genPolicy(
      'deny-ingress-via-label-selector',
      'x',
      { matchLabels: { pod: 'a' } },
      ingressRules(),
    );
    const r = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(k8s.compile([allowEgress, denyIngress]), r, 80)).toEqual([]);
  });

  it("should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP', even if the plugin doesn't support SCTP", () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const compiled = k8s.compile([
      genPolicy('deny-ingress', 'x', {}, ingressRules()),
      genPolicyMatchLabel(
        'allow-only-sctp-ingress-on-port-81',
        'x',
        { pod: 'a' },
        ingressRules({ ports: [{ port: 81, protocol: 'SCTP' }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true).expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(compiled, r, 81)).toEqual([]);
  });

  it("should properly isolate pods that are selected by a policy allowing SCTP, even if the plugin doesn't support SCTP", () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-only-sctp-ingress-on-port-80',
        'x',
        { pod: 'a' },
        ingressRules({ ports: [{ port: 80, protocol: 'SCTP' }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(compiled, r, 81)).toEqual([]);
  });

  it('should not allow access by TCP when a policy specifies only UDP', () => {
    const k8s = new Model(['x/a', 'y/a'], { ports: [81] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-only-udp-ingress-on-port-81',
        'x',
        { pod: 'a' },
        ingressRules({ ports: [{ port: 81, protocol: 'UDP' }] }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true).expectAllIngress('x/a', false);
    expect(probeMismatches(compiled, r, 81)).toEqual([]);
  });

  it('should enforce policy to allow traffic based on NamespaceSelector with MatchLabels using default ns label', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-client-a-via-ns-selector-for-immutable-ns-label',
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

  it('should enforce policy based on NamespaceSelector with MatchExpressions using default ns label', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [80] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ns-y-match-selector-for-immutable-ns-label',
        'x',
        { pod: 'a' },
        egressRules({
          to: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: NS_LABEL, operator: 'NotIn', values: ['y'] }],
              },
            },
          ],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true).expectPeer(
      { namespace: 'x', pod: 'a' },
      { namespace: 'y' },
      false,
    );
    expect(probeMismatches(compiled, r, 80)).toEqual([]);
  });
});

describe('upstream e2e: NetworkPolicy between server and client using UDP', () => {
  it("should support a 'default-deny-ingress' policy", () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'y/b'], { ports: [80], protocols: ['UDP'] });
    const compiled = k8s.compile([genPolicy('deny-all', 'x', {}, ingressRules())]);
    const r = new Reachability(k8s.podStrings, true).expectPeer({}, { namespace: 'x' }, false);
    expect(probeMismatches(compiled, r, 80, 'UDP')).toEqual([]);
  });

  it('should enforce policy based on Ports', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a', 'z/a'], { ports: [81], protocols: ['UDP'] });
    const compiled = k8s.compile([
      genPolicyMatchLabel(
        'allow-ingress-on-port-81-ns-x',
        'x',
        { pod: 'a' },
        ingressRules({
          from: [{ namespaceSelector: nsIs('y') }],
          ports: [{ port: 81, protocol: 'UDP' }],
        }),
      ),
    ]);
    const r = new Reachability(k8s.podStrings, true)
      .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
      .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false);
    expect(probeMismatches(compiled, r, 81, 'UDP')).toEqual([]);
  });
});

describe('upstream e2e: NetworkPolicy between server and client using SCTP', () => {
  it('should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector', () => {
    const k8s = new Model(['x/a', 'x/b', 'y/a'], { ports: [80], protocols: ['SCTP'] });
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
    expect(probeMismatches(compiled, r, 80, 'SCTP')).toEqual([]);
  });
});
