import { as, startTestApp, type TestApp } from '../../support/app';

/** Two Pods on two nodes (pinned by nodeName) and a Service in front of the far one. */
const SCENE = `apiVersion: v1
kind: Pod
metadata: { name: client, labels: { app: client } }
spec:
  nodeName: node-1
  containers: [{ name: c, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: web, labels: { app: web } }
spec:
  nodeName: node-2
  containers: [{ name: web, image: nginx, ports: [{ containerPort: 8080 }] }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

describe('the CNI datapath over REST and GraphQL', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;

  const create = async (body: Record<string, unknown>): Promise<string> => {
    const res = await api.post('/v1/clusters').send(body).expect(201);
    await api
      .post(`/v1/clusters/${res.body.id}/apply`)
      .type('application/yaml')
      .send(SCENE)
      .expect(200);
    return res.body.id;
  };
  const traceToService = async (id: string) =>
    (
      await api
        .post(`/v1/clusters/${id}/reachability`)
        .send({ from: { pod: 'default/client' }, to: { service: 'default/web' } })
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('datapath')).adminKey);
  });
  afterAll(() => t.close());

  it('the default calico cluster: IP-in-IP Always, routes via tunl0, packets with an outer header', async () => {
    const id = await create({ name: 'dp-calico' });
    const cluster = (await api.get(`/v1/clusters/${id}`).expect(200)).body;
    expect(cluster.config.datapath).toEqual({
      nodeSubnets: 'single',
      hostMTU: 1500,
      calico: { ipipMode: 'Always', vxlanMode: 'Never', wireguard: false },
    });
    const routes = (await api.get(`/v1/clusters/${id}/nodes/node-1/routes`).expect(200)).body;
    expect(routes.routes).toContainEqual({
      dst: '10.244.2.0/24',
      via: '172.18.0.3',
      dev: 'tunl0',
      proto: 'bird',
      onlink: true,
    });
    expect(routes.text).toContain('10.244.2.0/24 via 172.18.0.3 dev tunl0 proto bird onlink');

    const ifaces = (await api.get(`/v1/clusters/${id}/nodes/node-2/interfaces`).expect(200)).body;
    const names = ifaces.interfaces.map((i: { name: string }) => i.name);
    expect(names.slice(0, 3)).toEqual(['lo', 'eth0', 'tunl0']);
    expect(ifaces.text).toContain('3: tunl0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1480');
    expect(
      ifaces.interfaces.find((i: { peer?: { pod: string } }) => i.peer?.pod === 'default/web'),
    ).toMatchObject({ kind: 'veth', mtu: 1480 });

    const answer = await traceToService(id);
    expect(answer.allowed).toBe(true);
    const packet = answer.endpoints[0].packet;
    expect(packet).toMatchObject({
      mode: 'encapsulated',
      original: { src: '10.244.1.2', dst: expect.stringMatching(/^10\.9[6-9]\./), dstPort: 80 },
      changes: [{ by: 'kube-proxy', action: 'DNAT', to: '10.244.2.2:8080' }],
      inner: { src: '10.244.1.2', dst: '10.244.2.2', dstPort: 8080 },
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'IPIP' },
      mtu: { pod: 1480, host: 1500, fits: true },
      route: { node: 'node-1', dev: 'tunl0' },
    });
    const cniHop = answer.hops.find((h: { kind: string }) => h.kind === 'cni');
    expect(cniHop.details.packet.outer.dst).toBe('172.18.0.3');
  });

  it('the Pod CNI ADD result follows the CNI spec result format, with the node conflist', async () => {
    const id = await create({ name: 'dp-flannel', networkPlugin: 'flannel' });
    const cni = (await api.get(`/v1/clusters/${id}/pods/default/web/cni`).expect(200)).body;
    expect(cni).toMatchObject({
      pod: 'default/web',
      node: 'node-2',
      networkPlugin: 'flannel',
      conflist: { file: '10-flannel.conflist', content: { name: 'cbr0' } },
      result: {
        cniVersion: '1.0.0',
        ips: [{ address: '10.244.2.2/24', gateway: '10.244.2.1', interface: 2 }],
        routes: [
          { dst: '10.244.0.0/16', gw: '10.244.2.1' },
          { dst: '0.0.0.0/0', gw: '10.244.2.1' },
        ],
        dns: {},
      },
    });
    expect(cni.result.interfaces[2]).toMatchObject({
      name: 'eth0',
      sandbox: expect.stringMatching(/^\/var\/run\/netns\//),
    });
    const packet = (await traceToService(id)).endpoints[0].packet;
    expect(packet.outer).toMatchObject({ protocol: 'UDP', udpPort: 8472, vni: 1 });
    expect(packet.mtu.pod).toBe(1450);
  });

  it('CrossSubnet over per-zone subnets, Cilium kube-proxy replacement, Weave encryption', async () => {
    const calico = await create({
      name: 'dp-cross',
      datapath: { nodeSubnets: 'per-zone', calico: { ipipMode: 'CrossSubnet' } },
    });
    const packet = (await traceToService(calico)).endpoints[0].packet;
    expect(packet).toMatchObject({
      outer: { src: '172.18.0.2', dst: '172.18.1.2', protocol: 'IPIP' },
    });

    const cilium = await create({
      name: 'dp-kpr',
      networkPlugin: 'cilium',
      datapath: { cilium: { kubeProxyReplacement: true, tunnelProtocol: 'geneve' } },
    });
    const rules = await api.get(`/v1/clusters/${cilium}/nodes/node-1/iptables`).expect(200);
    expect(rules.text).toContain('no kube-proxy rules');
    const kpr = (await traceToService(cilium)).endpoints[0].packet;
    expect(kpr.changes[0].by).toBe('cilium-ebpf');
    expect(kpr.outer).toMatchObject({ udpPort: 6081, encapsulation: 'Geneve' });

    const weave = await api
      .post('/v1/clusters')
      .send({
        name: 'dp-weave',
        networkPlugin: 'weave',
        datapath: { weave: { password: 'hunter2' } },
      })
      .expect(201);
    expect(JSON.stringify(weave.body)).not.toContain('hunter2');
    expect(weave.body.config.datapath.weave).toEqual({ fastDatapath: true, encryption: true });
  });

  it('refuses bad datapath options with field paths, and unknown nodes and Pods with 404', async () => {
    const bad = await api
      .post('/v1/clusters')
      .send({
        name: 'dp-bad',
        networkPlugin: 'flannel',
        datapath: { calico: {}, flannel: { backend: 'udp' } },
      })
      .expect(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['datapath.calico', 'datapath.flannel.backend']));
    const id = (await api.get('/v1/clusters').expect(200)).body.items[0].id;
    await api.get(`/v1/clusters/${id}/nodes/node-9/routes`).expect(404);
    await api.get(`/v1/clusters/${id}/nodes/node-9/interfaces`).expect(404);
    await api.get(`/v1/clusters/${id}/pods/default/nope/cni`).expect(404);
  });

  it('GraphQL: createCluster with a datapath, nodeRoutes, nodeInterfaces and podCni', async () => {
    const created = await api.graphql(
      `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id config { datapath } } }`,
      {
        input: {
          name: 'dp-gql',
          networkPlugin: 'calico',
          datapath: { calico: { ipipMode: 'Never', vxlanMode: 'Always' } },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    const { id, config } = created.body.data.createCluster;
    expect(config.datapath.calico.vxlanMode).toBe('Always');
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(SCENE).expect(200);
    const read = await api.graphql(
      `query($id: ID!) { cluster(id: $id) {
        nodeRoutes(node: "node-1") { routes { dst via dev } text }
        nodeInterfaces(node: "node-1") { interfaces { name kind mtu tunnel } }
        podCni(namespace: "default", name: "client") { result explanation }
      } }`,
      { id },
    );
    expect(read.body.errors).toBeUndefined();
    const c = read.body.data.cluster;
    expect(c.nodeRoutes.routes).toContainEqual({
      dst: '10.244.2.0/24',
      via: '10.244.2.0',
      dev: 'vxlan.calico',
    });
    expect(c.nodeInterfaces.interfaces).toContainEqual({
      name: 'vxlan.calico',
      kind: 'vxlan',
      mtu: 1450,
      tunnel: { udpPort: 4789, vni: 4096 },
    });
    expect(c.podCni.result.ips).toEqual([{ address: '10.244.1.2/32', interface: 1 }]);

    const traced = await api.graphql(
      `query($id: ID!) { cluster(id: $id) {
        reachability(from: { pod: "default/client" }, to: { service: "default/web" }) {
          verdict endpoints { pod packet }
        }
      } }`,
      { id },
    );
    expect(traced.body.errors).toBeUndefined();
    const [endpoint] = traced.body.data.cluster.reachability.endpoints;
    expect(endpoint.packet).toMatchObject({
      mode: 'encapsulated',
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'UDP', udpPort: 4789, vni: 4096 },
      mtu: { pod: 1450 },
    });

    const bad = await api.graphql(
      `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }`,
      { input: { name: 'dp-gql-bad', datapath: { calico: { ipipMode: 'Sometimes' } } } },
    );
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
