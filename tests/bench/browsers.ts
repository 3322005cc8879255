/**
 * The browsers the bench uses: Chromium with the built extension, and one without it for
 * mark.js. Neither reaches anything but 127.0.0.1.
 */
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { EXT_DIR, MARKJS_CAP_MS, ROOT } from './config';
import { callIn } from './measure-page';
import { MARKJS_ONCE_PER_TERM, type MarkJsResult } from './page-scripts';

export async function blockOutside(context: BrowserContext): Promise<void> {
  // Only 127.0.0.1 is reachable: remote assets fail fast and the machine makes no outside request.
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') return route.abort();
    return route.continue();
  });
}

/** A headless Chromium with the built extension loaded, and the extension's id. */
export async function launchWithExtension(
  executablePath: string,
  extensionDir = EXT_DIR,
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, NO_OUTSIDE_DNS],
    viewport: { width: 1280, height: 800 },
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    return { context, extensionId: new URL(sw.url()).host };
  } catch (err) {
    await context.close();
    throw err;
  }
}

const NO_OUTSIDE_DNS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export async function markJs(executablePath: string, url: string, surfaces: string[]): Promise<MarkJsResult> {
  // A browser WITHOUT the extension: its observer would otherwise react to mark.js's DOM edits.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [NO_OUTSIDE_DNS],
  });
  try {
    const context = await browser.newContext();
    await blockOutside(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({
      path: path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'),
    });
    return await page.evaluate<MarkJsResult>(callIn(MARKJS_ONCE_PER_TERM, { surfaces, capMs: MARKJS_CAP_MS }));
  } finally {
    await browser.close();
  }
}
