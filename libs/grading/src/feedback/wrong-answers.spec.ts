/**
 * Typical wrong answers to the NetworkPolicy exercises get a hint that names their mistake, the
 * deciding rule, and (with the reference solution) the connections that differ.
 */
import { findBuiltInExercise } from '../catalog';
import { grade, type GradeResult } from '../grade';
import { diffPolicySets, policyInputOf } from '@app/netsim';
import { simulateSetup } from '../setup';

function gradeAnswer(slug: string, answer: string): GradeResult {
  const exercise = findBuiltInExercise(slug)!;
  return grade(exercise.parsed, simulateSetup(exercise.parsed, answer), exercise.gradeOptions);
}

const check = (result: GradeResult, id: string) => result.checks.find((c) => c.id === id)!;

const policy = (namespace: string, name: string, spec: string): string =>
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, namespace: ${namespace} }
spec:
${spec
  .trim()
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
---
`;

describe('netpol-allow-frontend wrong answers', () => {
  it('an OR-ed namespaceSelector peer: hint about OR vs AND, rule and extra connections named', () => {
    const result = gradeAnswer(
      'netpol-allow-frontend',
      policy(
        'default',
        'allow-frontend',
        `
podSelector: { matchLabels: { role: backend } }
ingress:
  - from:
      - podSelector: { matchLabels: { role: frontend } }
      - namespaceSelector: {}
    ports: [{ protocol: TCP, port: 80 }]`,
      ),
    );
    const failed = check(result, 'reporting-blocked');
    expect(failed.passed).toBe(false);
    expect(failed.mistakes).toContain('or-instead-of-and');
    expect(failed.hint).toMatch(/ORed/);
    expect(failed.hint).toMatch(/AND/);
    expect(failed.decidedBy?.[0]).toMatchObject({
      policy: 'default/allow-frontend',
      rule: 'spec.ingress[0]',
      role: 'allowed',
    });
    expect(failed.differences?.join(' ')).toMatch(
      /Your policies also let .*kube-system.* reach role=backend .* on TCP port 80/,
    );
    // Guard checks pass but earn nothing while the task is not done.
    expect(result.score).toBe(2);
    expect(check(result, 'frontend-to-backend')).toMatchObject({ passed: true, earned: 0 });
  });

  it('a named port the Pod does not have: hint about ports', () => {
    const result = gradeAnswer(
      'netpol-allow-frontend',
      policy(
        'default',
        'allow-frontend',
        `
podSelector: { matchLabels: { role: backend } }
ingress:
  - from: [{ podSelector: { matchLabels: { role: frontend } } }]
    ports: [{ port: web }]`,
      ),
    );
    const failed = check(result, 'frontend-to-backend');
    expect(failed.mistakes).toEqual(['port-missing-or-wrong']);
    expect(failed.hint).toMatch(/named port/);
    expect(failed.explanation).toContain('names port "web"');
    expect(failed.decidedBy?.[0]).toMatchObject({ role: 'closest', rule: 'spec.ingress[0]' });
  });

  it('a podSelector with a typo: hint about a selector that matches nothing', () => {
    const result = gradeAnswer(
      'netpol-allow-frontend',
      policy(
        'default',
        'allow-frontend',
        `
podSelector: { matchLabels: { role: backnd } }
ingress:
  - from: [{ podSelector: { matchLabels: { role: frontend } } }]
    ports: [{ port: 80 }]`,
      ),
    );
    const failed = check(result, 'reporting-blocked');
    expect(failed.mistakes).toContain('selector-matches-nothing');
    expect(failed.hint).toMatch(/matches no Pods/);
    expect(result.score).toBe(0);
  });
});

const DEFAULT_DENY = policy('prod', 'default-deny', 'podSelector: {}\npolicyTypes: [Ingress]');
const ALLOW_WEB = policy(
  'prod',
  'allow-web',
  `
podSelector: { matchLabels: { tier: web } }
ingress: [{ ports: [{ port: 80 }] }]`,
);

describe('netpol-default-deny wrong answers', () => {
  it('web and any namespace ORed into api: hint about OR vs AND', () => {
    const result = gradeAnswer(
      'netpol-default-deny',
      DEFAULT_DENY +
        ALLOW_WEB +
        policy(
          'prod',
          'allow-web-to-api',
          `
podSelector: { matchLabels: { tier: api } }
ingress:
  - from: [{ namespaceSelector: {} }, { podSelector: { matchLabels: { tier: web } } }]
    ports: [{ port: 8080 }]`,
        ) +
        policy(
          'prod',
          'allow-api-to-db',
          `
podSelector: { matchLabels: { tier: db } }
ingress: [{ from: [{ podSelector: { matchLabels: { tier: api } } }], ports: [{ port: 5432 }] }]`,
        ),
    );
    const failed = check(result, 'intruder-to-api-denied');
    expect(failed.mistakes?.[0]).toBe('or-instead-of-and');
    expect(failed.hint).toMatch(/ORed/);
  });

  it('policies written into namespace default: hint about the namespace', () => {
    const result = gradeAnswer(
      'netpol-default-deny',
      policy(
        'default',
        'allow-web-to-api',
        `
podSelector: { matchLabels: { tier: api } }
ingress: [{ from: [{ podSelector: { matchLabels: { tier: web } } }], ports: [{ port: 8080 }] }]`,
      ),
    );
    const failed = check(result, 'intruder-to-api-denied');
    expect(failed.mistakes).toContain('wrong-namespace');
    expect(failed.hint).toMatch(/namespace/);
    expect(failed.explanation).toContain('are in namespace prod');
  });

  it('a named port spelled wrong: hint about ports', () => {
    const result = gradeAnswer(
      'netpol-default-deny',
      DEFAULT_DENY +
        ALLOW_WEB +
        policy(
          'prod',
          'allow-api-to-db',
          `
podSelector: { matchLabels: { tier: db } }
ingress: [{ from: [{ podSelector: { matchLabels: { tier: api } } }], ports: [{ port: postgresql }] }]`,
        ),
    );
    const failed = check(result, 'api-to-db');
    expect(failed.mistakes).toContain('port-missing-or-wrong');
    expect(failed.hint).toMatch(/port/);
  });
});

const CLIENT_TO_API = policy(
  'app',
  'client-to-api',
  `
podSelector: { matchLabels: { app: client } }
policyTypes: [Egress]
egress: [{ to: [{ podSelector: { matchLabels: { app: api } } }], ports: [{ port: 8080 }] }]`,
);

describe('netpol-egress-dns wrong answers', () => {
  it('DNS egress forgotten: hint about DNS on port 53', () => {
    const result = gradeAnswer('netpol-egress-dns', CLIENT_TO_API);
    const failed = check(result, 'dns-udp');
    expect(failed.mistakes).toContain('dns-egress-forgotten');
    expect(failed.hint).toMatch(/DNS/);
    expect(failed.hint).toMatch(/53/);
  });

  it('egress rules under policyTypes [Ingress]: hint about policyTypes', () => {
    const result = gradeAnswer(
      'netpol-egress-dns',
      CLIENT_TO_API +
        policy(
          'app',
          'allow-dns-egress',
          `
podSelector: {}
policyTypes: [Ingress]
egress:
  - to:
      - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
        podSelector: { matchLabels: { k8s-app: kube-dns } }
    ports: [{ protocol: UDP, port: 53 }, { protocol: TCP, port: 53 }]`,
        ),
    );
    const failed = check(result, 'dns-udp');
    expect(failed.mistakes?.[0]).toBe('missing-policy-types');
    expect(failed.hint).toMatch(/policyTypes/);
    expect(failed.explanation).toContain('does not list Egress');
  });

  it('DNS over UDP only: hint about the TCP port', () => {
    const result = gradeAnswer(
      'netpol-egress-dns',
      CLIENT_TO_API +
        policy(
          'app',
          'allow-dns-egress',
          `
podSelector: {}
policyTypes: [Egress]
egress:
  - to:
      - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
        podSelector: { matchLabels: { k8s-app: kube-dns } }
    ports: [{ protocol: UDP, port: 53 }]`,
        ),
    );
    const failed = check(result, 'dns-tcp');
    expect(failed.mistakes).toContain('port-missing-or-wrong');
    expect(failed.hint).toMatch(/TCP port 53/);
  });
});

describe('netpol-flannel-not-enforced wrong answers', () => {
  it('a selector that matches nothing', () => {
    const result = gradeAnswer(
      'netpol-flannel-not-enforced',
      policy(
        'default',
        'db-allow-backend',
        `
podSelector: { matchLabels: { role: dbb } }
ingress: [{ from: [{ podSelector: { matchLabels: { role: backend } } }], ports: [{ port: 5432 }] }]`,
      ),
    );
    const failed = check(result, 'frontend-would-be-denied');
    expect(failed.mistakes).toContain('selector-matches-nothing');
    expect(failed.hint).toMatch(/matches no Pods/);
  });

  it('the policy in another namespace', () => {
    const result = gradeAnswer(
      'netpol-flannel-not-enforced',
      policy(
        'kube-system',
        'db-allow-backend',
        `
podSelector: { matchLabels: { role: db } }
ingress: [{ from: [{ podSelector: { matchLabels: { role: backend } } }], ports: [{ port: 5432 }] }]`,
      ),
    );
    const failed = check(result, 'frontend-would-be-denied');
    expect(failed.mistakes).toContain('wrong-namespace');
    expect(failed.hint).toMatch(/namespace/);
  });
});

describe('the semantic diff on the seed exercise', () => {
  it('allow-frontend against its OR-ed variant lists the extra connections from other namespaces', () => {
    const exercise = findBuiltInExercise('netpol-allow-frontend')!;
    const sim = simulateSetup(exercise.parsed);
    const base = policyInputOf(sim.index, []);
    const reference = exercise.gradeOptions.referencePolicies!;
    const ored = structuredClone(reference);
    ored[0].spec.ingress![0].from!.push({ namespaceSelector: {} });
    expect(diffPolicySets(base, reference, reference).identical).toBe(true);
    const diff = diffPolicySets(base, reference, ored);
    expect(diff.classes).toHaveLength(1);
    const [extra] = diff.classes;
    expect(extra).toMatchObject({ change: 'added', connectionsText: 'TCP port 80' });
    expect(extra.to.pods).toEqual(['default/backend']);
    expect(extra.from.pods).toContain('default/reporting');
    expect(extra.from.pods.filter((p) => p.startsWith('kube-system/')).length).toBeGreaterThan(0);
    expect(extra.from.pods).not.toContain('default/frontend');
  });
});
