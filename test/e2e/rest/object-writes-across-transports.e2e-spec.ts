import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * One object-write use case behind REST, GraphQL and the kubectl facade: the same
 * fieldValidation reader (and the API server's 422 for a mode it does not know), managedFields
 * recorded for every transport's writes so server-side apply sees their owners, dry runs
 * that admit without persisting, and deletes that take DeleteOptions (grace period) on all three.
 */
describe('object writes across REST, GraphQL and the facade', () => {
  let t: TestApp;
  let key: string;
  let api: ReturnType<typeof as>;

  const WEB = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080 }]
`;
  const newCluster = async (name: string): Promise<string> =>
    (await api.post('/v1/clusters').send({ name }).expect(201)).body.id;
  const facade = (clusterId: string) => {
    const base = `/v1/clusters/${clusterId}/k8s`;
    const auth = { Authorization: `Bearer ${key}` };
    return {
      get: (path: string) => request(t.http).get(`${base}${path}`).set(auth),
      post: (path: string) => request(t.http).post(`${base}${path}`).set(auth),
      patch: (path: string) => request(t.http).patch(`${base}${path}`).set(auth),
      delete: (path: string) => request(t.http).delete(`${base}${path}`).set(auth),
    };
  };
  const stored = async (clusterId: string, kind: string, name: string) => {
    const res = await api
      .get(`/v1/clusters/${clusterId}/objects?kind=${kind}&namespace=default`)
      .expect(200);
    return (res.body.items as Array<{ metadata: { name: string } }>).find(
      (o) => o.metadata.name === name,
    ) as { metadata: { managedFields?: Array<Record<string, unknown>>; name: string } } | undefined;
  };

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('writes')).adminKey;
    api = as(t.http, key);
  });
  afterAll(() => t.close());

  it('successful: a REST apply records managedFields for its field manager, and re-applying is unchanged', async () => {
    const id = await newCluster('managed-rest');
    await api
      .post(`/v1/clusters/${id}/apply?fieldManager=lab-script`)
      .type('application/yaml')
      .send(WEB)
      .expect(200);
    const svc = await stored(id, 'Service', 'web');
    expect(svc?.metadata.managedFields).toEqual([
      expect.objectContaining({
        manager: 'lab-script',
        operation: 'Update',
        apiVersion: 'v1',
        fieldsType: 'FieldsV1',
        fieldsV1: expect.objectContaining({
          'f:spec': expect.objectContaining({ 'f:selector': expect.anything() }),
        }),
      }),
    ]);
    const again = await api
      .post(`/v1/clusters/${id}/apply?fieldManager=lab-script`)
      .type('application/yaml')
      .send(WEB)
      .expect(200);
    expect(again.body.results[0].action).toBe('unchanged');
  });

  it('failing: a server-side apply over kubectl conflicts with the fields a REST apply owns', async () => {
    const id = await newCluster('managed-conflict');
    await api
      .post(`/v1/clusters/${id}/apply?fieldManager=lab-script`)
      .type('application/yaml')
      .send(WEB)
      .expect(200);
    const conflict = await facade(id)
      .patch('/api/v1/namespaces/default/services/web?fieldManager=kubectl')
      .set('Content-Type', 'application/apply-patch+yaml')
      .send(WEB.replace('targetPort: 8080', 'targetPort: 9090'))
      .expect(409);
    expect(conflict.body).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect(conflict.body.message).toContain('conflict with "lab-script" using v1');
  });

  it('successful: GraphQL writes record managedFields under the caller’s User-Agent', async () => {
    const id = await newCluster('managed-gql');
    const res = await request(t.http)
      .post('/graphql')
      .set({ Authorization: `Bearer ${key}`, 'User-Agent': 'lab-notebook/1.0' })
      .send({
        query: `mutation($id: ID!) { applyService(clusterId: $id, input: {
          name: "web", selector: { app: "web" }, ports: [{ port: 80 }] }) { object } }`,
        variables: { id },
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.applyService.object.metadata.managedFields).toEqual([
      expect.objectContaining({ manager: 'lab-notebook', operation: 'Update' }),
    ]);
  });

  it('failing: an unknown fieldValidation is the API server’s 422 on every transport', async () => {
    const id = await newCluster('field-validation');
    const rest = await api
      .post(`/v1/clusters/${id}/apply?fieldValidation=strict`)
      .type('application/yaml')
      .send(WEB)
      .expect(422);
    expect(rest.body.errors).toEqual([
      {
        field: 'fieldValidation',
        message: 'Unsupported value: "strict": supported values: "", "Ignore", "Strict", "Warn"',
      },
    ]);
    const kube = await facade(id)
      .post('/api/v1/namespaces/default/services?fieldValidation=strict')
      .send({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'x' },
        spec: { ports: [{ port: 80 }] },
      })
      .expect(422);
    expect(kube.body).toMatchObject({
      kind: 'Status',
      reason: 'Invalid',
      code: 422,
      message:
        'CreateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "strict": supported values: "", "Ignore", "Strict", "Warn"',
    });
    const gql = await api.graphql(
      `mutation($id: ID!, $m: String!) { applyManifests(clusterId: $id, manifests: $m, fieldValidation: "strict") { revision } }`,
      { id, m: WEB },
    );
    expect(gql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(gql.body.errors[0].message).toContain('fieldValidation: Unsupported value: "strict"');
    expect(await stored(id, 'Service', 'web')).toBeUndefined();
    expect(await stored(id, 'Service', 'x')).toBeUndefined();
  });

  it('failing: an unknown dryRun value is refused rather than written for real', async () => {
    const id = await newCluster('dry-run-value');
    const kube = await facade(id)
      .post('/api/v1/namespaces/default/services?dryRun=Server')
      .send({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'x' },
        spec: { ports: [{ port: 80 }] },
      })
      .expect(422);
    expect(kube.body.message).toBe(
      'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Server"}: supported values: "All"',
    );
    expect(await stored(id, 'Service', 'x')).toBeUndefined();
  });

  it('successful: a REST dry-run apply and delete answer as the write would and persist nothing', async () => {
    const id = await newCluster('dry-run');
    const before = (await api.get(`/v1/clusters/${id}`).expect(200)).body.revision;
    const dry = await api
      .post(`/v1/clusters/${id}/apply?dryRun=All`)
      .type('application/yaml')
      .send(WEB)
      .expect(200);
    expect(dry.body.results).toEqual([
      { kind: 'Service', namespace: 'default', name: 'web', action: 'created' },
    ]);
    expect(await stored(id, 'Service', 'web')).toBeUndefined();
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(WEB).expect(200);
    const deleted = await api
      .delete(`/v1/clusters/${id}/objects/Service/default/web?dryRun=All`)
      .expect(200);
    expect(deleted.body.results[0].action).toBe('deleted');
    expect(await stored(id, 'Service', 'web')).toBeDefined();
    expect((await api.get(`/v1/clusters/${id}`).expect(200)).body.revision).toBe(before + 1);
  });

  it('failing: deleting an absent Deployment names it as the API server does, on REST and GraphQL', async () => {
    const id = await newCluster('absent');
    const rest = await api.delete(`/v1/clusters/${id}/objects/Deployment/default/nope`).expect(404);
    expect(rest.body.detail).toBe('deployments.apps "nope" not found');
    const gql = await api.graphql(
      `mutation($id: ID!) { deleteDeployment(clusterId: $id, name: "nope") }`,
      { id },
    );
    expect(gql.body.errors[0].message).toBe('deployments.apps "nope" not found');
  });

  it('successful: a Pod delete takes DeleteOptions and dryRun on the facade, GraphQL and REST', async () => {
    const id = await newCluster('delete-options');
    const POD = `apiVersion: v1
kind: Pod
metadata: { name: lone, labels: { app: lone } }
spec:
  terminationGracePeriodSeconds: 60
  containers: [{ name: app, image: nginx }]
`;
    await api.post(`/v1/clusters/${id}/apply`).type('application/yaml').send(POD).expect(200);
    type Pod = { metadata: { name: string; deletionTimestamp?: string } };
    const pod = async () => (await stored(id, 'Pod', 'lone')) as Pod | undefined;
    // The facade's dry run answers the Pod as the delete would leave it, and keeps it.
    const dry = await facade(id)
      .delete('/api/v1/namespaces/default/pods/lone?dryRun=All')
      .send({ kind: 'DeleteOptions', apiVersion: 'v1', gracePeriodSeconds: 30 })
      .expect(200);
    expect(dry.body.metadata.deletionTimestamp).toEqual(expect.any(String));
    expect((await pod())?.metadata.deletionTimestamp).toBeUndefined();
    const gql = await api.graphql(
      `mutation($id: ID!) { deleteObject(clusterId: $id, kind: "Pod", namespace: "default", name: "lone", gracePeriodSeconds: 0, dryRun: true) { results { action } } }`,
      { id },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.deleteObject.results[0].action).toBe('deleted');
    expect(await pod()).toBeDefined();
    // A bad grace period is the API server's 400, before anything is written.
    await api
      .delete(`/v1/clusters/${id}/objects/Pod/default/lone?gracePeriodSeconds=soon`)
      .expect(400);
    // For real, with a grace period: the Pod stays, Terminating.
    await api
      .delete(`/v1/clusters/${id}/objects/Pod/default/lone?gracePeriodSeconds=30`)
      .expect(200);
    expect((await pod())?.metadata.deletionTimestamp).toEqual(expect.any(String));
  });
});
