import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * Parse limits at the boundary, per transport: runaway nesting and YAML alias cycles are a 400,
 * text PostgreSQL cannot store (NUL, lone surrogates) a 422 naming the field, in bodies, path
 * and query alike — never a 5xx — and the service keeps answering afterwards.
 */
describe('parse limits on every transport', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;
  let base: string;

  const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const annotated = (value: string) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'nul', annotations: { note: value } },
      spec: { ports: [{ port: 80 }] },
    });
  const restApply = (body: string, type: string) =>
    as(t.http, key).post(`/v1/clusters/${clusterId}/apply`).set('Content-Type', type).send(body);
  const facadePatch = (type: string, body: string) =>
    request(t.http)
      .patch(`${base}/api/v1/namespaces/default/services/web`)
      .set('Authorization', `Bearer ${key}`)
      .set('Content-Type', type)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('limits')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'limits' })).body.id;
    base = `/v1/clusters/${clusterId}/k8s`;
    await as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .send({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
      })
      .expect(200);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await as(t.http, key).get(`/v1/clusters/${clusterId}`).expect(200);
  });

  it('failing: REST apply of 5,000 levels of JSON or YAML, or a YAML alias cycle, is a 400', async () => {
    const json = await restApply(
      `{"apiVersion":"v1","kind":"Service","metadata":{"name":"x"},"spec":${deepJson(5000)}}`,
      'application/json',
    ).expect(400);
    expect(json.body.detail).toBe(
      'the request body nests objects and lists more than 100 levels deep; the limit keeps every request cheap to process',
    );
    const yaml = await restApply(
      `apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      'application/yaml',
    ).expect(400);
    expect(yaml.body.detail).toBe(
      'document 1: error converting YAML to JSON: yaml: line 4: nests mappings and sequences more than 100 levels deep',
    );
    const cycle = await restApply(
      'apiVersion: v1\nkind: Service\nmetadata: &m\n  name: x\n  labels: *m\n',
      'application/yaml',
    ).expect(400);
    expect(cycle.body.errors).toEqual([
      { field: 'metadata.labels', message: 'circular reference' },
    ]);
  });

  it('failing: NUL or a lone surrogate in a REST body is a 422 naming the field, JSON or YAML', async () => {
    const nul = await restApply(annotated('a\u0000b'), 'application/json').expect(422);
    expect(nul.body.errors).toEqual([
      {
        field: 'metadata.annotations.note',
        message: 'Invalid value: "a\\u0000b": must not contain the NUL character (U+0000)',
      },
    ]);
    // A lone surrogate only travels as a JSON escape: raw, it is not valid UTF-8.
    const lone = await restApply(
      annotated('x').replace('"x"', '"\\ud800"'),
      'application/json',
    ).expect(422);
    expect(lone.body.errors[0].message).toContain('unpaired UTF-16 surrogate (U+D800)');
    const yaml = await restApply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: y\n  annotations: {"k\\0": v}\n',
      'application/yaml',
    ).expect(422);
    expect(yaml.body.errors[0]).toEqual({
      field: 'metadata.annotations',
      message: 'Invalid value: "k\\u0000": a key must not contain the NUL character (U+0000)',
    });
  });

  it('failing: NUL in a path or query parameter is a 4xx, not a database error', async () => {
    const path = await as(t.http, key).get('/v1/exercises/%00').expect(400);
    expect(path.body.errors).toEqual([
      {
        field: 'path',
        message:
          'Invalid value: "/v1/exercises/\\u0000": must not contain the NUL character (U+0000)',
      },
    ]);
    const query = await as(t.http, key)
      .get(`/v1/clusters/${clusterId}/dns?name=a%00b&type=A`)
      .expect(422);
    expect(query.body.errors[0].field).toBe('name');
    const facade = await request(t.http)
      .get(`${base}/api/v1/namespaces/default/services/%00`)
      .set('Authorization', `Bearer ${key}`)
      .expect(400);
    expect(facade.body).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400 });
  });

  it('failing: facade patches with NUL (422 Status) or runaway depth (400 Status), every patch type', async () => {
    const types = [
      ['application/merge-patch+json', '{"metadata":{"annotations":{"note":"a\\u0000b"}}}'],
      [
        'application/strategic-merge-patch+json',
        '{"metadata":{"annotations":{"note":"a\\u0000b"}}}',
      ],
      [
        'application/json-patch+json',
        '[{"op":"add","path":"/metadata/annotations","value":{"note":"a\\u0000b"}}]',
      ],
    ];
    for (const [type, body] of types) {
      const res = await facadePatch(type, body).expect(422);
      expect(res.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });
      // A JSON patch's field is in the patch document itself.
      expect(res.body.details.causes[0].field).toMatch(
        /^metadata.annotations.note$|^\[0\].value.note$/,
      );
      const deep = await facadePatch(type, `{"spec":${deepJson(5000)}}`).expect(400);
      expect(deep.body.message).toContain('more than 100 levels deep');
    }
    const ssa = await facadePatch(
      'application/apply-patch+yaml',
      `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
    ).expect(400);
    expect(ssa.body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
  });

  it('failing: a JSON patch cannot build depth beyond the limit one request at a time', async () => {
    await as(t.http, key)
      .post(`/v1/clusters/${clusterId}/apply`)
      .send({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'deep' },
        spec: {
          replicas: 0,
          selector: { matchLabels: { app: 'deep' } },
          template: {
            metadata: { labels: { app: 'deep' } },
            spec: { containers: [{ name: 'c', image: 'nginx' }], affinity: {} },
          },
        },
      })
      .expect(200);
    const deploymentPatch = (ops: unknown) =>
      request(t.http)
        .patch(`${base}/apis/apps/v1/namespaces/default/deployments/deep`)
        .set('Authorization', `Bearer ${key}`)
        .set('Content-Type', 'application/json-patch+json')
        .send(JSON.stringify(ops));
    const affinity = '/spec/template/spec/affinity';
    // Affinity is typed upstream, so a deep value under an unknown key is dropped on decoding (as the
    // API server drops unknown fields); nothing deep is stored for a next patch to build on.
    const kept = await deploymentPatch([
      { op: 'add', path: `${affinity}/deep`, value: JSON.parse(deepJson(90)) },
    ]).expect(200);
    expect(kept.body.spec.template.spec.affinity).toEqual({});
    const onTop = await deploymentPatch([
      { op: 'add', path: `${affinity}/deep${'/a'.repeat(89)}`, value: JSON.parse(deepJson(90)) },
    ]).expect(422);
    expect(onTop.body.kind).toBe('Status');
  });

  it('failing: GraphQL variables with NUL, and literals nested 5,000 deep, are GraphQL errors', async () => {
    const apply = `mutation Apply($id: ID!, $manifests: String!) {
      applyManifests(clusterId: $id, manifests: $manifests) { revision }
    }`;
    const nul = await as(t.http, key).graphql(apply, {
      id: clusterId,
      manifests: 'apiVersion: v1\nkind: Service\nmetadata: {name: "g\\0"}\n',
    });
    expect(nul.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'Invalid',
      status: 422,
    });
    expect(nul.body.errors[0].extensions.errors[0].field).toBe('metadata.name');
    const variable = await as(t.http, key).graphql(apply, { id: `x\u0000`, manifests: 'a: b' });
    expect(variable.status).toBe(422);
    expect(variable.body.errors[0].extensions.errors[0].field).toBe('variables.id');
    const deep = await as(t.http, key).graphql(
      `mutation { createPod(clusterId: "x", input: {name: "p", labels: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}}) { name } }`,
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].message).toBe(
      'the GraphQL document nests brackets more than 100 levels deep',
    );
  });
});
