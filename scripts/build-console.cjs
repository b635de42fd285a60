// Bundles the web console (apps/console, React) into dist/console with esbuild: one script and
// one stylesheet, no CDN. `npm run build` runs it after `nest build api`; the e2e tests call
// `buildConsole()` before starting the app.
const { join } = require('node:path');

const root = join(__dirname, '..');

async function buildConsole(outdir = join(root, 'dist', 'console')) {
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: { console: join(root, 'apps', 'console', 'src', 'main.tsx') },
    outdir,
    bundle: true,
    minify: true,
    sourcemap: false,
    target: ['es2020'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outdir;
}

module.exports = { buildConsole };

if (require.main === module) {
  buildConsole().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
