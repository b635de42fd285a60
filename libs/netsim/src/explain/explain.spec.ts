import type { NetworkPolicy } from '@app/kube';
import { compilePolicies } from '../netpol/compile';
import { evaluate } from '../netpol/evaluate';
import {
  allowFrontend,
  docsNamespaces,
  docsPods,
  multiPortEgress,
  testNetworkPolicy,
} from '../netpol/test-support/docs-cluster';
import { explainPolicy } from './explain-policy';
import { explainVerdict } from './explain-verdict';

const idx = (name: string): number =>
  docsPods.findIndex((p) => `${p.namespace}/${p.name}` === name);
const policy = (name: string, spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace: 'default' },
  spec,
});

describe('explainPolicy', () => {
  it('describes the docs example per direction, in the docs’ words', () => {
    const e = explainPolicy(
      testNetworkPolicy,
      compilePolicies({
        pods: docsPods,
        namespaces: docsNamespaces,
        policies: [testNetworkPolicy],
      }),
    );
    expect(e.selects).toBe('selects pods labelled role=db in namespace default');
    expect(e.selectedPods).toEqual(['default/db']);
    expect(e.ingress.rules[0]).toBe(
      'allows TCP port 6379 from IP range 172.17.0.0/16 except 172.17.1.0/24, and from all pods in namespaces labelled project=myproject, and from pods labelled role=frontend in namespace default',
    );
    expect(e.egress.sentence).toBe('Egress: allows TCP port 5978 to IP range 10.0.0.0/24.');
    expect(e.sentences[0]).toBe(
      'NetworkPolicy default/test-network-policy selects pods labelled role=db in namespace default (1 pod: default/db).',
    );
  });

  it('uses deny-all wording for an empty rule list and "all pods" for {}', () => {
    const e = explainPolicy(
      policy('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    );
    expect(e.selects).toBe('selects all pods in namespace default');
    expect(e.ingress).toMatchObject({ isolates: true, denyAll: true });
    expect(e.egress.sentence).toMatch(/^Egress: denies all egress traffic/);
  });

  it('infers policyTypes before explaining, and says which direction is untouched', () => {
    expect(explainPolicy(allowFrontend).egress.sentence).toBe(
      'Egress: not affected by this policy (policyTypes does not include Egress).',
    );
    expect(explainPolicy(policy('e', { podSelector: {}, egress: [{}] })).egress.sentence).toBe(
      'Egress: allows all traffic on every port to any destination.',
    );
  });

  it('reads ranges, named ports, protocols and selectors with expressions', () => {
    expect(explainPolicy(multiPortEgress).egress.rules[0]).toBe(
      'allows TCP ports 32000-32768 to IP range 10.0.0.0/24',
    );
    const e = explainPolicy(
      policy('mix', {
        podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] },
        ingress: [
          {
            from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'x' } } }],
            ports: [{ port: 'dns', protocol: 'UDP' }, { protocol: 'SCTP' }],
          },
          {
            from: [
              { namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'Exists' }] } },
            ],
          },
        ],
      }),
    );
    expect(e.selects).toBe('selects pods labelled tier not in (db) in namespace default');
    expect(e.ingress.sentence).toBe(
      'Ingress: spec.ingress[0] allows UDP port named dns or all SCTP ports from pods labelled app=x in any namespace; spec.ingress[1] allows all ports from all pods in namespaces labelled with a team label.',
    );
  });

  it('notes that flannel stores but does not enforce', () => {
    const compiled = compilePolicies({
      pods: docsPods,
      namespaces: docsNamespaces,
      policies: [allowFrontend],
      networkPlugin: 'flannel',
    });
    expect(explainPolicy(allowFrontend, compiled).sentences.at(-1)).toMatch(
      /flannel network plugin does not enforce/,
    );
  });
});

describe('explainVerdict', () => {
  const compiled = compilePolicies({
    pods: docsPods,
    namespaces: docsNamespaces,
    policies: [allowFrontend, testNetworkPolicy],
  });

  it('explains a denial from the verdict’s evidence: isolating policies, no rule, closest rule', () => {
    const v = evaluate(compiled, {
      from: idx('other/client'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(explainVerdict(v)).toEqual([
      'other/client → default/backend on TCP port 80: denied by NetworkPolicy.',
      'No NetworkPolicy selects other/client for egress, so its egress is not restricted.',
      'default/backend is isolated for ingress by policy default/allow-frontend.',
      'None of its rules allows ingress from other/client on TCP port 80.',
      'Closest: spec.ingress[0] of default/allow-frontend — it allows traffic from pods labelled role=frontend in namespace default, which does not include other/client.',
    ]);
  });

  it('names the port or protocol a near-miss rule lacks', () => {
    const port = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 443,
    });
    expect(explainVerdict(port).at(-1)).toBe(
      'Closest: spec.ingress[0] of default/allow-frontend — it allows only TCP port 80, not TCP port 443.',
    );
    const udp = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 80,
      protocol: 'UDP',
    });
    expect(explainVerdict(udp).at(-1)).toBe(
      'Closest: spec.ingress[0] of default/allow-frontend — it allows TCP port 80, but this traffic is UDP port 80.',
    );
  });

  it('explains egress denials and deny-all policies', () => {
    const egress = evaluate(compiled, {
      from: idx('default/db'),
      to: { ip: '10.0.1.1' },
      port: 5978,
    });
    expect(explainVerdict(egress)).toContain(
      'default/db is isolated for egress by policy default/test-network-policy.',
    );
    const denyAll = compilePolicies({
      pods: docsPods,
      namespaces: docsNamespaces,
      policies: [policy('deny', { podSelector: {} })],
    });
    const lines = explainVerdict(
      evaluate(denyAll, { from: idx('other/client'), to: idx('default/db'), port: 6379 }),
    );
    expect(lines.at(-1)).toBe(
      'That policy has no ingress rules at all: they deny all ingress to the pods they select.',
    );
  });

  it('says which rule allowed, and covers loopback and flannel', () => {
    const ok = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 'http',
    });
    expect(explainVerdict(ok)).toEqual([
      'default/frontend → default/backend on TCP port http (80): allowed.',
      'No NetworkPolicy selects default/frontend for egress, so its egress is not restricted.',
      'default/backend is isolated for ingress by policy default/allow-frontend; spec.ingress[0] of default/allow-frontend allows this traffic.',
    ]);
    expect(explainVerdict(evaluate(compiled, { from: 0, to: 0, port: 1 }))[1]).toBe(
      'A pod talking to itself is never blocked by NetworkPolicy.',
    );
    const flannel = compilePolicies({
      pods: docsPods,
      namespaces: docsNamespaces,
      policies: [allowFrontend],
      networkPlugin: 'flannel',
    });
    expect(
      explainVerdict(
        evaluate(flannel, { from: idx('other/client'), to: idx('default/backend'), port: 80 }),
      ).at(-1),
    ).toBe(
      'The flannel network plugin does not enforce NetworkPolicy, so this traffic passes anyway.',
    );
  });
});
