import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/app';

/** Every script and stylesheet a page references, as written in its HTML. */
function referencedAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\bhref=["']([^"']+)["']/gi)].map((m) => m[1]);
  return [...scripts, ...styles];
}

/** Directive name → sources of a Content-Security-Policy header. */
function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * Security headers on the pages the app serves: a CSP under which the offline playground and
 * Swagger UI still run (same-origin scripts only, no inline script), no CORS by default.
 */
describe('security headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('successful: the playground page loads only same-origin assets, all allowed by its CSP', async () => {
    const page = await request(t.http).get('/graphql').set('Accept', 'text/html').expect(200);
    const csp = parseCsp(page.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // No inline script: every <script> has a src (script-src 'self' would block inline code).
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    const assets = referencedAssets(page.text);
    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/[^/]/); // same origin: a path, never a scheme or //host
      const res = await request(t.http).get(asset).expect(200);
      expect(res.headers['content-type']).toMatch(/javascript|css/);
    }
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('successful: Swagger UI at /docs references only same-origin scripts under the same CSP', async () => {
    const page = await request(t.http).get('/docs').redirects(1).expect(200);
    expect(parseCsp(page.headers['content-security-policy']).get('script-src')).toEqual(["'self'"]);
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    const assets = referencedAssets(page.text).filter((a) => !a.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      // Resolved as the browser does against the page's URL.
      const path = new URL(asset, 'http://sandbox.test/docs').pathname;
      await request(t.http).get(path).expect(200);
    }
  });

  it('failing: CORS is off unless CORS_ORIGINS is set', async () => {
    const res = await request(t.http)
      .options('/v1/clusters')
      .set('Origin', 'https://lab.example.com')
      .set('Access-Control-Request-Method', 'GET');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('successful: every answer names its request id, and a caller’s own plain id is kept', async () => {
    const generated = await request(t.http).get('/healthz');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.http).get('/healthz').set('X-Request-Id', 'lab-42.step-3');
    expect(kept.headers['x-request-id']).toBe('lab-42.step-3');
    const replaced = await request(t.http).get('/healthz').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });
});
