import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * Issue 11: a Deployment of 100,000 replicas — through REST apply, GraphQL scaleDeployment and
 * the facade's PUT …/scale — answers quickly with what a real cluster shows (the Pods the quota
 * allows, the rest refused with FailedCreate, Pods beyond node capacity Pending), the service
 * stays healthy and the next write to the same cluster goes straight through; 100 concurrent
 * merge patches without a resourceVersion all succeed and none is lost.
 */
describe('bounded cost of workload writes', () => {
  let t: TestApp;
  let key: string;

  const deployment = (name: string, replicas: number) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
      },
    },
  });
  const newCluster = async (name: string) =>
    (await as(t.http, key).post('/v1/clusters').send({ name })).body.id as string;
  const k8s = (clusterId: string) => {
    const base = `/v1/clusters/${clusterId}/k8s`;
    const auth = { Authorization: `Bearer ${key}` };
    return {
      get: (path: string) => request(t.http).get(`${base}${path}`).set(auth),
      put: (path: string) => request(t.http).put(`${base}${path}`).set(auth),
      patch: (path: string) => request(t.http).patch(`${base}${path}`).set(auth),
    };
  };
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  };

  /** What a learner checks afterwards: Pods by phase, the ReplicaSet's failure, the service alive. */
  async function expectQuotaOutcome(clusterId: string, name: string) {
    const rs = await k8s(clusterId).get('/apis/apps/v1/namespaces/default/replicasets');
    const mine = rs.body.items.find((r: { metadata: { name: string } }) =>
      r.metadata.name.startsWith(`${name}-`),
    );
    expect(mine.status.conditions).toEqual([
      expect.objectContaining({
        type: 'ReplicaFailure',
        status: 'True',
        reason: 'FailedCreate',
        message: expect.stringMatching(
          new RegExp(
            `^pods "${mine.metadata.name}-[bcdfghjklmnpqrstvwxz2456789]{5}" is forbidden: exceeded quota: sandbox-object-count, requested: count=1, used: count=${QUOTA}, limited: count=${QUOTA}$`,
          ),
        ),
      }),
    ]);
    const pods = await as(t.http, key).get(
      `/v1/clusters/${clusterId}/objects?kind=Pod&namespace=default&labelSelector=app%3D${name}`,
    );
    const phases = new Map<string, number>();
    for (const p of pods.body.items as Array<{ status: { phase: string } }>)
      phases.set(p.status.phase, (phases.get(p.status.phase) ?? 0) + 1);
    // 2 nodes × 110 allocatable pods, less the system Pods already there.
    expect(phases.get('Running')).toBeLessThanOrEqual(220);
    expect(phases.get('Pending')).toBeGreaterThan(0);
    expect((await request(t.http).get('/healthz')).status).toBe(200);
  }

  const QUOTA = 10_000;

  // The machine running the suite is shared (10x slower under load was seen): the bounds only
  // tell "answers" from the old endless loop; timings are printed, and
  // test/bench/workload-scale.bench.ts measures them properly (about 1 s on a quiet machine).
  jest.setTimeout(60_000);

  beforeAll(async () => {
    t = await startTestApp({ MAX_OBJECTS_PER_CLUSTER: String(QUOTA) });
    key = (await t.newTenant('bounds')).adminKey;
  });
  afterAll(() => t.close());

  it('successful: REST apply of replicas 100000 answers fast, stops at the quota, and the next write goes through', async () => {
    const id = await newCluster('rest-scale');
    const { value: res, ms } = await timed(() =>
      as(t.http, key).post(`/v1/clusters/${id}/apply`).send(deployment('huge', 100_000)),
    );
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'huge', action: 'created' }),
    ]);
    console.log(`REST apply replicas=100000 (quota ${QUOTA}): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(30_000);
    await expectQuotaOutcome(id, 'huge');

    const next = await timed(() =>
      as(t.http, key).post(`/v1/clusters/${id}/apply`).send(deployment('huge', 3)),
    );
    expect(next.value.status).toBe(200);
    expect(next.ms).toBeLessThan(30_000);
    // The surplus Pods terminate for their grace period; step the cluster clock past it.
    await as(t.http, key).post(`/v1/clusters/${id}/clock`).send({ seconds: 30 }).expect(200);
    const pods = await as(t.http, key).get(`/v1/clusters/${id}/objects?kind=Pod&namespace=default`);
    expect(pods.body.items).toHaveLength(3);
  });

  it('successful: GraphQL scaleDeployment to 100000 answers fast and the cluster stays writable', async () => {
    const id = await newCluster('graphql-scale');
    await as(t.http, key).post(`/v1/clusters/${id}/apply`).send(deployment('eggs', 2));
    const { value: res, ms } = await timed(() =>
      as(t.http, key).graphql(
        `mutation($c: ID!) { scaleDeployment(clusterId: $c, name: "eggs", replicas: 100000) { name } }`,
        { c: id },
      ),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.scaleDeployment.name).toBe('eggs');
    console.log(`GraphQL scaleDeployment replicas=100000: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(30_000);
    await expectQuotaOutcome(id, 'eggs');
    const back = await as(t.http, key).graphql(
      `mutation($c: ID!) { scaleDeployment(clusterId: $c, name: "eggs", replicas: 1) { name } }`,
      { c: id },
    );
    expect(back.body.errors).toBeUndefined();
  });

  it('successful: facade PUT deployments/x/scale to 100000 answers fast and a patch right after succeeds', async () => {
    const id = await newCluster('facade-scale');
    await as(t.http, key).post(`/v1/clusters/${id}/apply`).send(deployment('web', 1));
    const path = '/apis/apps/v1/namespaces/default/deployments/web/scale';
    const scale = (await k8s(id).get(path)).body;
    const { value: res, ms } = await timed(() =>
      k8s(id)
        .put(path)
        .send({ ...scale, spec: { replicas: 100_000 } }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'Scale', spec: { replicas: 100_000 } });
    console.log(`facade PUT scale replicas=100000: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(30_000);
    await expectQuotaOutcome(id, 'web');
    const patched = await k8s(id)
      .patch('/apis/apps/v1/namespaces/default/deployments/web')
      .set('Content-Type', 'application/merge-patch+json')
      .send({ spec: { replicas: 2 } });
    expect(patched.status).toBe(200);
  });

  it('successful: 100 concurrent merge patches without resourceVersion all answer 200 and every label lands', async () => {
    const id = await newCluster('patch-storm');
    await as(t.http, key).post(`/v1/clusters/${id}/apply`).send(deployment('target', 1));
    const path = '/apis/apps/v1/namespaces/default/deployments/target';
    const { value: answers, ms } = await timed(() =>
      Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          k8s(id)
            .patch(path)
            .set('Content-Type', 'application/merge-patch+json')
            .send({ metadata: { labels: { [`writer-${i}`]: 'yes' } } }),
        ),
      ),
    );
    console.log(`100 concurrent merge patches: ${ms.toFixed(0)} ms`);
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
    const final = await k8s(id).get(path);
    for (let i = 0; i < 100; i++) expect(final.body.metadata.labels[`writer-${i}`]).toBe('yes');

    // PUT …/scale without a resourceVersion is unconditional, so racing ones never 409 either.
    const scales = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        k8s(id)
          .put(`${path}/scale`)
          .send({
            apiVersion: 'autoscaling/v1',
            kind: 'Scale',
            metadata: { name: 'target', namespace: 'default' },
            spec: { replicas: i + 1 },
          }),
      ),
    );
    expect(scales.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect((await k8s(id).get(path)).body.metadata.labels['writer-99']).toBe('yes');
  });
});
