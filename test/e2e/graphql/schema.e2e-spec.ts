import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/app';

const API_DIR = join(__dirname, '../../../apps/api');

/** Compares a generated artefact with its committed copy; UPDATE_SCHEMA=1 rewrites the copy. */
function expectCommitted(file: string, generated: string): void {
  const path = join(API_DIR, file);
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, generated);
  expect(readFileSync(path, 'utf8')).toBe(generated);
}

describe('the committed API descriptions (npm run schema:update rewrites them)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('apps/api/schema.gql matches the GraphQL schema the code builds', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    expectCommitted('schema.gql', `${printSchema(lexicographicSortSchema(schema))}\n`);
  });

  it('apps/api/openapi.json matches the OpenAPI document served at /docs/openapi.json', async () => {
    const doc = await request(t.http).get('/docs/openapi.json').expect(200);
    expectCommitted('openapi.json', `${JSON.stringify(doc.body, null, 2)}\n`);
  });

  it('apps/api/exercise-spec.schema.json matches the exercise spec schema served at /v1/schemas/exercise', async () => {
    const tenant = await t.newTenant('schema');
    const doc = await request(t.http)
      .get('/v1/schemas/exercise')
      .set('Authorization', `Bearer ${tenant.adminKey}`)
      .expect(200);
    expect(doc.headers['content-type']).toContain('application/schema+json');
    expectCommitted('exercise-spec.schema.json', `${JSON.stringify(doc.body, null, 2)}\n`);
  });
});
