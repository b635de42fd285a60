import { as, startTestApp, type TestApp } from '../../support/app';

const CONTAINERS = [
  { name: 'app', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] },
];

describe('service networking over GraphQL', () => {
  let t: TestApp;
  let gql: ReturnType<typeof as>['graphql'];
  let clusterId: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  beforeAll(async () => {
    t = await startTestApp();
    gql = as(t.http, (await t.newTenant('gql-net')).adminKey).graphql;
    clusterId = (await ok('mutation { createCluster(input: { name: "net" }) { id } }'))
      .createCluster.id;
  });
  afterAll(() => t.close());

  it('the seed example with typed mutations: ham resolves eggs-svc to its ClusterIP', async () => {
    const deploy = `mutation($c: ID!, $d: DeploymentInput!) { applyDeployment(clusterId: $c, input: $d) { name } }`;
    const svc = `mutation($c: ID!, $s: ServiceInput!) { applyService(clusterId: $c, input: $s) { name object } }`;
    for (const app of ['ham', 'eggs']) {
      await ok(deploy, {
        c: clusterId,
        d: { name: app, replicas: 2, podLabels: { app }, containers: CONTAINERS },
      });
      await ok(svc, {
        c: clusterId,
        s: {
          name: `${app}-svc`,
          selector: { app },
          ports: [{ name: 'http', port: 80, targetPort: 'http' }],
        },
      });
    }
    const eggsIP = (
      await ok(svc, {
        c: clusterId,
        s: {
          name: 'eggs-svc',
          selector: { app: 'eggs' },
          ports: [{ name: 'http', port: 80, targetPort: 'http' }],
        },
      })
    ).applyService.object.spec.clusterIP;
    const data = await ok(
      `query($c: ID!) { cluster(id: $c) { objects(kind: "Pod", labelSelector: "app=ham") { name } } }`,
      { c: clusterId },
    );
    const ham = data.cluster.objects[0].name;
    const answer = await ok(
      `query($c: ID!, $from: String) { cluster(id: $c) { dns(name: "eggs-svc", from: $from) { rcode tried answers { type data } } } }`,
      { c: clusterId, from: `default/${ham}` },
    );
    expect(answer.cluster.dns.rcode).toBe('NOERROR');
    expect(answer.cluster.dns.tried[0]).toBe('eggs-svc.default.svc.cluster.local');
    expect(answer.cluster.dns.answers).toEqual([{ type: 'A', data: eggsIP }]);
  });

  it('scales a Deployment and flips readiness; the endpoints follow', async () => {
    await ok(
      `mutation($c: ID!) { scaleDeployment(clusterId: $c, name: "eggs", replicas: 4) { object } }`,
      { c: clusterId },
    );
    const endpoints = async () =>
      (
        await ok(
          `query($c: ID!) { cluster(id: $c) { endpoints(namespace: "default", service: "eggs-svc") { object } } }`,
          { c: clusterId },
        )
      ).cluster.endpoints.flatMap((s: any) => s.object.endpoints);
    const all = await endpoints();
    expect(all).toHaveLength(4);
    const target = all[0].targetRef.name;
    await ok(
      `mutation($c: ID!, $n: String!) { setPodReadiness(clusterId: $c, name: $n, ready: false) { name } }`,
      { c: clusterId, n: target },
    );
    const after = await endpoints();
    expect(after.find((e: any) => e.targetRef.name === target)?.conditions.ready ?? false).toBe(
      false,
    );
    const bad = await gql(
      `mutation($c: ID!) { scaleDeployment(clusterId: $c, name: "eggs", replicas: -1) { name } }`,
      { c: clusterId },
    );
    expect(bad.body.errors[0].extensions.errors[0].field).toBe('spec.replicas');
  });

  it('env, events and kube-proxy rules are fields of the cluster', async () => {
    await ok(
      `mutation($c: ID!) { applyPod(clusterId: $c, input: { name: "probe", containers: [{ name: "c", image: "busybox", env: [{ name: "MODE", value: "test" }] }] }) { name } }`,
      { c: clusterId },
    );
    const data = await ok(
      `query($c: ID!) { cluster(id: $c) {
        podEnv(namespace: "default", name: "probe") { variables { name value } services }
        events { reason message object }
        iptables(node: "node-1")
      } }`,
      { c: clusterId },
    );
    const vars = Object.fromEntries(
      data.cluster.podEnv.variables.map((v: any) => [v.name, v.value]),
    );
    expect(vars.MODE).toBe('test');
    expect(vars.EGGS_SVC_SERVICE_PORT_HTTP).toBe('80');
    expect(data.cluster.podEnv.services).toContain('default/eggs-svc');
    expect(data.cluster.events.length).toBeGreaterThan(0);
    expect(data.cluster.iptables).toContain('KUBE-SERVICES');
  });

  it('deletes a Service, a Pod and a Deployment (whose Pods terminate and go when the clock passes their grace period)', async () => {
    const c = { c: clusterId };
    await ok(`mutation($c: ID!) { deleteService(clusterId: $c, name: "ham-svc") }`, c);
    await ok(`mutation($c: ID!) { deletePod(clusterId: $c, name: "probe") }`, c);
    await ok(`mutation($c: ID!) { deleteDeployment(clusterId: $c, name: "ham") }`, c);
    // Deleted Pods are Terminating for their 30 s grace period; step the cluster clock past it.
    const terminating = await ok(
      `query($c: ID!) { cluster(id: $c) { pods: objects(kind: "Pod", namespace: "default") { name object } } }`,
      c,
    );
    const probe = terminating.cluster.pods.find((p: { name: string }) => p.name === 'probe');
    expect(probe.object.metadata.deletionGracePeriodSeconds).toBe(30);
    const clock = await ok(
      `mutation($c: ID!) { stepClock(clusterId: $c, seconds: 30) { offsetSeconds } }`,
      c,
    );
    expect(clock.stepClock).toEqual({ offsetSeconds: 30 });
    const left = await ok(
      `query($c: ID!) { cluster(id: $c) { services: objects(kind: "Service", namespace: "default") { name } pods: objects(kind: "Pod", namespace: "default") { name labels } } }`,
      c,
    );
    expect(left.cluster.services.map((s: { name: string }) => s.name)).not.toContain('ham-svc');
    expect(left.cluster.pods.map((p: { name: string }) => p.name)).not.toContain('probe');
    expect(
      left.cluster.pods.filter((p: { labels: Record<string, string> }) => p.labels.app === 'ham'),
    ).toEqual([]);
    const again = await gql(`mutation($c: ID!) { deletePod(clusterId: $c, name: "probe") }`, c);
    expect(again.body.errors[0].message).toBe('pods "probe" not found');
  });
});
