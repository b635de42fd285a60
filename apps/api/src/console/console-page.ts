import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm run build` (scripts/build-console.cjs) writes the browser bundle. */
export const CONSOLE_BUILD_DIR = join('dist', 'console');

/** The files of the bundle the page may load, with their media types. */
export const CONSOLE_ASSETS: Record<string, string> = {
  'console.js': 'application/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/**
 * The checkout (or image) root: the nearest directory above this file with a package.json —
 * the repository from sources (tests), /app from the bundle in dist/apps/api.
 */
export function consoleAssetsDir(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, CONSOLE_BUILD_DIR);
}

/** A small favicon, so the browser's request for one finds an answer. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0072B2"/>' +
  '<circle cx="5" cy="5" r="2" fill="#fff"/><circle cx="11" cy="11" r="2" fill="#fff"/>' +
  '<path d="M5 5 L11 11" stroke="#fff" stroke-width="1.5"/></svg>';

/**
 * The one HTML page of the console (the landing page and every /console route): the bundle
 * does the rest. Only same-origin URLs, so the page works offline and under the strict CSP.
 */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kube Network Sandbox</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/console/assets/console.css" />
  </head>
  <body>
    <div id="root">
      <main class="page">
        <h1>Kube Network Sandbox</h1>
        <p>Virtual Kubernetes clusters that answer networking questions as a real cluster would.</p>
        <noscript>The console needs JavaScript. The REST API is documented at <a href="/docs">/docs</a>.</noscript>
      </main>
    </div>
    <script src="/console/assets/console.js"></script>
  </body>
</html>
`;
