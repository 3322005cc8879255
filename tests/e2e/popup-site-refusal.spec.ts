/**
 * The popup's site switch in the built extension: a site whose address cannot go on the list
 * (here `my_host.intranet`, served through Playwright's routing) or a full list leaves the stored
 * list as it was and says why next to the switch. And a malformed `#...` in the entry page or
 * popup address shows "not found" with the search, not a blank page.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, highlightSize, test, waitForHighlights } from './fixtures';
import { BASIC_ARTICLE_PATH, BASIC_ARTICLE_TERMS } from './support/basic-article.mjs';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const ODD_HOST = 'http://my_host.intranet';
const ODD_HOST_URL = `${ODD_HOST}${BASIC_ARTICLE_PATH}`;
const KEPT = ['example.com', '*.news.org'];

async function openTab(context: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const pageEvent = context.waitForEvent('page');
  const tabId = await sw.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id!), url);
  const page = await pageEvent;
  await page.waitForURL(url);
  return { page, tabId };
}

async function openPopupFor(context: BrowserContext, sw: Worker, extensionId: string, tabId: number): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
  const pageEvent = context.waitForEvent('page', (p) => p.url().startsWith(url));
  await sw.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 600 }), url);
  return pageEvent;
}

const storedSites = (sw: Worker) =>
  sw.evaluate(() =>
    chrome.storage.sync.get('settings').then((s) => (s.settings as { disabledSites: string[] }).disabledSites),
  );

test('a host the list cannot hold: the switch stays on, the list is kept, the popup says why', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  // No such host resolves; Playwright answers for it with the fixture pages (the article and its CSS).
  await context.route(`${ODD_HOST}/**`, (route) => {
    const file = new URL(`.${new URL(route.request().url()).pathname}`, PAGES);
    const contentType = file.pathname.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ contentType, body: readFileSync(file, 'utf8') });
  });
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate((sites) => chrome.storage.sync.set({ settings: { disabledSites: sites } }), KEPT);
  const { page, tabId } = await openTab(context, sw, ODD_HOST_URL);
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);

  const popup = await openPopupFor(context, sw, extensionId, tabId);
  const siteSwitch = popup.getByRole('switch', { name: /On this site \(my_host\.intranet\)/u });
  await expect(siteSwitch).toBeChecked();
  await siteSwitch.click();
  await expect(popup.getByRole('alert')).toHaveText(
    'Health Notes cannot turn off highlighting for “my_host.intranet” alone, because this address is not a usual site name. To stop highlighting here, turn it off on all sites.',
  );
  await expect(siteSwitch).toBeChecked();
  expect(await storedSites(sw)).toEqual(KEPT);
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
  expect(pageErrors).toEqual([]);
});

test('a full list: the switch stays on and the popup says the list is full', async ({
  context,
  extensionId,
  server,
}) => {
  const sw = context.serviceWorkers()[0]!;
  const full = Array.from({ length: 500 }, (_, i) => `site${i}.org`);
  await sw.evaluate((sites) => chrome.storage.sync.set({ settings: { disabledSites: sites } }), full);
  const { page, tabId } = await openTab(context, sw, server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);

  const popup = await openPopupFor(context, sw, extensionId, tabId);
  const siteSwitch = popup.getByRole('switch', { name: /On this site \(127\.0\.0\.1\)/u });
  await siteSwitch.click();
  await expect(popup.getByRole('alert')).toContainText('Your list of sites without highlighting is full.');
  await expect(siteSwitch).toBeChecked();
  expect(await storedSites(sw)).toEqual(full);
});

test('a write over the sync quota: the switch stays on and the popup says to wait', async ({
  context,
  extensionId,
  server,
}) => {
  const sw = context.serviceWorkers()[0]!;
  const { page, tabId } = await openTab(context, sw, server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
  const popup = await openPopupFor(context, sw, extensionId, tabId);
  // Chrome allows 120 sync writes a minute; use them up with a key of the test's own.
  const refusal = await sw.evaluate(async () => {
    for (let i = 0; i < 130; i++) {
      try {
        await chrome.storage.sync.set({ filler: i });
      } catch (error) {
        return String(error);
      }
    }
    return null;
  });
  expect(refusal).toContain('MAX_WRITE_OPERATIONS_PER_MINUTE');

  const siteSwitch = popup.getByRole('switch', { name: /On this site \(127\.0\.0\.1\)/u });
  await siteSwitch.click();
  await expect(popup.getByRole('alert')).toContainText('Settings were changed too many times in a short while.');
  await expect(siteSwitch).toBeChecked();
  expect(await sw.evaluate(() => chrome.storage.sync.get('settings'))).toEqual({});
  expect(await highlightSize(page)).toBeGreaterThan(0);
});

test('a malformed #fragment shows "not found" and the search on the entry page and in the popup', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/entry.html#%E0%A4%A`);
  await expect(page.getByTestId('entry-not-found')).toContainText('“%E0%A4%A”');
  await expect(page.getByRole('combobox', { name: 'Search the glossary' })).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/popup.html#%E0%A4%A`);
  await expect(page.getByTestId('entry-not-found')).toContainText('There is no entry called “%E0%A4%A”.');
  const box = page.getByRole('combobox', { name: 'Search health terms' });
  await box.fill('tetany');
  await expect(page.getByRole('option').first()).toContainText('Tetany');
  expect(pageErrors).toEqual([]);
});
