// Firefox smoke test of the PDF reader (pdf.html): the built MV3 extension, installed as a
// temporary add-on, opens a PDF that Firefox itself prints from the basic article, chosen with
// the page's file input, and highlights its terms in the PDF.js text layer.
//
// Run: npm run build:firefox && node --test tests/e2e-firefox/pdf-reader.test.mjs
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from '../../scripts/browsers.mjs';
import { BASIC_ARTICLE_PATH, BASIC_ARTICLE_TERMS } from '../e2e/support/basic-article.mjs';
import { HIGHLIGHT_NAME, highlightRangeTexts, highlightsSettled } from '../e2e/support/page-functions.mjs';
import { startStaticServer } from '../e2e/support/static-server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION_DIR = path.resolve(
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);
const MANIFEST = path.join(EXTENSION_DIR, 'manifest.json');
/** Fixed through a pref, so the test knows the extension's moz-extension:// host. */
const EXTENSION_UUID = '7b0e4a52-31c9-4f0d-9e3a-5d8c2a6f4b17';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {import('../e2e/support/static-server.d.mts').StaticServer | undefined} */
let server;
const workDir = mkdtempSync(path.join(tmpdir(), 'health-notes-ff-pdf-'));

/**
 * Firefox's WebDriver BiDi reports no navigation events for a document in the extension's
 * process (see toolbar.test.mjs): start the navigation, then ask the document itself.
 * @param {import('puppeteer-core').Page} page
 * @param {string} file
 */
async function showExtensionPage(page, file) {
  const url = `${EXTENSION_ORIGIN}/${file}`;
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(url, { timeout: 1_000 }).catch(() => undefined);
    const end = Date.now() + 2_000;
    while (Date.now() < end) {
      const ready = await page
        .evaluate(() => document.readyState === 'complete' && !!document.querySelector('h1') && location.href)
        .catch(() => false);
      if (ready === url) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The extension's page ${url} did not load; is the add-on installed?`);
}

describe('Firefox: the PDF reader', { timeout: 240_000 }, () => {
  before(
    async () => {
      if (!existsSync(MANIFEST)) {
        throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:firefox first.`);
      }
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
      server = await startStaticServer();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxExecutable(),
        headless: true,
        // WebDriver BiDi opens moz-extension:// pages only with this.
        env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({
            [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID,
          }),
        },
      });
      await browser.installExtension(EXTENSION_DIR);
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('a PDF chosen with the file input is drawn and its terms are highlighted', async () => {
    assert.ok(browser && server);
    // The PDF: the basic article, printed by Firefox.
    const maker = await browser.newPage();
    await maker.goto(server.url(BASIC_ARTICLE_PATH), { waitUntil: 'load' });
    const pdfPath = path.join(workDir, 'printout.pdf');
    writeFileSync(pdfPath, await maker.pdf({ format: 'A4' }));
    await maker.close();

    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
    await showExtensionPage(page, 'pdf.html');
    const input = await page.waitForSelector('input[type="file"]');
    assert.ok(input);
    await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (input).uploadFile(pdfPath);

    await page.waitForFunction(
      highlightsSettled,
      { timeout: 60_000, polling: 200 },
      { name: HIGHLIGHT_NAME, min: BASIC_ARTICLE_TERMS.length, settle: 400 },
    );
    const texts = (await page.evaluate(highlightRangeTexts, HIGHLIGHT_NAME)).map((t) => t.replace(/\s+/g, ' '));
    for (const term of BASIC_ARTICLE_TERMS) assert.ok(texts.includes(term), `"${term}" in ${JSON.stringify(texts)}`);
    assert.ok(!texts.includes('tetanus'));
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector('.hn-pdf-page canvas');
      return canvas instanceof HTMLCanvasElement ? canvas.width : 0;
    });
    assert.ok(drawn > 0, 'the page image is drawn');
    const listed = await page.evaluate(
      () => document.querySelectorAll('[data-testid="reader-terms"] [data-term-id]').length,
    );
    assert.equal(listed, BASIC_ARTICLE_TERMS.length);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
