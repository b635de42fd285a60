import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * The request-parsing 5xx classes the hostile corpus found (issue 11), each as a test: repeated
 * query parameters, numbers and ids Postgres would refuse, non-string reachability fields and
 * facade bodies. Every one is a 4xx naming the field.
 */
describe('failing: hostile request parsing', () => {
  let t: TestApp;
  let key: string;
  let learnerKey: string;
  let clusterId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const tenant = await t.newTenant('parsing');
    key = tenant.adminKey;
    learnerKey = await tenant.keyFor('learner');
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'parsing' })).body.id;
    const manifests = readFileSync(
      join(__dirname, '../../fixtures/manifests/frontend-backend.yaml'),
      'utf8',
    );
    await as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .set('Content-Type', 'application/yaml')
      .send(manifests)
      .expect(200);
  });
  afterAll(() => t.close());

  const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
    (body.errors ?? []).map((e) => e.field);

  it.each([
    ['dns', 'dns?name=a&name=b', 'name'],
    ['objects', 'objects?kind=svc&kind=po', 'kind'],
    ['ingress route', 'ingress/route?url=http%3A%2F%2Fa%2F&url=http%3A%2F%2Fb%2F', 'url'],
    ['matrix', 'reachability/matrix?port=80&port=81', 'port'],
    ['proxy', 'proxy?to=10.96.0.10%3A53&protocol=UDP&protocol=TCP', 'protocol'],
    ['events', 'events?namespace=default&namespace=kube-system', 'namespace'],
  ])('a repeated query parameter (%s) is a 400 naming it', async (_, path, field) => {
    const res = await as(t.http, key).get(`/v1/clusters/${clusterId}/${path}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      { field, message: expect.stringMatching(/^Invalid value: \[.*\]: must be given once$/) },
    ]);
  });

  it.each(['1e308', '1.5', '-1', 'x'])('events?after=%s is a 400 on after', async (after) => {
    const res = await as(t.http, key).get(`/v1/clusters/${clusterId}/events?after=${after}`);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['after']);
  });

  it.each(['0', '65536', '99999999999999999999', 'HTTP%20PORT', '-1'])(
    'reachability/matrix?port=%s is a 400 on port',
    async (port) => {
      const res = await as(t.http, key).get(
        `/v1/clusters/${clusterId}/reachability/matrix?port=${port}`,
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['port']);
    },
  );

  it('reachability/matrix takes ports 1 and 65535 and a port name', async () => {
    for (const port of ['1', '65535', 'http'])
      await as(t.http, key)
        .get(`/v1/clusters/${clusterId}/reachability/matrix?port=${port}`)
        .expect(200);
  });

  it('events?after=N still pages', async () => {
    const all = await as(t.http, key).get(`/v1/clusters/${clusterId}/events`).expect(200);
    const first = all.body.items[0].id as number;
    const rest = await as(t.http, key)
      .get(`/v1/clusters/${clusterId}/events?after=${first}`)
      .expect(200);
    expect(rest.body.items).toHaveLength(all.body.items.length - 1);
  });

  it('attempts?learner=x is a 400 and a NUL in the exercise filter a 422; the GraphQL query agrees', async () => {
    const learner = await as(t.http, key).get('/v1/attempts?learner=x');
    expect(learner.status).toBe(400);
    expect(fieldsOf(learner.body)).toEqual(['learner']);
    // Text Postgres cannot store is refused by the input guard before any route.
    const exercise = await as(t.http, key).get('/v1/attempts?exercise=a%00b');
    expect(exercise.status).toBe(422);
    expect(fieldsOf(exercise.body)).toEqual(['exercise']);
    const gql = await as(t.http, key).graphql('{ attempts(learner: "999.1.1.1") { id } }');
    expect(gql.body.errors[0].extensions.errors).toEqual([
      expect.objectContaining({ field: 'learner' }),
    ]);
    expect(gql.body.errors[0].extensions.status).toBe(400);
  });

  it('an exercise slug of 100 characters is not found; one with a NUL is refused before the database', async () => {
    const long = await as(t.http, learnerKey).post(`/v1/exercises/${'a'.repeat(100)}/attempts`);
    expect(long.status).toBe(404);
    const nul = await as(t.http, learnerKey).post('/v1/exercises/a%00b/attempts');
    expect(nul.status).toBe(400);
    expect(fieldsOf(nul.body)).toEqual(['path']);
  });

  it('an API key name with a NUL, a control character or a lone surrogate is a 422 on name', async () => {
    for (const name of ['\u0000', 'lab\u0007runner', 'lab\ud800']) {
      const res = await as(t.http, key).post('/v1/api-keys').send({ name, role: 'learner' });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 422,
        fields: ['name'],
      });
    }
    await as(t.http, key)
      .post('/v1/api-keys')
      .send({ name: 'lab-😀', role: 'learner' })
      .expect(201);
  });

  it('non-string reachability fields are 422s with their paths', async () => {
    const ask = (body: unknown) =>
      as(t.http, key)
        .post(`/v1/clusters/${clusterId}/reachability`)
        .send(body as object);
    const valid = { from: { pod: 'default/frontend' }, to: { service: 'default/backend' } };
    const cases: Array<[unknown, string]> = [
      [{ ...valid, protocol: 7 }, 'protocol'],
      [{ ...valid, port: { number: 80 } }, 'port'],
      [{ ...valid, port: 65536 }, 'port'],
      [{ from: { pod: ['default/frontend'] }, to: valid.to }, 'from.pod'],
      [{ from: valid.from, to: { host: 53 } }, 'to.host'],
      [{ from: valid.from, to: { node: 'node-1', nodePort: '30080' } }, 'to.nodePort'],
      [{ from: valid.from, to: { node: { name: 'node-1' }, nodePort: 30080 } }, 'to.node'],
      [{ ...valid, from: 'default/frontend' }, 'from'],
    ];
    for (const [body, field] of cases) {
      const res = await ask(body);
      expect({ field, status: res.status, fields: fieldsOf(res.body) }).toEqual({
        field,
        status: 422,
        fields: [field],
      });
    }
    await ask({ ...valid, port: 80, protocol: 'tcp' }).expect(200);
  });

  it('a facade create with a numeric apiVersion is a 400 Status with the decoder message', async () => {
    const res = await as(t.http, key)
      .post(`/v1/clusters/${clusterId}/k8s/api/v1/namespaces/default/services`)
      .send({ apiVersion: 1, kind: 'Service', metadata: { name: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      message:
        "couldn't get version/kind; json parse error: json: cannot unmarshal number into Go struct field .apiVersion of type string",
    });
  });
});
