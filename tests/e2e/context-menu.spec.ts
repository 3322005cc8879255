/**
 * Playwright cannot open the browser's native context menu, so these tests check that the menu
 * item exists and then fire `contextMenus.onClicked` in the service worker with the `info` and
 * `tab` Chrome would pass, which runs the background's real listener.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { BASIC_ARTICLE_PATH } from './support/basic-article.mjs';

const MENU_ID = 'health-notes-lookup';

async function clickMenu(sw: Worker, pageUrl: string, selectionText: string) {
  await sw.evaluate(
    async ({ pageUrl, selectionText, menuItemId }) => {
      // The tab the menu was opened in: the test's page, the active tab.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const info = { menuItemId, selectionText, pageUrl, frameId: 0, editable: false };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
    },
    { pageUrl, selectionText, menuItemId: MENU_ID },
  );
}

test('the menu item is registered for selections', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy(); // the fixture waits for the service worker
  const sw = context.serviceWorkers()[0]!;
  // update() rejects for an id that was never created.
  await expect
    .poll(() =>
      sw.evaluate(
        (id) =>
          chrome.contextMenus.update(id, {}).then(
            () => 'exists',
            (e: Error) => e.message,
          ),
        MENU_ID,
      ),
    )
    .toBe('exists');
});

test('looking up a selected term opens its entry page', async ({ page, context, server, extensionId }) => {
  expect(extensionId).toBeTruthy(); // the fixture waits for the service worker
  const sw = context.serviceWorkers()[0]!;
  const url = server.url(BASIC_ARTICLE_PATH);
  await page.goto(url);

  const opened = context.waitForEvent('page');
  await clickMenu(sw, url, ' Chvostek’s sign,');
  const entry = await opened;
  await entry.waitForURL(/\/entry\.html#chvosteks-sign$/);
  await expect(entry.getByRole('heading', { level: 1, name: "Chvostek's sign" })).toBeVisible();
});

test('a selection that is not a term opens the search with the text filled in', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy(); // the fixture waits for the service worker
  const sw = context.serviceWorkers()[0]!;
  const url = server.url(BASIC_ARTICLE_PATH);
  await page.goto(url);

  const opened = context.waitForEvent('page');
  await clickMenu(sw, url, 'fingers curling');
  const entry = await opened;
  await entry.waitForURL(/\/entry\.html\?q=fingers%20curling$/);
  await expect(entry.getByRole('combobox', { name: 'Search the glossary' })).toHaveValue('fingers curling');
});
