import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

const HAM_EGGS = readFileSync(join(__dirname, '../../fixtures/manifests/ham-eggs.yaml'), 'utf8');

describe('service networking over REST', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let id: string;

  const apply = async (yaml: string, status = 200) =>
    (await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(yaml).expect(status))
      .body;
  const podsOf = async (app: string) =>
    (await api.get(`/v1/clusters/${id}/objects?kind=Pod&labelSelector=app%3D${app}`).expect(200))
      .body.items as Array<Record<string, any>>;

  beforeAll(async () => {
    t = await startTestApp();
    api = as(t.http, (await t.newTenant('svcnet')).adminKey);
    id = (await api.post('/v1/clusters').send({ name: 'svcnet', nodes: 2 }).expect(201)).body.id;
    await apply(HAM_EGGS);
  });
  afterAll(() => t.close());

  it('the seed example: from a ham Pod, eggs-svc resolves through the search list to its ClusterIP', async () => {
    const [ham] = await podsOf('ham');
    const eggs = (
      await api.get(`/v1/clusters/${id}/objects?kind=Service&namespace=default`).expect(200)
    ).body.items.find((s: any) => s.metadata.name === 'eggs-svc');
    const res = await api
      .get(`/v1/clusters/${id}/dns?from=default/${ham.metadata.name}&name=eggs-svc`)
      .expect(200);
    expect(res.body.rcode).toBe('NOERROR');
    expect(res.body.tried[0]).toBe('eggs-svc.default.svc.cluster.local');
    expect(res.body.answers).toEqual([
      expect.objectContaining({ type: 'A', data: eggs.spec.clusterIP }),
    ]);
  });

  it('DNS: NXDOMAIN lists every name tried; SRV answers named ports; the kube-dns ClusterIP is the nameserver', async () => {
    const [ham] = await podsOf('ham');
    const missing = await api
      .get(`/v1/clusters/${id}/dns?from=default/${ham.metadata.name}&name=nope`)
      .expect(200);
    expect(missing.body.rcode).toBe('NXDOMAIN');
    expect(missing.body.tried).toEqual([
      'nope.default.svc.cluster.local',
      'nope.svc.cluster.local',
      'nope.cluster.local',
      'nope',
    ]);
    expect(missing.body.nameserver).toBe('10.96.0.10');
    const srv = await api
      .get(`/v1/clusters/${id}/dns?name=_http._tcp.eggs-svc.default.svc.cluster.local&type=SRV`)
      .expect(200);
    expect(srv.body.answers[0].data).toMatch(/^0 \d+ 80 eggs-svc\.default\.svc\.cluster\.local\.$/);
    const bad = await api.get(`/v1/clusters/${id}/dns?name=x&type=MX`).expect(400);
    expect(bad.body.errors[0].field).toBe('type');
    await api.get(`/v1/clusters/${id}/dns?name=x&from=default/ghost`).expect(404);
  });

  it('endpoints: the Service selects its Deployment Pods; a not-ready Pod leaves and comes back', async () => {
    const eggs = await podsOf('eggs');
    const slices = async () =>
      (await api.get(`/v1/clusters/${id}/services/default/eggs-svc/endpoints`).expect(200)).body
        .items;
    const ready = (items: any[]) =>
      items
        .flatMap((s) => s.endpoints)
        .filter((e: any) => e.conditions.ready)
        .map((e: any) => e.addresses[0]);
    const before = await slices();
    expect(before[0].metadata.labels['kubernetes.io/service-name']).toBe('eggs-svc');
    expect(before[0].ports).toEqual([expect.objectContaining({ name: 'http', port: 8080 })]);
    expect(ready(before).sort()).toEqual(eggs.map((p) => p.status.podIP).sort());

    const victim = eggs[0];
    await api
      .post(`/v1/clusters/${id}/pods/default/${victim.metadata.name}/readiness`)
      .send({ ready: false })
      .expect(200);
    expect(ready(await slices())).not.toContain(victim.status.podIP);
    const events = (await api.get(`/v1/clusters/${id}/events`).expect(200)).body.items;
    const change = events
      .filter((e: any) => e.reason === 'EndpointsChanged' && e.object === 'service/eggs-svc')
      .at(-1);
    expect(change.message).toContain('(1 not ready)');
    expect(change.message).not.toContain(victim.status.podIP);
    await api
      .post(`/v1/clusters/${id}/pods/default/${victim.metadata.name}/readiness`)
      .send({ ready: true })
      .expect(200);
    expect(ready(await slices())).toContain(victim.status.podIP);
    await api
      .post(`/v1/clusters/${id}/pods/default/${victim.metadata.name}/readiness`)
      .send({})
      .expect(400);
  });

  it('env: a Pod created after a Service gets its variables; one created before does not', async () => {
    await apply(`apiVersion: v1
kind: Pod
metadata: { name: early }
spec: { containers: [{ name: c, image: busybox, env: [{ name: GREETING, value: hello }] }] }
`);
    await apply(`apiVersion: v1
kind: Service
metadata: { name: late-svc }
spec:
  selector: { app: late }
  ports: [{ port: 6379 }]
`);
    await apply(`apiVersion: v1
kind: Pod
metadata: { name: after }
spec: { containers: [{ name: c, image: busybox }] }
`);
    const early = (await api.get(`/v1/clusters/${id}/pods/default/early/env`).expect(200)).body;
    const after = (await api.get(`/v1/clusters/${id}/pods/default/after/env`).expect(200)).body;
    expect(early.variables.GREETING).toBe('hello');
    expect(early.variables.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
    expect(early.variables.LATE_SVC_SERVICE_HOST).toBeUndefined();
    expect(after.variables.LATE_SVC_SERVICE_PORT).toBe('6379');
    expect(after.variables.LATE_SVC_PORT).toMatch(/^tcp:\/\/10\.\d+\.\d+\.\d+:6379$/);
  });

  it('kube-proxy: a ClusterIP spreads over ready endpoints; the iptables view names the Service chains', async () => {
    const svc = (
      await api.get(`/v1/clusters/${id}/objects?kind=Service&namespace=default`).expect(200)
    ).body.items.find((s: any) => s.metadata.name === 'ham-svc');
    const [client] = await podsOf('eggs');
    const decision = (
      await api
        .get(
          `/v1/clusters/${id}/proxy?to=${svc.spec.clusterIP}:80&from=default/${client.metadata.name}`,
        )
        .expect(200)
    ).body;
    expect(decision.action).toBe('DNAT');
    expect(decision.candidates).toHaveLength(2);
    for (const c of decision.candidates) expect(c.probability).toBeCloseTo(0.5);
    const rules = await api.get(`/v1/clusters/${id}/nodes/node-1/iptables`).expect(200);
    expect(rules.headers['content-type']).toContain('text/plain');
    expect(rules.text).toContain('*nat');
    expect(rules.text).toContain('default/ham-svc:http cluster IP');
    await api.get(`/v1/clusters/${id}/nodes/node-9/iptables`).expect(404);
    // From outside the cluster a ClusterIP is not reachable at all.
    const outside = (
      await api.get(`/v1/clusters/${id}/proxy?to=${svc.spec.clusterIP}:80`).expect(200)
    ).body;
    expect(outside.action).toBe('NONE');
    await api.get(`/v1/clusters/${id}/proxy?to=nonsense`).expect(400);
  });

  it('admission: NodePorts come from the range and a taken one is refused with the API server message', async () => {
    const first = await apply(`apiVersion: v1
kind: Service
metadata: { name: np1 }
spec:
  type: NodePort
  selector: { app: ham }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }]
`);
    expect(first.results[0].action).toBe('created');
    const taken = await apply(
      `apiVersion: v1
kind: Service
metadata: { name: np2 }
spec:
  type: NodePort
  selector: { app: ham }
  ports: [{ port: 80, nodePort: 30080 }]
`,
      422,
    );
    expect(taken.errors).toContainEqual({
      field: 'spec.ports[0].nodePort',
      message: 'Invalid value: 30080: provided port is already allocated',
    });
    const outside = await apply(
      `apiVersion: v1
kind: Service
metadata: { name: np3 }
spec:
  type: NodePort
  ports: [{ port: 80, nodePort: 80 }]
`,
      422,
    );
    expect(outside.errors[0].message).toContain(
      'provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('no duplicate ClusterIP or NodePort under 100 concurrent Service creates', async () => {
    const cluster = (await api.post('/v1/clusters').send({ name: 'race' }).expect(201)).body.id;
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api
          .post(`/v1/clusters/${cluster}/apply`)
          .type('application/yaml')
          .send(
            `apiVersion: v1\nkind: Service\nmetadata: { name: s${i} }\nspec:\n  type: NodePort\n  ports: [{ port: 80 }]\n`,
          ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
    const services = (
      await api.get(`/v1/clusters/${cluster}/objects?kind=Service&namespace=default`).expect(200)
    ).body.items.filter((s: any) => /^s\d+$/.test(s.metadata.name));
    expect(services).toHaveLength(100);
    expect(new Set(services.map((s: any) => s.spec.clusterIP)).size).toBe(100);
    expect(new Set(services.map((s: any) => s.spec.ports[0].nodePort)).size).toBe(100);
  });
});
