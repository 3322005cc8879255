// npm run demo: builds the extension, runs it in headless Chromium on a bundled demo
// article, and writes screenshots of what a user sees to demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXT = path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, 'demo-output');
const ARTICLE = readFileSync(path.join(ROOT, 'scripts/demo/demo-article.html'));

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function serve() {
  const server = http.createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/article.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(ARTICLE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/article.html` };
}

async function rangeCenter(page, text) {
  return page.evaluate((text) => {
    const range = [...(CSS.highlights.get('health-notes-term') ?? [])].find((r) => r.toString() === text);
    if (!range) throw new Error(`"${text}" is not highlighted`);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, text);
}

async function hover(page, text) {
  const { x, y } = await rangeCenter(page, text);
  await page.mouse.move(x - 40, y + 30, { steps: 3 });
  await page.mouse.move(x, y);
  await page.locator('health-notes-ui [role="dialog"][data-state="ready"]').waitFor({ state: 'visible' });
  await page.waitForTimeout(200); // let the fade-in finish
}

async function setSettings(worker, patch) {
  await worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}

async function main() {
  console.log('Building the extension…');
  run('npx', ['wxt', 'build']);
  mkdirSync(OUT, { recursive: true });
  const { server, url } = await serve();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const written = [];
  const shot = async (page, name, options = {}) => {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file, ...options });
    written.push(file);
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    // The card's shadow root is closed on real pages; this test hook (extension storage, which
    // pages cannot write; components/card/test-hooks.ts) opens it so the demo can wait for the card.
    await worker.evaluate(() => chrome.storage.local.set({ testHooks: { openShadowRoot: true } }));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('health-notes-term')?.size ?? 0) >= 15);
    await shot(page, '1-highlighted-page.png');

    await hover(page, 'low blood magnesium'); // drawn once per section: the alias comes first
    await shot(page, '2-hover-card-light.png');
    await page.keyboard.press('Escape');

    await setSettings(worker, { theme: 'dark' });
    await page.mouse.move(5, 5);
    await hover(page, 'tetany');
    await shot(page, '3-hover-card-dark.png');
    await page.keyboard.press('Escape');
    await setSettings(worker, { theme: 'auto' });

    // The popup, for the article's tab: the same page a click on the toolbar button opens.
    const tabId = await worker.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        const status = await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => null);
        if (status?.url === url) return tab.id;
      }
      return null;
    }, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    await popup.getByRole('combobox').waitFor();
    await popup.waitForTimeout(500);
    await shot(popup, '4-popup-on-this-page.png');
    await popup.keyboard.type('magnesium');
    await popup.getByRole('option').first().waitFor();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.getByRole('table').waitFor();
    await shot(popup, '5-popup-entry.png');

    // An entry page: how to say the word, what to do, questions, and a lab number checked.
    const entry = await context.newPage();
    await entry.setViewportSize({ width: 900, height: 800 });
    await entry.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
    await entry.getByRole('textbox', { name: 'Your number' }).fill('1.6');
    await entry.getByTestId('lab-marker').waitFor();
    await entry.evaluate(() => document.activeElement?.blur());
    // From the top of one element to the bottom of another, in page coordinates (the page may be scrolled).
    const spanOf = (first, last) =>
      entry.evaluate(
        ([first, last]) => {
          const top = document.querySelector(first).getBoundingClientRect().top + scrollY;
          const bottom = document.querySelector(last).getBoundingClientRect().bottom + scrollY;
          return { x: 0, y: Math.max(0, top - 16), width: 900, height: bottom - top + 32 };
        },
        [first, last],
      );
    await shot(entry, '7-entry-say-and-do.png', {
      fullPage: true,
      clip: await spanOf('.hn-entry-head', '[data-testid="questions"]'),
    });
    await shot(entry, '8-entry-number-check.png', {
      fullPage: true,
      clip: await spanOf('#entry-hypomagnesemia-lab', '.hn-check > .hn-note'),
    });

    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 1100 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('main').waitFor();
    await options.waitForTimeout(300);
    await shot(options, '6-options.png');
  } finally {
    await context.close();
    server.close();
  }
  console.log('\nScreenshots:');
  for (const file of written) console.log(`  ${path.relative(ROOT, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
