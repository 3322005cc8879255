// Firefox smoke test of the entry page's issue-18 parts: the respelling, "What you can do", and
// "Check a number from your report" (below, then within). The built MV3 extension
// (.output/firefox-mv3) is installed as a temporary add-on under a fixed moz-extension:// host.
//
// Run: npm run build:firefox && npm run test:firefox
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from '../../scripts/browsers.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION_DIR = path.resolve(
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);
const MANIFEST = path.join(EXTENSION_DIR, 'manifest.json');
const EXTENSION_UUID = '6b0e51d2-4f3a-4b8e-9c27-5d1a7e3f8b90';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;

/**
 * Firefox's WebDriver BiDi reports no navigation events for an extension document, so `goto`
 * never sees it finish: start it, then ask the document itself (as in toolbar.test.mjs).
 * @param {import('puppeteer-core').Page} page
 * @param {string} file
 */
async function showExtensionPage(page, file) {
  const url = `${EXTENSION_ORIGIN}/${file}`;
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(url, { timeout: 1_000 }).catch(() => undefined);
    const end = Date.now() + 2_000;
    while (Date.now() < end) {
      const at = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
      if (at === url) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The extension's page ${url} did not load; is the add-on installed?`);
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
const textOf = (page, selector) =>
  page.waitForSelector(selector, { timeout: 20_000 }).then((el) => el?.evaluate((e) => e.textContent ?? ''));

describe('Firefox: respelling, actions and the number check on the entry page', { timeout: 240_000 }, () => {
  before(
    async () => {
      if (!existsSync(MANIFEST)) {
        throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:firefox first.`);
      }
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxExecutable(),
        headless: true,
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
  });

  test('shows the respelling and What you can do; a low value is below, a typical one within', async () => {
    assert.ok(browser);
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
    try {
      await showExtensionPage(page, 'entry.html#hypomagnesemia');
      assert.match(await textOf(page, '[data-testid="respelling"]'), /hy-poh-mag-nuh-SEE-mee-uh/u);
      assert.equal(await textOf(page, '#entry-hypomagnesemia-actions'), 'What you can do');

      const input = '#entry-hypomagnesemia-check-input';
      await page.waitForSelector(input);
      await page.type(input, '1,6');
      assert.match(await textOf(page, '.hn-verdict'), /^1\.6 mg\/dL is below the typical range shown here/u);
      await page.click(input, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type(input, '2.0');
      await page.waitForFunction(
        () => document.querySelector('.hn-verdict')?.getAttribute('data-verdict') === 'within',
        {
          timeout: 10_000,
        },
      );
      assert.match(await textOf(page, '[data-testid="lab-marker"]'), /Yours: 2 mg\/dL/u);

      // Listen follows the voices Firefox really has: a button only with an installed English voice.
      const { local, buttons } = await page.evaluate(() => ({
        local: speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith('en'))
          .length,
        buttons: document.querySelectorAll('.hn-listen').length,
      }));
      assert.equal(buttons, local > 0 ? 1 : 0);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
