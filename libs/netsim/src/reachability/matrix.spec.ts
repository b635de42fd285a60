import { compilePolicies } from '../netpol/compile';
import { evaluate } from '../netpol/evaluate';
import { docsNamespaces, docsPods, allowFrontend } from '../netpol/test-support/docs-cluster';
import { syntheticCluster } from '../netpol/test-support/synthetic-cluster';
import { reachabilityMatrix } from './matrix';
import { clusterMatrix, MAX_MATRIX_PODS } from './trace-context';

describe('reachabilityMatrix', () => {
  const cluster = syntheticCluster({ pods: 160, namespaces: 6, policies: 60, seed: 7 });
  const compiled = compilePolicies(cluster);

  it.each([
    [80, 'TCP'],
    [9090, 'TCP'],
    [53, 'UDP'],
    ['http', 'TCP'],
    ['metrics', 'TCP'],
  ] as const)('agrees with evaluate on every pair (port %s/%s)', (port, protocol) => {
    const matrix = reachabilityMatrix(compiled, { port, protocol });
    const wrong: string[] = [];
    for (let s = 0; s < cluster.pods.length; s++) {
      for (let d = 0; d < cluster.pods.length; d++) {
        const single = evaluate(compiled, { from: s, to: d, port, protocol }).allowed;
        if (single !== matrix.allowed[s][d]) wrong.push(`${matrix.pods[s]} -> ${matrix.pods[d]}`);
      }
    }
    expect(wrong).toEqual([]);
    // The synthetic policies must actually decide something for this check to mean anything.
    const denied = matrix.allowed.flat().filter((a) => !a).length;
    expect(denied).toBeGreaterThan(0);
    expect(denied).toBeLessThan(cluster.pods.length ** 2);
  });

  it('filters rows and columns by namespace and label selector, policies still seeing every pod', () => {
    const docs = compilePolicies({
      pods: docsPods,
      namespaces: docsNamespaces,
      policies: [allowFrontend],
    });
    const m = reachabilityMatrix(docs, {
      port: 80,
      podFilter: {
        namespaces: ['default'],
        selector: { matchExpressions: [{ key: 'role', operator: 'Exists' }] },
      },
    });
    expect(m.pods).toEqual(['default/db', 'default/frontend', 'default/backend']);
    expect(m.allowed).toEqual([
      [true, true, false],
      [true, true, true],
      [true, true, true],
    ]);
    const byFn = reachabilityMatrix(docs, { port: 80, podFilter: (p) => p.namespace === 'other' });
    expect(byFn).toEqual({ pods: ['other/client'], allowed: [[true]], enforced: true });
  });

  it('reports enforced: false on flannel, with the would-be verdicts', () => {
    const flannel = compilePolicies({
      pods: docsPods,
      namespaces: docsNamespaces,
      policies: [allowFrontend],
      networkPlugin: 'flannel',
    });
    const m = reachabilityMatrix(flannel, { port: 80 });
    expect(m.enforced).toBe(false);
    expect(
      m.allowed[docsPods.findIndex((p) => p.name === 'client')][
        docsPods.findIndex((p) => p.name === 'backend')
      ],
    ).toBe(false);
  });

  it('treats pods sharing one IP (hostNetwork) as the same endpoint', () => {
    const pods = [
      { ...docsPods[2], name: 'backend-host', ip: '172.18.0.2' },
      { ...docsPods[4], name: 'client-host', ip: '172.18.0.2' },
    ];
    const deny = { ...allowFrontend, spec: { podSelector: {}, policyTypes: ['Ingress' as const] } };
    const c = compilePolicies({ pods, namespaces: docsNamespaces, policies: [deny] });
    expect(reachabilityMatrix(c, { port: 80 }).allowed).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it('handles an empty cluster', () => {
    expect(
      reachabilityMatrix(compilePolicies({ pods: [], namespaces: [], policies: [] }), { port: 80 }),
    ).toEqual({
      pods: [],
      allowed: [],
      enforced: true,
    });
  });

  it('answers at most MAX_MATRIX_PODS Pods at once and says how to narrow the question', () => {
    const big = compilePolicies(
      syntheticCluster({ pods: MAX_MATRIX_PODS + 1, namespaces: 2, policies: 4, seed: 3 }),
    );
    expect(() => clusterMatrix(big, { port: 80 })).toThrow(
      `the matrix would cover ${MAX_MATRIX_PODS + 1} Pods`,
    );
    const namespace = big.pods[0].namespace;
    const inOne = big.pods.filter((p) => p.namespace === namespace).length;
    expect(clusterMatrix(big, { port: 80, namespace }).pods).toHaveLength(inOne);
  });
});
