import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { as, startTestApp, type TestApp } from '../../support/app';
import { launch, SCREENSHOT_DIR, type Session } from './browser';

// The bundle `npm run build` makes; built here so `npm test` needs no build step first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildConsole } = require('../../../scripts/build-console.cjs') as {
  buildConsole(): Promise<string>;
};

const FRONTEND_BACKEND = readFileSync(
  join(__dirname, '../../fixtures/manifests/frontend-backend.yaml'),
  'utf8',
);

const DENY_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
  namespace: default
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

// Globals of the page, for the callbacks that run inside it (this file compiles without DOM types).
interface Attributes {
  getAttribute(name: string): string | null;
}
declare const document: { querySelectorAll(selector: string): Iterable<Attributes> };
declare const sessionStorage: { getItem(key: string): string | null };
declare const localStorage: { length: number };
declare const window: Record<string, unknown>;

type Cell = { from: string; to: string; allowed: boolean };

const cellsOf = (matrix: { pods: string[]; allowed: boolean[][] }): Cell[] =>
  matrix.pods.flatMap((from, r) =>
    matrix.pods.map((to, c) => ({ from, to, allowed: matrix.allowed[r][c] })),
  );

/** The heat map's cells as the page shows them. */
const pageCells = (page: Page): Promise<Cell[]> =>
  page.$$eval('[data-testid=matrix-cell]', (cells) =>
    cells.map((c) => ({
      from: c.getAttribute('data-from')!,
      to: c.getAttribute('data-to')!,
      allowed: c.getAttribute('data-allowed') === 'true',
    })),
  );

/** Waits until the page's cells equal `expected` (the page fetches after a short debounce). */
async function expectCells(page: Page, expected: Cell[]): Promise<void> {
  const want = JSON.stringify(expected);
  await page
    .waitForFunction(
      (w: string) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid=matrix-cell]')].map((c) => ({
            from: c.getAttribute('data-from'),
            to: c.getAttribute('data-to'),
            allowed: c.getAttribute('data-allowed') === 'true',
          })),
        ) === w,
      { timeout: 10_000 },
      want,
    )
    .catch(() => undefined);
  expect(await pageCells(page)).toEqual(expected);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

