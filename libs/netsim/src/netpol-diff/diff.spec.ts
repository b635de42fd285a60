import type { NetworkPolicy } from '@app/kube';
import { compilePolicies } from '../netpol/compile';
import { reachabilityMatrix } from '../reachability/matrix';
import { syntheticCluster } from '../netpol/test-support/synthetic-cluster';
import { ConnectionSets, describeConnections } from './connection-set';
import { diffCompiledPolicies, diffPolicySets } from './diff';
import { rangeToCidrs } from './describe-endpoints';

const pod = (namespace: string, name: string, labels: Record<string, string>, ip: string) => ({
  namespace,
  name,
  labels,
  ip,
  node: 'node-1',
  ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' as const }],
});

const base = {
  pods: [
    pod('default', 'frontend', { role: 'frontend' }, '10.244.1.2'),
    pod('default', 'backend', { role: 'backend' }, '10.244.1.3'),
    pod('default', 'reporting', { role: 'reporting' }, '10.244.1.4'),
    pod('other', 'intruder', { role: 'intruder' }, '10.244.1.5'),
  ],
  namespaces: ['default', 'other'].map((name) => ({
    name,
    labels: { 'kubernetes.io/metadata.name': name },
  })),
};

const allowFrontend = (from: NetworkPolicy['spec']['ingress']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-frontend', namespace: 'default' },
  spec: { podSelector: { matchLabels: { role: 'backend' } }, ingress: from },
});

describe('connection sets', () => {
  it('union, intersection and difference of port ranges', () => {
    const sets = new ConnectionSets();
    const a = sets.ofProtocol('TCP', [
      [80, 80],
      [8000, 9000],
    ]);
    const b = sets.ofProtocol('TCP', [[81, 8500]]);
    expect(describeConnections(sets, sets.union(a, b))).toBe('TCP ports 80-9000');
    expect(describeConnections(sets, sets.intersect(a, b))).toBe('TCP ports 8000-8500');
    expect(describeConnections(sets, sets.subtract(a, b))).toBe('TCP ports 80, 8501-9000');
    expect(describeConnections(sets, sets.subtract(sets.all, a))).toBe(
      'every port and protocol except TCP ports 80, 8000-9000',
    );
    expect(sets.union(a, sets.ofProtocol('TCP', [[80, 80]]))).toBe(a);
    expect(describeConnections(sets, sets.ofProtocol('UDP', [[1, 65535]]))).toBe('every UDP port');
  });

  it('CIDRs for address ranges', () => {
    expect(rangeToCidrs(0, 2 ** 32 - 1)).toEqual(['0.0.0.0/0']);
    expect(rangeToCidrs(167772160, 167772160 + 511)).toEqual(['10.0.0.0/23']);
    expect(rangeToCidrs(1, 2)).toEqual(['0.0.0.1/32', '0.0.0.2/32']);
  });
});

