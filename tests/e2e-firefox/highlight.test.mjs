// Firefox end-to-end test (node:test + puppeteer-core over WebDriver BiDi): the built MV3
// extension (.output/firefox-mv3) is installed as a temporary add-on into Firefox ESR and the
// content script must mark the glossary terms of a served page.
//
// Run: npm run build:firefox && npm exec -- node --test tests/e2e-firefox/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from '../../scripts/browsers.mjs';
import {
  BASIC_ARTICLE_LOOK_ALIKE,
  BASIC_ARTICLE_PATH,
  BASIC_ARTICLE_TERMS,
  STRICT_CSP,
} from '../e2e/support/basic-article.mjs';
import {
  HIGHLIGHT_NAME,
  highlightedPartsOfWord,
  highlightRangeTexts,
  highlightsSettled,
} from '../e2e/support/page-functions.mjs';
import { startStaticServer } from '../e2e/support/static-server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The unpacked Firefox build; E2E_FIREFOX_EXTENSION_DIR points the test at another build. */
const EXTENSION_DIR = path.resolve(
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);
const MANIFEST = path.join(EXTENSION_DIR, 'manifest.json');

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {import('../e2e/support/static-server.d.mts').StaticServer | undefined} */
let server;
/** @type {string | undefined} */
let installedId;

/**
 * Opens a new tab that records console errors and uncaught exceptions.
 * @returns {Promise<{ page: import('puppeteer-core').Page, problems: string[] }>}
 */
async function openPage() {
  assert.ok(browser, 'browser launched');
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : error}`));
  return { page, problems };
}

/**
 * Waits until the highlight holds at least `min` ranges and has stopped growing; returns their texts.
 * @param {import('puppeteer-core').Page} page
 * @param {number} min
 */
async function waitForHighlights(page, min, timeout = 30_000) {
  try {
    await page.waitForFunction(
      highlightsSettled,
      { timeout, polling: 100 },
      { name: HIGHLIGHT_NAME, min, settle: 400 },
    );
  } catch (error) {
    const found = await page.evaluate(highlightRangeTexts, HIGHLIGHT_NAME).catch(() => null);
    throw new Error(
      `Expected at least ${min} range(s) in CSS.highlights.get('${HIGHLIGHT_NAME}') within ${timeout} ms, ` +
        `found ${found ? `${found.length}: ${JSON.stringify(found)}` : 'none (page gone)'}. ` +
        `Is the content script running (built with \`npm run build:firefox\`)? ${String(error)}`,
      { cause: error },
    );
  }
  return page.evaluate(highlightRangeTexts, HIGHLIGHT_NAME);
}

describe('Firefox: the content script marks glossary terms', { timeout: 240_000 }, () => {
  before(
    async () => {
      if (!existsSync(MANIFEST)) {
        throw new Error(
          `No built extension at ${EXTENSION_DIR} (manifest.json is missing): run npm run build:firefox first (npx wxt build -b firefox).`,
        );
      }
      server = await startStaticServer();
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxExecutable(), headless: true });
      // WebDriver BiDi webExtension.install with a folder path: a temporary add-on, like
      // about:debugging's "Load Temporary Add-on". Unsigned add-ons need no extra prefs, and Firefox
      // (127+) grants an MV3 add-on the sites of its content script at install, temporary or not.
      installedId = await browser.installExtension(EXTENSION_DIR);
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('installs as a temporary add-on under its gecko id', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.equal(installedId, manifest.browser_specific_settings?.gecko?.id);
  });

  test('marks exactly the terms of the article, not the look-alike "tetanus"', async () => {
    assert.ok(server);
    const { page, problems } = await openPage();
    try {
      await page.goto(server.url(BASIC_ARTICLE_PATH), { waitUntil: 'load' });
      const texts = await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
      assert.deepEqual([...texts].sort(), [...BASIC_ARTICLE_TERMS].sort());
      const onLookAlike = await page.evaluate(highlightedPartsOfWord, {
        name: HIGHLIGHT_NAME,
        word: BASIC_ARTICLE_LOOK_ALIKE,
      });
      assert.deepEqual(onLookAlike, [], `marks overlapping "${BASIC_ARTICLE_LOOK_ALIKE}"`);
      // Highlight mode leaves the page DOM alone: no wrapper elements.
      assert.equal(await page.evaluate(() => document.querySelectorAll('article health-note').length), 0);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('marks the same terms on a page under a strict CSP', async () => {
    assert.ok(server);
    const url = server.route(`/csp${BASIC_ARTICLE_PATH}`, {
      file: BASIC_ARTICLE_PATH.slice(1),
      headers: { 'Content-Security-Policy': STRICT_CSP },
    });
    const { page } = await openPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      // The CSP is in force: the page's own stylesheet was refused.
      const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith('article.css')));
      assert.equal(styled, false, 'article.css must be blocked by the CSP');
      const texts = await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
      assert.deepEqual([...texts].sort(), [...BASIC_ARTICLE_TERMS].sort());
    } finally {
      await page.close();
    }
  });

  test('hovering a term opens its card (smoke)', async () => {
    assert.ok(server);
    const { page, problems } = await openPage();
    try {
      await page.goto(server.url(BASIC_ARTICLE_PATH), { waitUntil: 'load' });
      await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
      const box = await page.evaluate((name) => {
        const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === 'tetany');
        const r = range?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, HIGHLIGHT_NAME);
      assert.ok(box, 'a highlighted "tetany"');
      await page.mouse.move(box.x - 40, box.y + 30, { steps: 3 });
      await page.mouse.move(box.x, box.y);
      // The card's shadow root is closed to the page, as on every real page: the page sees the
      // card's host drawn below the term (hit-testing a shadow tree answers with its host), and
      // host.shadowRoot is null.
      const seen = await page.waitForFunction(
        ({ x, y }) => {
          const host = document.querySelector('health-notes-ui');
          const drawn = document.elementFromPoint(x + 20, y + 40) === host;
          return host && drawn ? { shadowRoot: host.shadowRoot === null ? null : 'readable' } : null;
        },
        { timeout: 30_000, polling: 100 },
        box,
      );
      assert.deepEqual(await seen.jsonValue(), { shadowRoot: null });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
