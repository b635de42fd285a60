import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium (`apt-get install -y chromium`; .ci/run installs it when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the screenshots go: CI keeps them as artefacts; UPDATE_SCREENSHOTS=1 refreshes docs/. */
export const SCREENSHOT_DIR =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(__dirname, '../../../docs/screenshots')
    : join(__dirname, '../../.tmp/console-screenshots');

export interface Session {
  browser: Browser;
  /** Console errors, uncaught page errors and failed requests, as the browser reported them. */
  problems: string[];
  /** Every URL the pages requested that is not on `origin`. */
  foreign: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with its own profile, every page watched for errors and foreign requests. */
export async function launch(origin: string): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'kns-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const problems: string[] = [];
  const foreign: string[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    problems,
    foreign,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn')
          problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
      page.on('requestfailed', (r) => {
        // Downloads and aborted polls are not failures of the page.
        if (!r.url().startsWith('blob:'))
          problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))
          foreign.push(url);
      });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