describe('the web console in headless Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Session;
  let adminKey: string;
  let api: ReturnType<typeof as>;
  let id: string;

  beforeAll(async () => {
    await buildConsole();
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
    const tenant = await t.newTenant('console');
    adminKey = tenant.adminKey;
    api = as(t.http, adminKey);
    id = (await api.post('/v1/clusters').send({ name: 'frontend-backend' }).expect(201)).body.id;
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(FRONTEND_BACKEND)
      .expect(200);
    await api.post('/v1/clusters').send({ name: 'empty' }).expect(201);
    browser = await launch(origin);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  let page: Page;

  it('the landing page says what the service is and signs in with a key kept out of the URL', async () => {
    page = await browser.newPage();
    const response = await page.goto(`${origin}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Kube Network Sandbox');
    for (const href of ['/graphql', '/docs'])
      expect(await page.$(`a[href="${href}"]`)).not.toBeNull();
    await shot(page, 'landing');
    await page.type('input[data-testid=api-key]', adminKey);
    await page.keyboard.press('Enter'); // the form works from the keyboard
    await page.waitForSelector('[data-testid=cluster-list] [data-testid=cluster-item]');
    const listed = await page.$$eval('[data-testid=cluster-item]', (items) =>
      items.map((i) => i.getAttribute('data-cluster-id')).sort(),
    );
    const rest = (await api.get('/v1/clusters').expect(200)).body.items
      .map((c: { id: string }) => c.id)
      .sort();
    expect(listed).toEqual(rest);
    expect(page.url()).not.toContain(adminKey);
    expect(await page.evaluate(() => sessionStorage.getItem('kns.apiKey'))).toBe(adminKey);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await shot(page, 'clusters');
  });

  it('the cluster view draws every Pod and Service of the seed, laid out inside their nodes', async () => {
    await page.click(`[data-testid=cluster-item][data-cluster-id="${id}"] a`);
    await page.waitForSelector('[data-testid=topology] [data-testid=topology-pod]');
    expect(page.url()).toBe(`${origin}/console/clusters/${id}`);
    const pods = (await api.get(`/v1/clusters/${id}/objects?kind=Pod`).expect(200)).body.items.map(
      (p: { metadata: { namespace: string; name: string } }) =>
        `${p.metadata.namespace}/${p.metadata.name}`,
    );
    const services = (
      await api.get(`/v1/clusters/${id}/objects?kind=Service`).expect(200)
    ).body.items.map(
      (s: { metadata: { namespace: string; name: string } }) =>
        `${s.metadata.namespace}/${s.metadata.name}`,
    );
    const drawn = (testId: string, attribute: string) =>
      page.$$eval(
        `[data-testid=topology] [data-testid=${testId}]`,
        (els, a) => els.map((e) => e.getAttribute(a as string)).sort(),
        attribute,
      );
    expect(await drawn('topology-pod', 'data-pod')).toEqual([...pods].sort());
    expect(await drawn('topology-service', 'data-service')).toEqual([...services].sort());
    expect(await page.$eval('[data-service="default/backend"]', (g) => g.textContent)).toContain(
      'ClusterIP 10.96.',
    );
  });

  it('the heat map shows the cells of GET reachability/matrix for its namespace and port', async () => {
    await page.waitForSelector('[data-testid=reachability-matrix] [data-testid=matrix-cell]');
    const matrix = (q: string) =>
      api
        .get(`/v1/clusters/${id}/reachability/matrix?${q}`)
        .expect(200)
        .then((r) => r.body);
    await expectCells(page, cellsOf(await matrix('port=80&protocol=TCP&namespace=default')));
    await page.select('[data-testid=matrix-namespace]', '');
    await expectCells(page, cellsOf(await matrix('port=80&protocol=TCP')));
    await page.select('[data-testid=matrix-namespace]', 'default');
    const port = await page.$('[data-testid=matrix-port]');
    await port!.click({ clickCount: 3 });
    await port!.type('8080');
    await expectCells(page, cellsOf(await matrix('port=8080&protocol=TCP&namespace=default')));
    await port!.click({ clickCount: 3 });
    await port!.type('80');
    await expectCells(page, cellsOf(await matrix('port=80&protocol=TCP&namespace=default')));
  });

  it('a denied cell opens the packet path with one hop per hop of the REST trace', async () => {
    const denied =
      '[data-testid=matrix-cell][data-from="default/intruder"][data-to="default/backend"]';
    expect(await page.$eval(denied, (c) => c.getAttribute('data-allowed'))).toBe('false');
    await page.focus(denied);
    await page.keyboard.press('Enter'); // cells are buttons: reachable by keyboard
    await page.waitForSelector('[data-testid=trace] [data-testid=trace-hop]');
    const rest = (
      await api
        .post(`/v1/clusters/${id}/reachability`)
        .send({
          from: { pod: 'default/intruder' },
          to: { pod: 'default/backend' },
          port: 80,
          protocol: 'TCP',
        })
        .expect(200)
    ).body;
    const hops = await page.$$eval('[data-testid=trace-hop]', (els) =>
      els.map((e) => ({ kind: e.getAttribute('data-kind'), text: e.textContent ?? '' })),
    );
    expect(hops.map((h) => h.kind)).toEqual(rest.hops.map((h: { kind: string }) => h.kind));
    rest.hops.forEach((hop: { summary: string }, i: number) =>
      expect(hops[i].text).toContain(hop.summary),
    );
    expect(await page.$eval('[data-testid=trace]', (e) => e.getAttribute('data-allowed'))).toBe(
      'false',
    );
    // The deciding rule is highlighted: the rule of allow-frontend that came closest.
    expect(await page.$eval('[data-testid=deciding-rule]', (e) => e.textContent)).toContain(
      'spec.ingress[0] of default/allow-frontend',
    );
    await shot(page, 'cluster-view');
  });

  it('the policy editor shows the cells a policy would change, applies it, and the view follows', async () => {
    const editor = '[data-testid=policy-text]';
    await page.$eval(editor, (e) => ((e as unknown as { value: string }).value = ''));
    await page.type(editor, DENY_ALL);
    await page.click('[data-testid=policy-dry-run]');
    await page.waitForSelector('[data-testid=dry-run-result]');
    const rest = (
      await api
        .post(
          `/v1/clusters/${id}/reachability/matrix/dry-run?port=80&protocol=TCP&namespace=default`,
        )
        .type('application/yaml')
        .send(DENY_ALL)
        .expect(200)
    ).body;
    const listed = await page.$$eval('[data-testid=dry-run-change]', (els) =>
      els.map((e) => ({
        from: e.getAttribute('data-from'),
        to: e.getAttribute('data-to'),
        before: e.getAttribute('data-before') === 'true',
        after: e.getAttribute('data-after') === 'true',
      })),
    );
    expect(listed).toEqual(rest.changes);
    expect(rest.changes.length).toBeGreaterThan(0);
    const marked = await page.$$eval('[data-testid=matrix-cell][data-changed=true]', (els) =>
      els.map((e) => `${e.getAttribute('data-from')}→${e.getAttribute('data-to')}`),
    );
    expect(marked.sort()).toEqual(
      rest.changes.map((c: { from: string; to: string }) => `${c.from}→${c.to}`).sort(),
    );
    await shot(page, 'policy-dry-run');
    expect((await api.get(`/v1/clusters/${id}`)).body.revision).toBe(rest.revision); // nothing written
    await page.click('[data-testid=policy-apply]');
    await page.waitForSelector('[data-testid=policy-applied]');
    const after = (
      await api.get(`/v1/clusters/${id}/reachability/matrix?port=80&protocol=TCP&namespace=default`)
    ).body;
    expect(after.allowed).toEqual(rest.after.allowed);
    await expectCells(page, cellsOf(after));
  });

  it('a change made elsewhere shows up without a reload', async () => {
    await page.evaluate(() => (window.marker = 42));
    await api
      .post(`/v1/clusters/${id}/apply`)
      .type('application/yaml')
      .send(
        'apiVersion: v1\nkind: Pod\nmetadata: { name: latecomer, labels: { app: backend } }\nspec: { containers: [{ name: c, image: nginx }] }\n',
      )
      .expect(200);
    await page.waitForSelector('[data-testid=topology-pod][data-pod="default/latecomer"]', {
      timeout: 10_000,
    });
    await page.waitForSelector('[data-testid=matrix-cell][data-to="default/latecomer"]', {
      timeout: 10_000,
    });
    // The backend Service now has a second endpoint arrow, and the page was never reloaded.
    expect(
      await page.$(
        '[data-testid=topology-edge][data-from="svc:default/backend"][data-to="pod:default/latecomer"]',
      ),
    ).not.toBeNull();
    expect(await page.evaluate(() => window.marker)).toBe(42);
  });

  it("a learner starts an exercise, sees the attempt's cluster, grades it; the instructor sees the score", async () => {
    const tenant = await t.newTenant('class');
    const learnerKey = await tenant.keyFor('learner');
    const instructorKey = await tenant.keyFor('instructor');
    const learner = await browser.newPage(); // a new tab: its own sessionStorage
    await learner.goto(`${origin}/`);
    await learner.type('[data-testid=api-key]', learnerKey);
    await learner.click('[data-testid=sign-in]');
    await learner.waitForSelector('[data-testid=cluster-list]');
    await learner.click('nav a[href="/console/exercises"]');
    await learner.waitForSelector('[data-testid=exercise-item]');
    const slug = 'services-stable-endpoints';
    await learner.click(`[data-testid=exercise-item][data-slug="${slug}"] a`);
    await learner.waitForSelector('[data-testid=exercise-start]');
    await shot(learner, 'exercise');
    await learner.click('[data-testid=exercise-start]');
    await learner.waitForSelector('[data-testid=attempt-grade]');
    await learner.waitForSelector('[data-testid=topology-pod]');
    const attemptId = learner.url().split('/').pop()!;
    await learner.click('[data-testid=attempt-grade]');
    await learner.waitForSelector('[data-testid=grade-check]');
    const rest = (await as(t.http, learnerKey).get(`/v1/attempts/${attemptId}`).expect(200)).body
      .lastGrading;
    const checks = await learner.$$eval('[data-testid=grade-check]', (els) =>
      els.map((e) => ({
        id: e.getAttribute('data-check'),
        passed: e.getAttribute('data-passed') === 'true',
      })),
    );
    expect(checks).toEqual(
      rest.result.checks.map((c: { id: string; passed: boolean }) => ({
        id: c.id,
        passed: c.passed,
      })),
    );
    expect(await learner.$eval('[data-testid=grade-score]', (e) => e.textContent)).toBe(
      `${rest.score} / ${rest.maxScore}`,
    );
    expect(await learner.$eval('[data-testid=grade-result]', (e) => e.textContent)).toContain(
      'Hint:',
    );
    await shot(learner, 'attempt');

    const instructor = await browser.newPage();
    await instructor.goto(`${origin}/`);
    await instructor.type('[data-testid=api-key]', instructorKey);
    await instructor.click('[data-testid=sign-in]');
    await instructor.waitForSelector('[data-testid=cluster-list]');
    await instructor.click('nav a[href="/console/exercises"]');
    await instructor.waitForSelector(`[data-testid=attempt-row][data-attempt-id="${attemptId}"]`);
    expect(
      await instructor.$eval(
        `[data-testid=attempt-row][data-attempt-id="${attemptId}"]`,
        (e) => e.textContent,
      ),
    ).toContain(`${rest.score} / ${rest.maxScore}`);
    await shot(instructor, 'instructor');
  });

  it('every page loaded only from the service, with no console error', () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
