import { pod, service } from '@app/kube';
import {
  admit,
  bootstrapCluster,
  Simulation,
  validateClusterConfig,
  type ClusterSnapshot,
} from '@app/netsim';
import { changedCells } from './console.service';
import { matrixCounts, matrixSvg } from './matrix-svg';
import { escapeXml } from './svg';
import { layoutTopology, topologyDot, topologyGraph, topologySvg } from './topology';

let uid = 0;
const ctx = { now: () => new Date('2026-01-01T00:00:00Z'), newUid: () => `uid-${++uid}` };

function cluster(networkPlugin = 'calico'): Simulation {
  const { config } = validateClusterConfig({ networkPlugin });
  const boot = bootstrapCluster(config!, ctx);
  let snapshot: ClusterSnapshot = { config: config!, revision: 1, objects: boot.upserts };
  const web = admit(
    snapshot,
    [{ op: 'apply', object: pod('web', { labels: { app: 'web' } }) }],
    ctx,
  );
  snapshot = { ...snapshot, revision: 2, objects: [...snapshot.objects, ...web.upserts] };
  return Simulation.build(snapshot);
}

describe('console pictures', () => {
  it('the topology has the nodes, their Pods grouped by namespace, and kube-dns → CoreDNS arrows', () => {
    const graph = topologyGraph(cluster());
    const nodes = graph.items.filter((i) => i.kind === 'node');
    expect(nodes.map((n) => n.lines)).toEqual([
      ['InternalIP 172.18.0.2', 'podCIDR 10.244.1.0/24'],
      ['InternalIP 172.18.0.3', 'podCIDR 10.244.2.0/24'],
    ]);
    const coredns = graph.items.filter(
      (i) => i.kind === 'pod' && i.ref.startsWith('kube-system/coredns'),
    );
    expect(coredns).toHaveLength(2);
    for (const p of coredns) expect(p.parent).toMatch(/^ns:node-\d\/kube-system$/);
    const dnsEdges = graph.edges.filter((e) => e.from === 'svc:kube-system/kube-dns');
    expect(dnsEdges.map((e) => e.to).sort()).toEqual(coredns.map((p) => p.id).sort());
    expect(graph.overlay).toContain('IP-in-IP');
    expect(
      topologyGraph(cluster(), 'default')
        .items.filter((i) => i.kind === 'pod')
        .map((i) => i.ref),
    ).toEqual(['default/web']);
  });

  it('a not-ready endpoint gets a dashed "not ready" arrow and a not-ready Pod box', () => {
    const base = cluster();
    const more = admit(
      base.snapshot,
      [
        { op: 'apply', object: pod('web-2', { labels: { app: 'web' }, ready: false }) },
        {
          op: 'apply',
          object: service('web', { selector: { app: 'web' }, ports: [{ port: 80 }] }),
        },
      ],
      ctx,
    );
    const keys = new Set(
      more.upserts.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`),
    );
    const objects = [
      ...base.snapshot.objects.filter(
        (o) => !keys.has(`${o.kind}/${o.metadata.namespace}/${o.metadata.name}`),
      ),
      ...more.upserts,
    ];
    const graph = topologyGraph(Simulation.build({ ...base.snapshot, revision: 3, objects }));
    const edges = graph.edges.filter((e) => e.from === 'svc:default/web');
    expect(edges.map((e) => [e.to, e.kind])).toEqual(
      expect.arrayContaining([
        ['pod:default/web', 'endpoint'],
        ['pod:default/web-2', 'endpoint-not-ready'],
      ]),
    );
    expect(graph.items.find((i) => i.ref === 'default/web-2')).toMatchObject({ ready: false });
  });

  it('Gateway API objects as stored: a Gateway, its HTTPRoute and the route to a Service', () => {
    const base = cluster();
    const gateway = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'gw', namespace: 'default' },
      spec: {
        gatewayClassName: 'example',
        listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
      },
    };
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        parentRefs: [{ name: 'gw' }],
        hostnames: ['web.example.com'],
        rules: [
          {
            backendRefs: [
              { name: 'kubernetes', port: 443 },
              { name: 'missing', port: 80 },
            ],
          },
        ],
      },
    };
    const sim = Simulation.build({
      ...base.snapshot,
      objects: [...base.snapshot.objects, gateway, route] as ClusterSnapshot['objects'],
    });
    const graph = topologyGraph(sim);
    expect(graph.items.find((i) => i.kind === 'gateway')).toMatchObject({
      ref: 'default/gw',
      lines: ['class example', 'http HTTP:80'],
    });
    expect(graph.items.find((i) => i.kind === 'route')).toMatchObject({
      title: 'HTTPRoute web',
      lines: ['web.example.com'],
    });
    const edges = graph.edges.filter((e) => e.kind === 'route').map((e) => `${e.from} -> ${e.to}`);
    expect(edges).toEqual([
      'gw:default/gw -> route:HTTPRoute/default/web',
      'route:HTTPRoute/default/web -> svc:default/kubernetes',
    ]);
  });

  it('the layout puts every Pod inside its namespace group inside its node, and draws it in SVG', async () => {
    const layout = await layoutTopology(topologyGraph(cluster('flannel')));
    const byId = new Map(layout.items.map((i) => [i.id, i]));
    for (const item of layout.items.filter((i) => i.parent)) {
      const parent = byId.get(item.parent!)!;
      expect(item.x).toBeGreaterThanOrEqual(parent.x);
      expect(item.y).toBeGreaterThanOrEqual(parent.y);
      expect(item.x + item.width).toBeLessThanOrEqual(parent.x + parent.width);
      expect(item.y + item.height).toBeLessThanOrEqual(parent.y + parent.height);
    }
    expect(layout.edges.find((e) => e.kind === 'overlay')?.label).toBe('flannel');
    const svg = topologySvg(layout, 'a <test> & more');
    expect(svg).toContain('<title>a &lt;test&gt; &amp; more</title>');
    expect(svg).toContain('data-pod="default/web"');
    expect(svg).toContain('data-service="kube-system/kube-dns"');
  });

  it('DOT has a cluster per node and namespace and quotes every id', () => {
    const dot = topologyDot(topologyGraph(cluster()), 'lab "one"');
    expect(dot.startsWith('digraph "lab \\"one\\"" {')).toBe(true);
    expect(dot).toContain('subgraph "cluster_node:node-1" {');
    expect(dot).toContain('subgraph "cluster_ns:node-1/default" {');
    expect(dot).toMatch(/"svc:kube-system\/kube-dns" -> "pod:kube-system\/coredns-[^"]+";/);
  });

  it('the matrix SVG has one cell per pair, a glyph besides the colour, and counts', () => {
    const matrix = {
      pods: ['a/x', 'a/<y>'],
      allowed: [
        [true, false],
        [true, true],
      ],
      enforced: true,
      networkPlugin: 'calico',
    };
    const svg = matrixSvg(matrix, 'caption');
    expect(svg.match(/data-testid="matrix-cell"/g)).toHaveLength(4);
    expect(svg).toContain('data-from="a/x" data-to="a/&lt;y&gt;" data-allowed="false"');
    expect(svg.match(/✗/g)).toHaveLength(2); // the denied cell and the legend
    expect(matrixCounts(matrix)).toEqual({ rows: [1, 2], columns: [2, 1] });
    expect(matrixSvg({ ...matrix, enforced: false }, 'c')).toContain(
      'does not enforce NetworkPolicy',
    );
  });

  it('changedCells compares cells by Pod name, ignoring Pods only one side has', () => {
    const before = {
      pods: ['a', 'b'],
      allowed: [
        [true, true],
        [true, true],
      ],
      enforced: true,
      networkPlugin: 'calico',
    };
    const after = {
      pods: ['b', 'c', 'a'],
      allowed: [
        [true, false, true],
        [false, true, false],
        [false, false, true],
      ],
      enforced: true,
      networkPlugin: 'calico',
    };
    expect(changedCells(before, after)).toEqual([
      { from: 'a', to: 'b', before: true, after: false },
    ]);
  });

  it('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
