// Firefox end-to-end test of what lives outside the page: site access, the toolbar button (badge
// count, grey "off" state) and the selection menu across a browser restart. It runs the built
// MV3 extension (.output/firefox-mv3) installed into a profile of its own, not as a temporary
// add-on: a temporary add-on is gone after a restart, and the restart is the point.
//
// Run: npm run build:firefox && npm run test:firefox
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from '../../scripts/browsers.mjs';
import { BASIC_ARTICLE_PATH, BASIC_ARTICLE_TERMS } from '../e2e/support/basic-article.mjs';
import { HIGHLIGHT_NAME, highlightsSettled } from '../e2e/support/page-functions.mjs';
import { startStaticServer } from '../e2e/support/static-server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The unpacked Firefox build; E2E_FIREFOX_EXTENSION_DIR points the test at another build. */
const EXTENSION_DIR = path.resolve(
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);
const MANIFEST = path.join(EXTENSION_DIR, 'manifest.json');
const MENU_ID = 'health-notes-lookup';
/** Fixed through a pref below, so the test knows the extension's moz-extension:// host. */
const EXTENSION_UUID = '3f1c2b7a-9d4e-4c61-8a55-0b6e2f9d1c42';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {import('../e2e/support/static-server.d.mts').StaticServer | undefined} */
let server;
/** @type {string} */
let profileDir = '';

/** @param {string} id */
function firefoxPrefs(id) {
  return {
    // The add-on is installed from the profile's extensions folder (a proxy file naming the
    // build folder). ESR accepts unsigned add-ons with this pref; scope 0 keeps it enabled
    // without the "another program added an add-on" prompt nobody can answer here.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    // permissions.request() resolves without the browser's prompt (nobody can click it in a
    // headless run). The request still needs a real click in the extension's page.
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

async function launch() {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    userDataDir: profileDir,
    // WebDriver BiDi refuses to open moz-extension:// pages otherwise; the test needs one to call
    // the extension's own APIs (badge text, tooltip, menus, permissions) the way its popup does.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: firefoxPrefs(manifest.browser_specific_settings.gecko.id),
  });
}

/**
 * A tab on one of the extension's pages: it can call the extension's APIs directly.
 * @param {string} file
 */
async function openExtensionPage(file = 'entry.html') {
  assert.ok(browser);
  const page = await browser.newPage();
  await showExtensionPage(page, file);
  return page;
}

/**
 * Firefox's WebDriver BiDi loads the page but reports no navigation events for a document in the
 * extension's process, so `goto` never sees it finish: start it, then ask the document itself.
 * @param {import('puppeteer-core').Page} page
 * @param {string} file
 */
