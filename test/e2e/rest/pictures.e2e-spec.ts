import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

const FRONTEND_BACKEND = readFileSync(
  join(__dirname, '../../fixtures/manifests/frontend-backend.yaml'),
  'utf8',
);

const DENY_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all }
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

/** The matrix cells of an SVG heat map, read back from its rect attributes. */
function svgCells(svg: string): Array<{ from: string; to: string; allowed: boolean }> {
  const cells = [...svg.matchAll(/<rect data-testid="matrix-cell" ([^>]*)>/g)].map((m) => m[1]);
  return cells.map((attrs) => ({
    from: /data-from="([^"]*)"/.exec(attrs)![1],
    to: /data-to="([^"]*)"/.exec(attrs)![1],
    allowed: /data-allowed="(true|false)"/.exec(attrs)![1] === 'true',
  }));
}

function matrixCells(matrix: { pods: string[]; allowed: boolean[][] }) {
  return matrix.pods.flatMap((from, r) =>
    matrix.pods.map((to, c) => ({ from, to, allowed: matrix.allowed[r][c] })),
  );
}

describe('pictures for REST users: topology.svg, topology.dot, matrix.svg, and the matrix dry run', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('pictures')).adminKey);
    id = (await api.post('/v1/clusters').send({ name: 'pictures' }).expect(201)).body.id;
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(FRONTEND_BACKEND)
      .expect(200);
  });
  afterAll(() => t.close());

  it('the topology JSON has every Pod in its node, every Service, and an arrow to each endpoint', async () => {
    const { body } = await api.get(`/v1/clusters/${id}/topology`).expect(200);
    const pods = (await api.get(`/v1/clusters/${id}/objects?kind=Pod`).expect(200)).body.items;
    const refs = (kind: string) =>
      body.items
        .filter((i: { kind: string }) => i.kind === kind)
        .map((i: { ref: string }) => i.ref)
        .sort();
    expect(refs('pod')).toEqual(
      pods
        .map(
          (p: { metadata: { namespace: string; name: string } }) =>
            `${p.metadata.namespace}/${p.metadata.name}`,
        )
        .sort(),
    );
    expect(refs('service')).toEqual([
      'default/backend',
      'default/kubernetes',
      'kube-system/kube-dns',
    ]);
    expect(refs('node')).toEqual(['node-1', 'node-2']);
    const backend = body.items.find(
      (i: { ref: string; kind: string }) => i.kind === 'pod' && i.ref === 'default/backend',
    );
    const node = body.items.find((i: { id: string }) => i.id === 'node:node-2');
    expect(node.lines).toEqual(['InternalIP 172.18.0.3', 'podCIDR 10.244.2.0/24']);
    // Laid out: the Pod's box lies inside its node's box.
    expect(backend.x).toBeGreaterThanOrEqual(node.x);
    expect(backend.y + backend.height).toBeLessThanOrEqual(node.y + node.height);
    const edge = body.edges.find(
      (e: { id: string }) => e.id === 'svc:default/backend->pod:default/backend',
    );
    expect(edge).toMatchObject({ kind: 'endpoint' });
    expect(edge.points.length).toBeGreaterThanOrEqual(2);
    expect(body.edges.some((e: { kind: string }) => e.kind === 'overlay')).toBe(true);
    expect(body.overlay).toContain('IP-in-IP');
  });

  it('Ingress rules stand in front of their Services, an arrow per backend', async () => {
    const lab = (
      await api
        .post('/v1/clusters')
        .send({ name: 'fanout', ingressController: 'ingress-nginx' })
        .expect(201)
    ).body.id;
    await api
      .post(`/v1/clusters/${lab}/apply`)
      .type('application/yaml')
      .send(readFileSync(join(__dirname, '../../fixtures/manifests/ingress-fanout.yaml'), 'utf8'))
      .expect(200);
    const { body } = await api.get(`/v1/clusters/${lab}/topology?namespace=default`).expect(200);
    const ingress = body.items.find(
      (i: { kind: string; ref: string }) =>
        i.kind === 'ingress' && i.ref === 'default/simple-fanout-example',
    );
    expect(ingress.lines[0]).toBe('class nginx');
    const routes = body.edges
      .filter((e: { from: string }) => e.from === 'ing:default/simple-fanout-example')
      .map((e: { to: string; kind: string }) => [e.to, e.kind]);
    expect(routes).toEqual([
      ['svc:default/service1', 'route'],
      ['svc:default/service2', 'route'],
      ['svc:default/idle', 'route'],
    ]);
    const defaultBackend = body.edges.find(
      (e: { from: string }) => e.from === 'ing:default/test-ingress',
    );
    expect(defaultBackend).toMatchObject({ to: 'svc:default/service1', label: 'default backend' });
    // service1's Deployment made two Pods: two endpoint arrows; idle selects nothing: none.
    const from = (svc: string) => body.edges.filter((e: { from: string }) => e.from === svc).length;
    expect(from('svc:default/service1')).toBe(2);
    expect(from('svc:default/idle')).toBe(0);
    // ?namespace= keeps that namespace's objects only (the nodes stay).
    expect(body.items.some((i: { ref: string }) => i.ref.startsWith('kube-system/'))).toBe(false);
    expect(body.items.filter((i: { kind: string }) => i.kind === 'node')).toHaveLength(2);
  });

  it('topology.svg is SVG with one box per Pod and Service; ?format=svg is the same', async () => {
    const res = await api
      .get(`/v1/clusters/${id}/topology.svg`)
      .buffer(true)
      .parse(textParser)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = res.body as string;
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(
      [...svg.matchAll(/data-testid="topology-pod" data-pod="([^"]+)"/g)].map((m) => m[1]),
    ).toEqual(expect.arrayContaining(['default/frontend', 'default/backend', 'default/intruder']));
    expect(svg).toContain('data-service="default/backend"');
    const viaQuery = await api
      .get(`/v1/clusters/${id}/topology?format=svg`)
      .buffer(true)
      .parse(textParser)
      .expect(200);
    expect(viaQuery.body).toBe(svg);
  });

  it('topology.dot is a Graphviz digraph with a cluster per node and the endpoint edges', async () => {
    const res = await api
      .get(`/v1/clusters/${id}/topology.dot`)
      .buffer(true)
      .parse(textParser)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/vnd\.graphviz/);
    expect(res.body).toMatch(/^digraph "pictures" \{/);
    expect(res.body).toContain('subgraph "cluster_node:node-1"');
    expect(res.body).toContain('"svc:default/backend" -> "pod:default/backend";');
    const viaQuery = await api
      .get(`/v1/clusters/${id}/topology?format=dot`)
      .buffer(true)
      .parse(textParser)
      .expect(200);
    expect(viaQuery.body).toBe(res.body);
  });

  it('matrix.svg has exactly the cells of GET reachability/matrix, with counts per row', async () => {
    for (const query of [
      'port=80&namespace=default',
      'port=80',
      'port=http&namespace=default',
      'port=53&protocol=UDP',
    ]) {
      const matrix = (await api.get(`/v1/clusters/${id}/reachability/matrix?${query}`).expect(200))
        .body;
      const res = await api
        .get(`/v1/clusters/${id}/reachability/matrix.svg?${query}`)
        .buffer(true)
        .parse(textParser)
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(svgCells(res.body)).toEqual(matrixCells(matrix));
      const rowCounts = [...(res.body as string).matchAll(/data-testid="row-count">(\d+)</g)].map(
        (m) => Number(m[1]),
      );
      expect(rowCounts).toEqual(matrix.allowed.map((row: boolean[]) => row.filter(Boolean).length));
    }
    const svg = (
      await api
        .get(`/v1/clusters/${id}/reachability/matrix.svg?port=80&namespace=default`)
        .buffer(true)
        .parse(textParser)
    ).body;
    expect(svgCells(svg)).toContainEqual({
      from: 'default/intruder',
      to: 'default/backend',
      allowed: false,
    });
  });

  it("a bad port or selector is a 400 naming the field, another tenant's cluster a 404", async () => {
    const noPort = await api.get(`/v1/clusters/${id}/reachability/matrix.svg`).expect(400);
    expect(noPort.body.errors).toEqual([expect.objectContaining({ field: 'port' })]);
    await api.get(`/v1/clusters/${id}/reachability/matrix.svg?port=99999`).expect(400);
    await api
      .get(`/v1/clusters/${id}/reachability/matrix.svg?port=80&labelSelector=a%20in`)
      .expect(400);
    const other = as(t.http, (await t.newTenant('pictures-other')).adminKey);
    await other.get(`/v1/clusters/${id}/topology.svg`).expect(404);
    await other.get(`/v1/clusters/${id}/reachability/matrix.svg?port=80`).expect(404);
    await other
      .post(`/v1/clusters/${id}/reachability/matrix/dry-run?port=80`)
      .type('application/yaml')
      .send(DENY_ALL)
      .expect(404);
  });

  it('the dry run lists the cells a deny-all policy would flip and writes nothing', async () => {
    const before = (await api.get(`/v1/clusters/${id}`).expect(200)).body.revision;
    const { body } = await api
      .post(`/v1/clusters/${id}/reachability/matrix/dry-run?port=80&namespace=default`)
      .type('application/yaml')
      .send(DENY_ALL)
      .expect(200);
    expect(body.results).toEqual([
      { kind: 'NetworkPolicy', namespace: 'default', name: 'deny-all', action: 'created' },
    ]);
    // Cells into frontend and intruder were open and close; policies add up, so frontend →
    // backend stays allowed by allow-frontend; a Pod talking to itself is never blocked.
    expect(body.changes).toEqual(
      expect.arrayContaining([
        { from: 'default/backend', to: 'default/frontend', before: true, after: false },
        { from: 'default/intruder', to: 'default/frontend', before: true, after: false },
      ]),
    );
    expect(body.changes).not.toContainEqual(
      expect.objectContaining({ from: 'default/frontend', to: 'default/backend' }),
    );
    expect(body.changes.every((c: { from: string; to: string }) => c.from !== c.to)).toBe(true);
    // The "after" matrix is what the matrix says once the policy is really applied.
    expect((await api.get(`/v1/clusters/${id}`).expect(200)).body.revision).toBe(before);
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(DENY_ALL).expect(200);
    const applied = (
      await api.get(`/v1/clusters/${id}/reachability/matrix?port=80&namespace=default`).expect(200)
    ).body;
    expect(applied.allowed).toEqual(body.after.allowed);
    await api.delete(`/v1/clusters/${id}/objects/NetworkPolicy/default/deny-all`).expect(200);
  });

  it('a bad manifest in the dry run is the 4xx an apply would give', async () => {
    const bad = await api
      .post(`/v1/clusters/${id}/reachability/matrix/dry-run?port=80`)
      .type('application/yaml')
      .send(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: Bad_Name }\nspec: { podSelector: {} }\n',
      );
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('metadata.name');
    await api
      .post(`/v1/clusters/${id}/reachability/matrix/dry-run?port=80`)
      .type('application/yaml')
      .send('')
      .expect(400);
  });

  it('GraphQL has the same pictures and dry run on the cluster type', async () => {
    const res = await api
      .graphql(
        `query($id: ID!, $m: String!) { cluster(id: $id) {
          topology(namespace: "default") topologyDot
          reachabilityMatrixSvg(port: "80", namespace: "default")
          reachabilityMatrixDryRun(manifests: $m, port: "80", namespace: "default")
        } }`,
        { id, m: DENY_ALL },
      )
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const cluster = res.body.data.cluster;
    expect(cluster.topology.items.filter((i: { kind: string }) => i.kind === 'pod')).toHaveLength(
      3,
    );
    expect(cluster.topologyDot).toMatch(/^digraph/);
    const rest = (await api.get(`/v1/clusters/${id}/reachability/matrix?port=80&namespace=default`))
      .body;
    expect(svgCells(cluster.reachabilityMatrixSvg)).toEqual(matrixCells(rest));
    expect(cluster.reachabilityMatrixDryRun.changes.length).toBeGreaterThan(0);
  });
});

/** supertest parser that keeps a text body (SVG, DOT) as a string. */
function textParser(res: any, done: (e: Error | null, body: string) => void) {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}
