// npm start: runs `nest build api` only when a source or build setting is newer than the bundle,
// so a restart with nothing changed starts in a second instead of rebuilding (25-40 s on 2 cores).
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'apps', 'api', 'main.js');
const consoleBundle = join(root, 'dist', 'console', 'console.js');
const SETTINGS = [
  'package.json',
  'package-lock.json',
  'nest-cli.json',
  'tsconfig.json',
  'apps/api/tsconfig.app.json',
  'prisma/schema.prisma',
];

/** Newest modification time under dir, ignoring tests (they are not in the bundle). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (!/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name))
      latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function sourcesNewest() {
  const dirs = ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(root, top)).map((name) => join(root, top, name, 'src')),
  );
  const files = SETTINGS.map((file) => join(root, file)).filter(existsSync);
  return Math.max(
    ...dirs.filter(existsSync).map(newest),
    ...files.map((file) => statSync(file).mtimeMs),
  );
}

const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= sourcesNewest();
if (fresh(bundle) && fresh(consoleBundle)) {
  console.log('dist/ is up to date: skipping the build (delete dist/ to force one).');
} else {
  // `npm run build`: the server bundle, then the web console's (scripts/build-console.cjs).
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
