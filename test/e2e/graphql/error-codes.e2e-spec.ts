import { as, startTestApp, type TestApp } from '../../support/app';

/**
 * GraphQL errors carry what REST's problem+json carries (code, status, field list), field
 * resolvers under `cluster { … }` included, and cost limits refuse wide documents cheaply.
 */
describe('GraphQL error codes and cost limits', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('gql-errors')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'errors' })).body.id;
  });
  afterAll(() => t.close());

  it('failing: a bad argument of a field under cluster { … } is BAD_USER_INPUT with the field, as REST says it', async () => {
    const res = await as(t.http, key).graphql(
      'query($id: ID!) { cluster(id: $id) { id dns(name: "web", from: "a/b/c") { rcode } } }',
      { id: clusterId },
    );
    expect(res.status).toBe(200);
    const [error] = res.body.errors;
    expect(error.path).toEqual(['cluster', 'dns']);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BadRequest',
      status: 400,
    });
    expect(error.extensions.errors).toEqual([
      { field: 'from', message: 'Invalid value: "a/b/c": must be "namespace/name"' },
    ]);
    const rest = await as(t.http, key)
      .get(`/v1/clusters/${clusterId}/dns?name=web&from=a/b/c`)
      .expect(400);
    expect(error.message).toBe(rest.body.detail);
    expect(error.extensions.errors).toEqual(rest.body.errors);
  });

  it('failing: a variable of the wrong type is BAD_USER_INPUT naming the variable', async () => {
    const res = await as(t.http, key).graphql('query($id: ID!) { cluster(id: $id) { id } }', {
      id: { nested: true },
    });
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.errors).toEqual([{ field: 'id', message: error.message }]);
  });

  it('failing: a subscription and a persisted-query hash that does not match are client errors, not faults', async () => {
    const subscription = await as(t.http, key).graphql('subscription { clusters { id } }');
    expect(subscription.body.errors[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      status: 400,
    });
    expect(subscription.body.errors[0].message).toMatch(/subscription/);
    const persisted = await as(t.http, key)
      .post('/graphql')
      .send({
        query: '{ clusters { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
      });
    expect(persisted.status).toBe(400);
    expect(persisted.body.errors[0].message).toBe('provided sha does not match query');
    expect(persisted.body.errors[0].extensions.code).not.toBe('InternalError');
  });

  it('failing: __typename aliases count against the field limit', async () => {
    const aliases = Array.from({ length: 501 }, (_, i) => `t${i}: __typename`).join(' ');
    const res = await as(t.http, key).graphql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe(
      'query selects more than 500 fields; split it into several requests',
    );
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    expect(res.body.data).toBeUndefined();
  });

  it('failing: 40,000 aliases are refused by the parser with a short answer, not 3.7 MB', async () => {
    const aliases = Array.from({ length: 40_000 }, (_, i) => `t${i}: __typename`).join(' ');
    const started = process.hrtime.bigint();
    const res = await as(t.http, key).graphql(`{ ${aliases} }`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(
      /^Syntax Error: Document contains more tha.? 20000 tokens/,
    );
    expect(res.text.length).toBeLessThan(2000);
    // Generous bound on a shared machine: the point is "no multi-second validation".
    expect(ms).toBeLessThan(3000);
  });

  it('successful: the playground’s introspection query passes the limits', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await as(t.http, key).graphql(getIntrospectionQuery());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});