async function showExtensionPage(page, file) {
  const url = `${EXTENSION_ORIGIN}/${file}`;
  const loaded = () =>
    page
      .evaluate(() => location.href === document.URL && document.readyState === 'complete' && location.href)
      .catch(() => false);
  // The add-on starts shortly after the browser; until then the address does not resolve.
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(url, { timeout: 1_000 }).catch(() => undefined);
    const end = Date.now() + 2_000;
    while (Date.now() < end) {
      if ((await loaded()) === url && (await page.evaluate(() => typeof browser?.runtime?.id === 'string'))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The extension's page ${url} did not load; is the add-on installed?`);
}

/**
 * Polls `fn` until it returns `expected` (deep-equal); fails with the last value.
 * @template T
 * @param {() => Promise<T>} fn
 * @param {T} expected
 * @param {string} what
 */
async function until(fn, expected, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn().catch((error) => `error: ${error instanceof Error ? error.message : String(error)}`);
    try {
      assert.deepEqual(last, expected);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  assert.fail(`${what}: expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}

/** @param {import('puppeteer-core').Page} extensionPage */
const menuExists = (extensionPage) =>
  extensionPage.evaluate(
    // update() rejects for an id that does not exist: the only way to ask (there is no getAll).
    (id) =>
      browser.contextMenus.update(id, {}).then(
        () => 'exists',
        (error) => String(error?.message ?? error),
      ),
    MENU_ID,
  );

describe('Firefox: site access, toolbar button and menu', { timeout: 300_000 }, () => {
  before(
    async () => {
      if (!existsSync(MANIFEST)) {
        throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:firefox first.`);
      }
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
      server = await startStaticServer();
      profileDir = mkdtempSync(path.join(tmpdir(), 'health-notes-firefox-'));
      mkdirSync(path.join(profileDir, 'extensions'));
      writeFileSync(path.join(profileDir, 'extensions', manifest.browser_specific_settings.gecko.id), EXTENSION_DIR);
      browser = await launch();
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  test('the build is Manifest V3 with an event page and no host permissions', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual(manifest.background, { scripts: ['background.js'] });
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'storage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, '140.0');
    assert.equal(manifest.browser_specific_settings.gecko_android.strict_min_version, '142.0');
  });

  test('without site access the popup says so, and its button asks the browser for it', async () => {
    const popup = await openExtensionPage('popup.html');
    try {
      // The user withdraws access (Firefox lets them, per site or for all).
      await popup.evaluate(() =>
        browser.permissions.remove({ origins: browser.runtime.getManifest().content_scripts[0].matches }),
      );
      const hasAccess = () => popup.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));
      assert.equal(await hasAccess(), false);
      // The background noticed: the button says it with "!" until access is back.
      await until(() => popup.evaluate(() => browser.action.getBadgeText({})), '!', 'badge without site access');
      await popup.evaluate(() => location.reload());
      await showExtensionPage(popup, 'popup.html');
      const notice = await popup.waitForSelector('[data-testid="site-access-missing"]', { timeout: 10_000 });
      assert.match(await notice.evaluate((n) => n.textContent), /not allowed to read the pages/);

      await popup.click('[data-testid="site-access-missing"] button');
      await popup.waitForSelector('[data-testid="site-access-given"]', { timeout: 10_000 });
      assert.equal(await hasAccess(), true);
      await until(() => popup.evaluate(() => browser.action.getBadgeText({})), '', 'badge once access is given');
    } finally {
      await popup.close();
    }
  });

  test('the badge counts the terms on the page, and the button turns grey ("off") when the site is switched off', async () => {
    assert.ok(server && browser);
    // Runs after the test above gave site access: an add-on installed into a profile starts
    // without it, and only a click in the extension's own page can ask for it.
    const extensionPage = await openExtensionPage();
    const hasAccess = await extensionPage.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));
    assert.equal(hasAccess, true, 'site access (given in the previous test)');
    const page = await browser.newPage();
    try {
      const url = server.url(BASIC_ARTICLE_PATH);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        highlightsSettled,
        { timeout: 30_000, polling: 100 },
        { name: HIGHLIGHT_NAME, min: BASIC_ARTICLE_TERMS.length, settle: 400 },
      );
      // Match patterns cannot name a port, so the tab is found by its full address.
      const tabId = await extensionPage.evaluate(
        async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id,
        url,
      );
      assert.equal(typeof tabId, 'number', 'the article tab');
      /** @param {number} tabId */
      const button = (tabId) =>
        extensionPage.evaluate(
          async (tabId) => ({
            badge: await browser.action.getBadgeText({ tabId }),
            title: await browser.action.getTitle({ tabId }),
          }),
          tabId,
        );
      await until(() => button(tabId), { badge: String(BASIC_ARTICLE_TERMS.length), title: 'Health Notes' }, 'on');

      /** @param {string[]} disabledSites */
      const setDisabledSites = (disabledSites) =>
        extensionPage.evaluate(
          (disabledSites) => browser.storage.sync.set({ settings: { disabledSites }, settings$: { v: 2 } }),
          disabledSites,
        );
      await setDisabledSites(['127.0.0.1']);
      // The grey icon and the tooltip are set together (toolbar-icon.ts); only the tooltip can be read back.
      await until(
        () => button(tabId),
        { badge: '', title: 'Health Notes: highlighting is off here' },
        'switched off on this site',
      );
      await setDisabledSites([]);
      await until(() => button(tabId), { badge: String(BASIC_ARTICLE_TERMS.length), title: 'Health Notes' }, 'back on');
    } finally {
      await page.close();
      await extensionPage.close();
    }
  });

  test('the "Look up" menu item is there after the browser restarts', async () => {
    let extensionPage = await openExtensionPage();
    await until(() => menuExists(extensionPage), 'exists', 'menu item before the restart');
    await extensionPage.close();

    await browser?.close();
    browser = await launch();

    extensionPage = await openExtensionPage();
    try {
      await until(() => menuExists(extensionPage), 'exists', 'menu item after the restart');
    } finally {
      await extensionPage.close();
    }
  });
});