describe('diffPolicySets', () => {
  it('is empty for identical sets', () => {
    const p = allowFrontend([{ from: [{ podSelector: { matchLabels: { role: 'frontend' } } }] }]);
    const diff = diffPolicySets(base, [p], [structuredClone(p)]);
    expect(diff).toMatchObject({ identical: true, changedPairs: 0, classes: [], truncated: false });
  });

  it('lists the connections an OR-ed namespaceSelector peer adds, grouped', () => {
    const ports = [{ protocol: 'TCP' as const, port: 80 }];
    const reference = allowFrontend([
      { from: [{ podSelector: { matchLabels: { role: 'frontend' } } }], ports },
    ]);
    const ored = allowFrontend([
      {
        from: [{ podSelector: { matchLabels: { role: 'frontend' } } }, { namespaceSelector: {} }],
        ports,
      },
    ]);
    const diff = diffPolicySets(base, [reference], [ored], { external: false });
    expect(diff.identical).toBe(false);
    expect(diff.classes).toHaveLength(1);
    expect(diff.classes[0]).toMatchObject({
      change: 'added',
      connectionsText: 'TCP port 80',
      to: { description: 'role=backend in any namespace', pods: ['default/backend'] },
      from: { pods: ['default/reporting', 'other/intruder'] },
      pairs: 2,
    });
    expect(diff.classes[0].summary).toContain('→ role=backend in any namespace on TCP port 80');
  });

  it('names every port and any Pod when a rule lost its peers and ports', () => {
    const reference = allowFrontend([
      { from: [{ podSelector: { matchLabels: { role: 'frontend' } } }], ports: [{ port: 80 }] },
    ]);
    const open = allowFrontend([{}]);
    const diff = diffPolicySets(base, [reference], [open]);
    const summaries = diff.classes.map((c) => c.summary);
    expect(summaries).toContain(
      'role=reporting in namespace default; any Pod in namespace other and any address outside the cluster → role=backend in any namespace on every port and protocol',
    );
    expect(summaries).toContain(
      'role=frontend in any namespace → role=backend in any namespace on every port and protocol except TCP port 80',
    );
  });

  it('reports removed connections and external address ranges from ipBlocks', () => {
    const egress: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'egress', namespace: 'default' },
      spec: {
        podSelector: { matchLabels: { role: 'reporting' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '192.168.0.0/16' } }], ports: [{ port: 443 }] }],
      },
    };
    const diff = diffPolicySets(base, [], [egress]);
    const external = diff.classes.find((c) => c.to.external.length > 0)!;
    expect(external).toMatchObject({ change: 'removed', from: { pods: ['default/reporting'] } });
    expect(external.to.external).not.toContain('192.168.0.0/16');
    const removedInside = diff.classes.find((c) => c.to.pods.length > 0)!;
    expect(removedInside.connectionsText).toBe('every port and protocol');
    const partly = diff.classes.filter((c) => c.to.external.includes('192.168.0.0/16'));
    expect(partly.map((c) => c.connectionsText)).toEqual([
      'every port and protocol except TCP port 443',
    ]);
  });

  it('agrees cell by cell with two matrices computed separately (200 Pods)', () => {
    const one = syntheticCluster({ pods: 200, namespaces: 6, policies: 40, seed: 17 });
    const two = syntheticCluster({ pods: 200, namespaces: 6, policies: 40, seed: 18 });
    const input = { pods: one.pods, namespaces: one.namespaces };
    const a = compilePolicies({ ...input, policies: one.policies });
    // The second set keeps half of the first and adds policies of another seed.
    const b = compilePolicies({
      ...input,
      policies: [...one.policies.slice(0, 20), ...two.policies.slice(0, 25)],
    });
    const diff = diffCompiledPolicies(a, b, { external: false, maxClasses: 100_000 });
    expect(diff.truncated).toBe(false);
    const index = new Map(a.pods.map((p, i) => [`${p.namespace}/${p.name}`, i]));
    let differing = 0;
    const disagreements: string[] = [];
    const probes = [
      { port: 80, protocol: 'TCP' as const },
      { port: 8080, protocol: 'TCP' as const },
      { port: 9090, protocol: 'TCP' as const },
      { port: 53, protocol: 'UDP' as const },
      { port: 5432, protocol: 'TCP' as const },
    ];
    for (const probe of probes) {
      const ma = reachabilityMatrix(a, probe).allowed;
      const mb = reachabilityMatrix(b, probe).allowed;
      // What the classes say for this probe, cell by cell.
      const said = new Map<number, 'added' | 'removed'>();
      for (const c of diff.classes) {
        const holds = c.connections.some(
          (p) =>
            p.protocol === probe.protocol &&
            p.ports.some((r) => {
              const [lo, hi] = r.split('-').map(Number);
              return probe.port >= lo && probe.port <= (hi ?? lo);
            }),
        );
        if (!holds) continue;
        for (const s of c.from.pods)
          for (const d of c.to.pods) said.set(index.get(s)! * 1000 + index.get(d)!, c.change);
      }
      for (let s = 0; s < a.pods.length; s++)
        for (let d = 0; d < a.pods.length; d++) {
          const expected = ma[s][d] === mb[s][d] ? undefined : mb[s][d] ? 'added' : 'removed';
          if (expected) differing++;
          if (said.get(s * 1000 + d) !== expected)
            disagreements.push(`${probe.protocol}/${probe.port} ${s}→${d}: ${expected}`);
        }
    }
    expect(disagreements).toEqual([]);
    expect(differing).toBeGreaterThan(100);
  });
});
