import { as, startTestApp, type TestApp } from '../../support/app';

const CREATE = `mutation Create($input: CreateClusterInput!) {
  createCluster(input: $input) { id name revision config { nodes serviceCIDR networkPlugin } }
}`;
const APPLY = `mutation Apply($id: ID!, $manifests: String!) {
  applyManifests(clusterId: $id, manifests: $manifests) { revision results { kind namespace name action } }
}`;
const OBJECTS = `query Objects($id: ID!, $kind: String, $selector: String) {
  cluster(id: $id) { id objects(kind: $kind, labelSelector: $selector) { kind namespace name labels object } }
}`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: { app: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

describe('foundation over GraphQL', () => {
  let t: TestApp;
  let gql: ReturnType<typeof as>['graphql'];

  beforeAll(async () => {
    t = await startTestApp();
    gql = as(t.http, (await t.newTenant('gql')).adminKey).graphql;
  });
  afterAll(() => t.close());

  it('successful: creates a cluster, applies manifests and reads objects back', async () => {
    const created = await gql(CREATE, {
      input: { name: 'gql-lab', nodes: 2, networkPlugin: 'cilium' },
    });
    expect(created.body.errors).toBeUndefined();
    const cluster = created.body.data.createCluster;
    expect(cluster.config).toEqual({
      nodes: 2,
      serviceCIDR: '10.96.0.0/12',
      networkPlugin: 'cilium',
    });

    const applied = await gql(APPLY, { id: cluster.id, manifests: SERVICE });
    expect(applied.body.errors).toBeUndefined();
    expect(applied.body.data.applyManifests.results).toEqual([
      { kind: 'Service', namespace: 'default', name: 'web', action: 'created' },
    ]);
    expect(applied.body.data.applyManifests.revision).toBeGreaterThan(cluster.revision);

    const read = await gql(OBJECTS, { id: cluster.id, kind: 'Service', selector: 'app=web' });
    expect(read.body.errors).toBeUndefined();
    const [svc] = read.body.data.cluster.objects;
    expect(svc).toMatchObject({
      kind: 'Service',
      namespace: 'default',
      name: 'web',
      labels: { app: 'web' },
    });
    expect(svc.object.spec.clusterIP).toMatch(/^10\./);

    const list = await gql('{ clusters { id name } }');
    expect(list.body.data.clusters).toContainEqual({ id: cluster.id, name: 'gql-lab' });
    const deleted = await gql('mutation($id: ID!) { deleteCluster(id: $id) }', { id: cluster.id });
    expect(deleted.body.data.deleteCluster).toBe(true);
  });

  it('failing: validation errors carry the same message and field errors as REST', async () => {
    const created = await gql(CREATE, { input: { name: 'gql-invalid' } });
    const id = created.body.data.createCluster.id;
    const bad = `${SERVICE}---\napiVersion: v1\nkind: Service\nmetadata: { name: broken }\nspec:\n  ports: [{ port: 70000 }]\n`;
    const gqlAnswer = await gql(APPLY, { id, manifests: bad });
    const [error] = gqlAnswer.body.errors;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'Invalid',
      status: 422,
    });
    expect(error.extensions.errors).toContainEqual(
      expect.objectContaining({ field: 'spec.ports[0].port' }),
    );
    const rest = await as(t.http, (await t.newTenant('rest-twin')).adminKey);
    const restCluster = await rest.post('/v1/clusters').send({ name: 'twin' }).expect(201);
    const restAnswer = await rest
      .post(`/v1/clusters/${restCluster.body.id}/apply`)
      .type('application/yaml')
      .send(bad)
      .expect(422);
    expect(error.message).toBe(restAnswer.body.detail);
    const objects = await gql(OBJECTS, { id, kind: 'Service', selector: 'app=web' });
    expect(objects.body.data.cluster.objects).toEqual([]);
  });

  it("failing: another tenant's cluster is NotFound and unauthenticated calls are refused", async () => {
    const created = await gql(CREATE, { input: { name: 'private' } });
    const id = created.body.data.createCluster.id;
    const other = as(t.http, (await t.newTenant('gql-other')).adminKey).graphql;
    const res = await other(OBJECTS, { id });
    expect(res.body.errors[0].extensions.code).toBe('NotFound');
    expect(res.body.data).toBeNull();
    const anonymous = await as(t.http, 'kns_nope').graphql('{ clusters { id } }');
    expect(anonymous.body.errors[0].extensions.code).toBe('Unauthorized');
  });

  it('failing: refuses an operation with more fields than the limit, before running anything', async () => {
    const wide = `{ ${Array.from({ length: 300 }, (_, i) => `c${i}: clusters { id name }`).join(' ')} }`;
    const res = await gql(wide);
    expect(res.body.errors[0].message).toBe(
      'query selects more than 500 fields; split it into several requests',
    );
    expect(res.body.data).toBeUndefined();
  });
});
