/**
 * Real third-party pages (the bench pages: tests/fixtures/bench-pages, plus
 * ../shared/corpus/pages when that folder exists): with the extension, in both renderers,
 * the page's text is exactly what it is without the extension, the extension throws no
 * error, and it makes no network request of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumExecutable } from '../../scripts/browsers.mjs';
import { expect, test } from './fixtures';
import { setSettings, waitForScanDone } from './support/extension-state';
import { startStaticServer, type StaticServer } from './support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/bench-pages');
const CORPUS_DIR = path.join(ROOT, '../shared/corpus/pages');

function htmlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(dir, f))
    : [];
}
const fixturePages = htmlFiles(FIXTURE_DIR);
const fixtureNames = new Set(fixturePages.map((p) => path.basename(p)));
const PAGES = [...fixturePages, ...htmlFiles(CORPUS_DIR).filter((p) => !fixtureNames.has(path.basename(p)))];

/**
 * Real pages write random numbers and times into their text (cache-busters, ad ids), so
 * both browsers run them with a seeded Math.random and a clock that only moves once a
 * minute: any difference left is the extension's.
 */
const DETERMINISTIC_PAGE = `(() => {
  let seed = 1234567;
  Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const RealDate = Date;
  const start = 1_800_000_000_000;
  const now = () => start + Math.floor(performance.now() / 60_000) * 60_000;
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = FixedDate;
})();`;

/**
 * Only 127.0.0.1 (and the extension's package) is reachable; every request is recorded. Web app manifests are fetched by
 * the browser itself, at a time that depends on how long the page stays open.
 */
async function isolate(context: BrowserContext, requests: string[]): Promise<void> {
  await context.addInitScript({ content: DETERMINISTIC_PAGE });
  context.on('request', (r) => {
    if (r.resourceType() !== 'manifest') requests.push(r.url());
  });
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    // The extension's own package (the scripts its content script imports) is not the network.
    return hostname === '127.0.0.1' || protocol === 'chrome-extension:' ? route.continue() : route.abort();
  });
}

/** Opens the page as a first-time visitor: pages write different text once they set a cookie. */
async function open(page: Page, server: StaticServer, file: string): Promise<void> {
  await page.context().clearCookies();
  const url = server.route(`/page/${path.basename(file)}`, { file: path.relative(server.root, file) });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
}

test.describe.configure({ timeout: 240_000 });

for (const file of PAGES) {
  test(`${path.basename(file)}: same text, no errors, no requests (both renderers)`, async ({ context }) => {
    // The parent folder holds both the repo's fixtures and ../shared/corpus.
    const server = await startStaticServer({ root: path.resolve(ROOT, '..') });
    const plainBrowser = await chromium.launch({ executablePath: chromiumExecutable() });
    try {
      const plainRequests: string[] = [];
      const plainContext = await plainBrowser.newContext();
      await isolate(plainContext, plainRequests);
      const plain = await plainContext.newPage();
      await open(plain, server, file);
      const expectedText = await plain.evaluate(() => document.body.innerText);

      const requests: string[] = [];
      await isolate(context, requests);
      const extensionErrors: string[] = [];
      context.on('console', (m) => {
        const where = `${m.location().url} ${m.text()}`;
        if (m.type() === 'error' && where.includes('chrome-extension://')) extensionErrors.push(where);
      });

      for (const style of ['underline', 'wrap'] as const) {
        await setSettings(context, { highlightStyle: style });
        const page = await context.newPage();
        await open(page, server, file);
        await waitForScanDone(context, page, 120_000);
        expect(await page.evaluate(() => document.body.innerText), `${style}: body.innerText`).toBe(expectedText);
        await page.close();
      }

      expect(extensionErrors).toEqual([]);
      const own = (urls: string[]) => urls.filter((u) => !u.startsWith('chrome-extension://'));
      expect(new Set(own(requests))).toEqual(new Set(own(plainRequests)));
    } finally {
      await plainBrowser.close();
      await server.close();
    }
  });
}
