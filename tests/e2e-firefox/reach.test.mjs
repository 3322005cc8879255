// Firefox smoke tests for pages beyond plain article HTML: a touch screen (taps through
// WebDriver BiDi touch actions), an article inside nested open shadow roots, and a term in a
// small cross-origin frame whose card the top page draws (Firefox finds the frame by its id).
//
// Run: npm run build:firefox && npm exec -- node --test tests/e2e-firefox/reach.test.mjs
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from '../../scripts/browsers.mjs';
import { HIGHLIGHT_NAME, highlightsSettled } from '../e2e/support/page-functions.mjs';
import { startStaticServer } from '../e2e/support/static-server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION_DIR = path.resolve(
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {import('../e2e/support/static-server.d.mts').StaticServer | undefined} */
let server;
/** Another port, so another origin: for the cross-origin frame. */
/** @type {import('../e2e/support/static-server.d.mts').StaticServer | undefined} */
let other;

/**
 * Viewport centre of the first highlighted range reading `text` (in the document or in a
 * shadow root: the highlight holds both).
 * @param {import('puppeteer-core').Page} page
 * @param {string} text
 */
function termCenter(page, text) {
  return page.evaluate(
    ({ name, text }) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === text);
      const r = range?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    { name: HIGHLIGHT_NAME, text },
  );
}

/**
 * Whether the card is drawn anywhere in the viewport. Its shadow root is closed, so the page
 * sees its host wherever the card is; the host itself has no box of its own.
 */
function cardDrawn() {
  const host = document.querySelector('health-notes-ui');
  if (!host) return false;
  for (let x = 5; x < innerWidth; x += 20) {
    for (let y = 5; y < innerHeight; y += 20) if (document.elementFromPoint(x, y) === host) return true;
  }
  return false;
}

describe('Firefox: touch screens, shadow roots and small frames', { timeout: 240_000 }, () => {
  before(
    async () => {
      if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:firefox first.`);
      }
      server = await startStaticServer();
      other = await startStaticServer();
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxExecutable(), headless: true });
      await browser.installExtension(EXTENSION_DIR);
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  test('a tap on a term opens its card and a tap elsewhere closes it (smoke)', async () => {
    assert.ok(browser && server);
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
      await page.goto(server.url('/mobile-article.html'), { waitUntil: 'load' });
      await page.waitForFunction(
        highlightsSettled,
        { timeout: 30_000, polling: 100 },
        {
          name: HIGHLIGHT_NAME,
          min: 3,
          settle: 400,
        },
      );
      const at = await termCenter(page, 'hypomagnesemia');
      assert.ok(at, 'a highlighted "hypomagnesemia"');
      await page.touchscreen.tap(at.x, at.y);
      await page.waitForFunction(cardDrawn, { timeout: 30_000, polling: 100 });
      const heading = await page.evaluate(() => {
        const r = document.querySelector('h1').getBoundingClientRect();
        return { x: r.x + 10, y: r.y + r.height / 2 };
      });
      assert.equal(
        await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, heading),
        'H1',
        'the heading is free of the card',
      );
      await page.touchscreen.tap(heading.x, heading.y);
      await page.waitForFunction(`!(${cardDrawn.toString()})()`, { timeout: 10_000, polling: 100 });
    } finally {
      await page.close();
    }
  });

  test('terms inside nested open shadow roots are highlighted, styled there, and open a card (smoke)', async () => {
    assert.ok(browser && server);
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/shadow-article.html'), { waitUntil: 'load' });
      await page.waitForFunction(
        (name) => [...(CSS.highlights.get(name) ?? [])].map(String).includes('myoclonus'),
        { timeout: 30_000, polling: 100 },
        HIGHLIGHT_NAME,
      );
      const found = await page.evaluate((name) => {
        const story = document.querySelector('news-app').shadowRoot.querySelector('news-story').shadowRoot;
        return {
          terms: [...CSS.highlights.get(name)].map((r) => {
            const root = r.startContainer.getRootNode();
            return `${r.toString()}@${root.host?.localName ?? 'document'}`;
          }),
          sheets: story.adoptedStyleSheets.length,
        };
      }, HIGHLIGHT_NAME);
      assert.deepEqual(found.terms.sort(), [
        'hypokalemia@document',
        'hypomagnesemia@news-story',
        'myoclonus@late-card',
        'tetany@news-story',
      ]);
      assert.equal(found.sheets, 1, 'the highlight style is adopted inside the root');
      const at = await termCenter(page, 'tetany');
      assert.ok(at, 'a highlighted "tetany"');
      await page.mouse.move(at.x - 40, at.y + 30, { steps: 3 });
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction(cardDrawn, { timeout: 30_000, polling: 100 });
    } finally {
      await page.close();
    }
  });

  test('a term in a small cross-origin frame opens its card in the top page (smoke)', async () => {
    assert.ok(browser && server && other);
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/small-frames.html'), { waitUntil: 'load' });
      const src = other.url('/small-frame-inner.html');
      await page.evaluate((url) => {
        document.getElementById('first').src = url;
      }, src);
      let frame;
      for (let i = 0; i < 100 && !frame; i++) {
        frame = page.frames().find((f) => f.url() === src);
        if (!frame) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(frame, 'the frame loaded');
      await frame.waitForFunction(
        (name) => [...(CSS.highlights.get(name) ?? [])].map(String).includes('tetany'),
        { timeout: 30_000, polling: 100 },
        HIGHLIGHT_NAME,
      );
      const inner = await termCenter(frame, 'tetany');
      const origin = await page.evaluate(() => {
        const el = document.getElementById('first');
        const r = el.getBoundingClientRect();
        return { x: r.x + el.clientLeft, y: r.y + el.clientTop };
      });
      const at = { x: origin.x + inner.x, y: origin.y + inner.y };
      await page.mouse.move(at.x - 40, at.y + 30, { steps: 3 });
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction(cardDrawn, { timeout: 30_000, polling: 100 });
      assert.equal(await frame.evaluate(() => document.querySelectorAll('health-notes-ui').length), 0);
    } finally {
      await page.close();
    }
  });
});
