import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * Wrong JSON types in written objects are refused as the API server's decoder refuses them —
 * 400 with `json: cannot unmarshal …` and the field path — over REST apply, GraphQL and the
 * Kubernetes facade, never a 5xx; and the kinds a real API server accepts writes of (ReplicaSet,
 * Event) are accepted, while Endpoints, which the sandbox derives, answer 405.
 */
describe('hostile JSON types on the write path', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;
  let base: string;

  const apply = (body: unknown, query = '') =>
    as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply${query}`)
      .send(body as object);
  const facade = (method: 'post' | 'put', path: string) =>
    request(t.http)[method](`${base}${path}`).set('Authorization', `Bearer ${key}`);
  const service = (spec: unknown) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'typed', namespace: 'default' },
    spec,
  });
  const revision = async () =>
    (await as(t.http, key).get(`/v1/clusters/${clusterId}`)).body.revision as number;

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    key = (await t.newTenant('types')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'types' })).body.id;
    base = `/v1/clusters/${clusterId}/k8s`;
  });
  afterAll(() => t.close());

  it('failing: REST apply answers 400 problem+json with the decoder message and the field', async () => {
    const before = await revision();
    const res = await apply(service({ ports: '' })).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
    );
    expect(res.body.errors).toEqual([
      { field: 'spec.ports', message: 'Invalid value: "": must be of type []v1.ServicePort' },
    ]);
    expect(await revision()).toBe(before);
  });

  it('failing: every hostile value of the issue is a 4xx, never a 5xx', async () => {
    const deployment = (spec: unknown) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', namespace: 'default' },
      spec,
    });
    const template = {
      metadata: { labels: { app: 'd' } },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    };
    const bodies = [
      service('-a'),
      service({ ports: [{ port: 1.5 }] }),
      service({ ports: [{ port: 80 }], selector: null, clusterIP: 7 }),
      { ...service({ ports: [{ port: 80 }] }), metadata: { name: 'x', labels: { a: 1 } } },
      deployment({ replicas: '3', selector: { matchLabels: { app: 'd' } }, template }),
      deployment({ replicas: 1e308, selector: { matchLabels: { app: 'd' } }, template }),
      deployment({ replicas: -1, selector: { matchLabels: { app: 'd' } }, template }),
      deployment({
        selector: { matchLabels: { app: 'd' } },
        template: { spec: { containers: [null] } },
      }),
      deployment({
        selector: { matchLabels: { app: 'd' } },
        template: { ...template, spec: { containers: [{ name: 'c', image: {} }] } },
      }),
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'np', namespace: 'default' },
        spec: { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: 1 } }] }] },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'i', namespace: 'default' },
        spec: { rules: {} },
      },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 's', namespace: 'default' },
        addressType: 'IPv4',
        endpoints: [{ addresses: [0] }],
      },
    ];
    const refusals: string[] = [];
    for (const body of bodies) {
      const res = await apply(body);
      const fields = (res.body.errors ?? []).map((e: { field: string }) => e.field).join(',');
      refusals.push(`${res.status} ${fields}`);
    }
    expect(refusals).toEqual([
      '400 spec',
      '400 spec.ports[0].port',
      '400 spec.clusterIP',
      '400 metadata.labels[a]',
      '400 spec.replicas',
      '400 spec.replicas',
      '422 spec.replicas',
      '422 spec.template.metadata.labels,spec.template.spec.containers[0].name',
      '400 spec.template.spec.containers[0].image',
      '400 spec.ingress[0].from[0].ipBlock.cidr',
      '400 spec.rules',
      '400 endpoints[0].addresses[0]',
    ]);
  });

  it('failing: a wrong type comes before unknown fields under fieldValidation=Strict', async () => {
    const res = await apply(
      service({ ports: [{ port: '80' }], selectorr: {} }),
      '?fieldValidation=Strict',
    ).expect(400);
    expect(res.body.detail).toMatch(
      /cannot unmarshal string into Go struct field ServicePort\.spec\.ports\.port of type int32$/,
    );
  });

  it('failing: GraphQL applyManifests answers the same error', async () => {
    const res = await as(t.http, key).graphql(
      `mutation Apply($id: ID!, $m: String!) { applyManifests(clusterId: $id, manifests: $m) { revision } }`,
      { id: clusterId, m: JSON.stringify(service({ ports: [{ port: 80, targetPort: true }] })) },
    );
    expect(res.body.errors[0].message).toMatch(
      /cannot unmarshal bool into Go struct field ServicePort\.spec\.ports\.targetPort of type int32$/,
    );
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BadRequest',
    });
  });

  it('failing: the facade answers a 400 Status, as kubectl create shows it', async () => {
    for (const [body, pattern] of [
      [
        service({ ports: [0] }),
        /cannot unmarshal number into Go struct field ServiceSpec\.spec\.ports of type v1\.ServicePort$/,
      ],
      [
        { ...service({ ports: [{ port: 80 }] }), metadata: 'x' },
        /Service\.metadata of type v1\.ObjectMeta$/,
      ],
    ] as const) {
      const res = await facade('post', '/api/v1/namespaces/default/services')
        .send(body)
        .expect(400);
      expect(res.body).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400 });
      expect(res.body.message).toMatch(pattern);
    }
  });

  it('successful: a ReplicaSet and an Event can be created through the facade', async () => {
    const rs = await facade('post', '/apis/apps/v1/namespaces/default/replicasets')
      .send({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'solo' },
        spec: {
          selector: { matchLabels: { app: 'solo' } },
          template: {
            metadata: { labels: { app: 'solo' } },
            spec: { containers: [{ name: 'c', image: 'nginx' }] },
          },
        },
      })
      .expect(201);
    expect(rs.body.spec.replicas).toBe(1);
    await facade('post', '/api/v1/namespaces/default/events')
      .send({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'lab.1' },
        involvedObject: { kind: 'ReplicaSet', name: 'solo', namespace: 'default' },
        reason: 'Checked',
        message: 'checked by the lab',
      })
      .expect(201);
  });

  it('failing: Endpoints, which the sandbox derives, answer 405 over the facade and REST', async () => {
    const endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'manual', namespace: 'default' },
      subsets: [{ addresses: [{ ip: '10.0.0.5' }], ports: [{ port: 80 }] }],
    };
    const viaFacade = await facade('post', '/api/v1/namespaces/default/endpoints')
      .send(endpoints)
      .expect(405);
    expect(viaFacade.body).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
    expect(viaFacade.body.message).toContain(
      'apply an EndpointSlice labelled kubernetes.io/service-name',
    );
    const viaRest = await apply(endpoints).expect(405);
    expect(viaRest.body.detail).toContain('the sandbox derives Endpoints from EndpointSlices');
  });
});
