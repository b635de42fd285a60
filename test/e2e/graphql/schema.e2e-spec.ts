import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../support/app';

const SCHEMA_FILE = join(__dirname, '../../../apps/api/schema.gql');

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the code builds (npm run schema:update rewrites it)', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
