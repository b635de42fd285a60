import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * `__proto__`, `constructor` and `prototype` sent through every transport are ordinary keys, as
 * in Go: unknown fields are dropped (with a warning) or refused under Strict, label keys are
 * validated, a JSON patch into an absent `__proto__` member is "missing path". Nothing may touch
 * Object.prototype: the app runs in this process, so every test checks it stays clean and that
 * another tenant's next request still works (a polluted prototype broke every database request).
 */
describe('prototype keys through every transport', () => {
  let t: TestApp;
  let key: string;
  let otherKey: string;
  let clusterId: string;
  let base: string;

  const auth = () => ({ Authorization: `Bearer ${key}` });
  const patch = (name: string, type: string, body: string, query = '') =>
    request(t.http)
      .patch(`${base}/api/v1/namespaces/default/services/${name}${query}`)
      .set(auth())
      .set('Content-Type', type)
      .send(body);
  const getService = async (name: string) =>
    (await request(t.http).get(`${base}/api/v1/namespaces/default/services/${name}`).set(auth()))
      .body;
  const applyService = (name: string) =>
    as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .send({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name },
        spec: { selector: { app: name }, ports: [{ port: 80 }] },
      })
      .expect(200);

  const expectCleanPrototypeAndHealthyNeighbours = async () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const other = as(t.http, otherKey);
    const created = await other.post('/v1/clusters').send({ name: 'neighbour' }).expect(201);
    await other.get(`/v1/clusters/${created.body.id}`).expect(200);
    await other.delete(`/v1/clusters/${created.body.id}`).expect((r) => {
      expect(r.status).toBeLessThan(300);
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('proto')).adminKey;
    otherKey = (await t.newTenant('neighbour')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'proto' })).body.id;
    base = `/v1/clusters/${clusterId}/k8s`;
  });
  afterAll(() => t.close());
  afterEach(expectCleanPrototypeAndHealthyNeighbours);

  it('failing: a JSON patch into /__proto__/… or /metadata/__proto__/… is a missing path (422)', async () => {
    await applyService('jp');
    for (const path of ['/__proto__/polluted', '/metadata/__proto__/polluted']) {
      for (const value of ['x', { polluted: 'x' }]) {
        const res = await patch(
          'jp',
          'application/json-patch+json',
          JSON.stringify([{ op: 'add', path, value }]),
        ).expect(422);
        expect(res.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });
        expect(res.body.details.causes[0].message).toBe(
          `add operation does not apply: doc is missing path: "${path}": missing value`,
        );
      }
    }
  });

  it('successful: a JSON patch adding /metadata/__proto__ is an unknown field, warned and dropped', async () => {
    await applyService('jp2');
    const res = await patch(
      'jp2',
      'application/json-patch+json',
      '[{"op":"add","path":"/metadata/__proto__","value":{"polluted":"xx"}},' +
        '{"op":"add","path":"/metadata/labels","value":{"constructor":"c"}}]',
    ).expect(200);
    expect(res.headers.warning).toBe('299 - "unknown field \\"metadata.__proto__\\""');
    const stored = await getService('jp2');
    expect(Object.hasOwn(stored.metadata, '__proto__')).toBe(false);
    expect(stored.metadata.labels).toEqual({ constructor: 'c' });
  });

  it('successful: strategic-merge and merge patches with __proto__ at the top and in metadata', async () => {
    await applyService('smp');
    for (const type of ['application/strategic-merge-patch+json', 'application/merge-patch+json']) {
      const top = await patch('smp', type, '{"__proto__":{"polluted":"x"}}').expect(200);
      expect(top.headers.warning).toBe('299 - "unknown field \\"__proto__\\""');
      const meta = await patch(
        'smp',
        type,
        '{"metadata":{"__proto__":{"polluted":"xx"},"constructor":{"prototype":{"polluted":1}}}}',
      ).expect(200);
      expect(meta.headers.warning).toContain('unknown field \\"metadata.__proto__\\"');
      expect(meta.headers.warning).toContain('unknown field \\"metadata.constructor\\"');
    }
    const stored = await getService('smp');
    expect(Object.keys(stored)).not.toContain('__proto__');
    expect(Object.keys(stored.metadata)).not.toContain('__proto__');
  });

  it('failing: under fieldValidation=Strict the same patch is the strict decoder 400', async () => {
    await applyService('strict');
    const res = await patch(
      'strict',
      'application/strategic-merge-patch+json',
      '{"metadata":{"__proto__":{"polluted":"xx"}}}',
      '?fieldValidation=Strict',
    ).expect(400);
    expect(res.body.message).toBe(
      'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "metadata.__proto__"',
    );
  });

  it('failing: a label key __proto__ is judged by label-key validation (422)', async () => {
    await applyService('labels');
    const res = await patch(
      'labels',
      'application/merge-patch+json',
      '{"metadata":{"labels":{"__proto__":"x"}}}',
    ).expect(422);
    expect(res.body.reason).toBe('Invalid');
    expect(JSON.stringify(res.body.details.causes)).toContain('metadata.labels');
  });

  it('successful: server-side apply of an absent and a present object with __proto__ in metadata', async () => {
    for (const name of ['ssa', 'ssa']) {
      const res = await patch(
        name,
        'application/apply-patch+yaml',
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name, labels: { prototype: 'p' } },
          spec: { selector: { app: name }, ports: [{ port: 80 }] },
        }).replace('"metadata":{', '"metadata":{"__proto__":{"polluted":"xx"},'),
        '?fieldManager=kubectl',
      );
      expect([200, 201]).toContain(res.status);
      expect(res.headers.warning).toBe('299 - "unknown field \\"metadata.__proto__\\""');
    }
    expect((await getService('ssa')).metadata.labels).toEqual({ prototype: 'p' });
  });

  it('successful: a REST apply (JSON) warns about the fields and stores the labels', async () => {
    const body =
      '{"apiVersion":"v1","kind":"Service","__proto__":{"polluted":"x"},' +
      '"metadata":{"name":"rest","__proto__":{"polluted":"xx"},"labels":{"constructor":"c"}},' +
      '"spec":{"selector":{"constructor":"c"},"ports":[{"port":80}]}}';
    const res = await as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(200);
    expect(res.body.warnings).toEqual([
      'Service default/rest: unknown field "metadata.__proto__"',
      'Service default/rest: unknown field "__proto__"',
    ]);
    const stored = await getService('rest');
    expect(stored.metadata.labels).toEqual({ constructor: 'c' });
    expect(stored.spec.selector).toEqual({ constructor: 'c' });
  });

  it('successful: a GraphQL apply (YAML) warns about the fields', async () => {
    const manifests =
      'apiVersion: v1\nkind: Service\n__proto__: {polluted: x}\nmetadata:\n  name: gql\n' +
      '  constructor: {prototype: {polluted: y}}\nspec:\n  ports: [{port: 80}]\n';
    const res = await as(t.http, key)
      .graphql(
        `mutation Apply($id: ID!, $manifests: String!) {
          applyManifests(clusterId: $id, manifests: $manifests) { warnings results { name action } }
        }`,
        { id: clusterId, manifests },
      )
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.applyManifests.warnings).toEqual([
      'Service default/gql: unknown field "metadata.constructor"',
      'Service default/gql: unknown field "__proto__"',
    ]);
  });
});
