// Runs `prisma generate` without Prisma's native schema engine: generate never uses it, but the
// CLI looks for one and would try to download it, which these machines cannot (see docs/stack.md).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const cli = path.join(__dirname, '..', 'node_modules', 'prisma', 'build', 'index.js');
execFileSync(
  process.execPath,
  [cli, 'generate', '--schema', path.join(__dirname, '..', 'prisma', 'schema.prisma')],
  {
    env,
    stdio: 'inherit',
  },
);
