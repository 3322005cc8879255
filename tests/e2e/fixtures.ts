/**
 * Playwright fixtures for the Chromium end-to-end tests: a persistent Chromium context with the
 * built extension (`.output/chrome-mv3`) loaded, its id, a static server for the fixture pages,
 * and the console errors / uncaught exceptions of every page the test opened.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test as base,
  chromium,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
} from '@playwright/test';
import { chromiumExecutable } from '../../scripts/browsers.mjs';
import { TEST_HOOKS_KEY, type TestHooks } from '../../components/card/test-hooks';
import { startStaticServer, type StaticServer } from './support/static-server.mjs';

export {
  waitForHighlights,
  highlightTexts,
  highlightSize,
  highlightedRangeBox,
  HIGHLIGHT_NAME,
} from './support/highlights';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The unpacked Chromium build; E2E_CHROME_EXTENSION_DIR points the tests at another build. */
export const CHROME_EXTENSION_DIR = path.resolve(
  process.env.E2E_CHROME_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'chrome-mv3'),
);

/** The build in the pseudo-locale (HEALTH_NOTES_PSEUDO_LOCALE=1 npx wxt build; wxt.config.ts). */
export const PSEUDO_EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3-pseudo');

export interface PageProblem {
  kind: 'console.error' | 'pageerror';
  url: string;
  text: string;
}

interface Fixtures {
  /**
   * Whether the extension's test hooks are on (components/card/test-hooks.ts): the card's shadow
   * root open for locators, and its render measure in the page's timeline. On by default;
   * tests of what a page can see turn them off with `test.use({ testHooks: false })`.
   */
  testHooks: boolean;
  /** The unpacked build to load; CHROME_EXTENSION_DIR unless a spec says otherwise. */
  extensionDir: string;
  /** Device options for the context, e.g. a phone's viewport, DPR, touch and mobile emulation. */
  device: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch'>;
  context: BrowserContext;
  extensionId: string;
  server: StaticServer;
  /** Console errors and uncaught exceptions from every page of this test's context. */
  pageErrors: PageProblem[];
}

function assertBuilt(dir: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    const build =
      dir === PSEUDO_EXTENSION_DIR ? 'HEALTH_NOTES_PSEUDO_LOCALE=1 npx wxt build' : 'npm run build (npx wxt build)';
    throw new Error(`No built extension at ${dir} (manifest.json is missing): run ${build} first.`);
  }
}

export const test = base.extend<Fixtures>({
  testHooks: [true, { option: true }],
  extensionDir: [CHROME_EXTENSION_DIR, { option: true }],
  device: [{}, { option: true }],

  context: async ({ testHooks, extensionDir, device }, use) => {
    assertBuilt(extensionDir);
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumExecutable(),
      headless: true,
      ...device,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    if (testHooks) {
      // Extension storage, which pages cannot write: set from the service worker before any page loads.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      const hooks: TestHooks = { openShadowRoot: true, cardRenderMeasure: true };
      await worker.evaluate(({ key, hooks }) => chrome.storage.local.set({ [key]: hooks }), {
        key: TEST_HOOKS_KEY,
        hooks,
      });
    }
    await use(context);
    await context.close();
  },

  extensionId: async ({ context, extensionDir }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
      throw new Error(
        `The extension's service worker did not start within 10 s; is ${extensionDir} a valid MV3 build with a background entrypoint?`,
      );
    });
    const id = new URL(worker.url()).host;
    if (!/^[a-p]{32}$/.test(id)) throw new Error(`Unexpected extension id "${id}" from ${worker.url()}`);
    await use(id);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  server: async ({}, use) => {
    const server = await startStaticServer();
    await use(server);
    await server.close();
  },

  pageErrors: [
    async ({ context }, use) => {
      const problems: PageProblem[] = [];
      const watched = new WeakSet<object>();
      const watch = (page: import('@playwright/test').Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('console', (message: ConsoleMessage) => {
          if (message.type() === 'error')
            problems.push({ kind: 'console.error', url: page.url(), text: message.text() });
        });
        page.on('pageerror', (error) => {
          problems.push({ kind: 'pageerror', url: page.url(), text: `${error.name}: ${error.message}` });
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      context.off('page', watch);
    },
    { auto: true },
  ],
});

export const expect = test.expect;
