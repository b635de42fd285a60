// Writes the next migration's SQL from the change to prisma/schema.prisma, offline (docs/stack.md):
// Prisma's WASM schema engine diffs the schema as of the last migration (kept beside that
// migration as schema.prisma) against the current one. Needs a reachable Postgres for the
// adapter (DATABASE_URL, default the local server); it reads nothing from it.
//   node --experimental-wasm-modules scripts/new-migration.mjs <name>
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { SchemaEngine } from '@prisma/schema-engine-wasm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = join(root, 'prisma', 'migrations');
const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration:new -- <name>');
  process.exit(2);
}

const current = readFileSync(join(root, 'prisma', 'schema.prisma'), 'utf8');
const previous = readdirSync(migrationsDir)
  .filter((d) => existsSync(join(migrationsDir, d, 'schema.prisma')))
  .sort()
  .at(-1);
const from = previous
  ? {
      tag: 'schemaDatamodel',
      files: [
        {
          path: 'schema.prisma',
          content: readFileSync(join(migrationsDir, previous, 'schema.prisma'), 'utf8'),
        },
      ],
    }
  : { tag: 'empty' };

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
const engine = await SchemaEngine.new(
  { datamodels: [['schema.prisma', current]] },
  () => {},
  adapter,
);
const result = await engine.diff({
  from,
  to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: current }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = result.stdout ?? '';
if (!sql.trim() || /empty migration/i.test(sql)) {
  console.log('No schema change: nothing written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
writeFileSync(join(dir, 'schema.prisma'), current);
console.log(`Wrote ${dir}/migration.sql`);
process.exit(0);
