/**
 * The popup against a real tab: "On this page", revealing a term, and the per-site switch.
 * The popup runs in its own window (as the toolbar popup does, over a visible tab) and is told
 * which tab it is about with `?tab=<id>`.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, highlightSize, test, waitForHighlights } from './fixtures';
import { BASIC_ARTICLE_PATH, BASIC_ARTICLE_TERMS } from './support/basic-article.mjs';

const FILLER = '<p>This paragraph is only here to push the next one far below the fold of the window.</p>'.repeat(40);
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><main>
<p>The report said hypomagnesemia twice: hypomagnesemia. Later tetany was noted.</p>
${FILLER}
<p id="far">Far down, the note said tetany again, plus myoclonus and once more hypomagnesemia.</p>
</main></body></html>`;

async function openTab(context: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const pageEvent = context.waitForEvent('page');
  const tabId = await sw.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id!), url);
  const page = await pageEvent;
  await page.waitForURL(url);
  return { page, tabId };
}

/** The popup in a window of its own, so the page tab stays active and visible like under the real popup. */
async function openPopupFor(context: BrowserContext, sw: Worker, extensionId: string, tabId: number): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
  const pageEvent = context.waitForEvent('page', (p) => p.url().startsWith(url));
  await sw.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 600 }), url);
  return pageEvent;
}

test('"On this page" lists the terms with their counts; choosing one scrolls to it and opens its card', async ({
  context,
  extensionId,
  server,
}) => {
  const sw = context.serviceWorkers()[0]!;
  const { page, tabId } = await openTab(context, sw, server.route('/long.html', { body: LONG_PAGE }));
  // Drawn once per section (ADR 22): the repeat in the first paragraph is not drawn, yet counted.
  await waitForHighlights(page, 5);

  const popup = await openPopupFor(context, sw, extensionId, tabId);
  const list = popup.getByTestId('page-terms');
  const buttons = list.getByRole('button');
  await expect(buttons).toHaveCount(3);
  for (const [i, name] of ['Hypomagnesemia, 3 times', 'Tetany, 2 times', 'Myoclonus, 1 time'].entries()) {
    await expect(buttons.nth(i)).toHaveAccessibleName(name);
  }
  await expect(buttons.locator('.hn-count')).toHaveText(['3', '2', '1']);

  // The badge counts distinct terms.
  await expect.poll(() => sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId)).toBe('3');

  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const closed = popup.waitForEvent('close');
  await list.getByRole('button', { name: /Myoclonus/ }).click();
  await closed; // the popup closes itself once the page has the term

  await expect
    .poll(() =>
      page.evaluate(() => {
        const dialog = document.querySelector('health-notes-ui')?.shadowRoot?.querySelector('[role="dialog"]');
        const far = document.getElementById('far')!.getBoundingClientRect();
        return {
          card: !!dialog && dialog.textContent!.includes('Myoclonus'),
          farInView: far.top >= 0 && far.bottom <= innerHeight,
        };
      }),
    )
    .toEqual({ card: true, farInView: true });
});

test('the site switch removes the highlights at once, keeps them off after reload, and brings them back', async ({
  context,
  extensionId,
  server,
}) => {
  const sw = context.serviceWorkers()[0]!;
  const { page, tabId } = await openTab(context, sw, server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);

  const popup = await openPopupFor(context, sw, extensionId, tabId);
  const siteSwitch = popup.getByRole('switch', { name: /On this site \(127\.0\.0\.1\)/ });
  await expect(siteSwitch).toBeChecked();
  await siteSwitch.click();
  await expect(siteSwitch).not.toBeChecked();
  await expect.poll(() => highlightSize(page)).toBe(0);
  // The button turns grey; its tooltip, set with the icon, says why (the icon cannot be read back).
  await expect
    .poll(() => sw.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId))
    .toBe('Health Notes: highlighting is off here');
  const stored = await sw.evaluate(() => chrome.storage.sync.get('settings'));
  expect((stored.settings as { disabledSites: string[] }).disabledSites).toEqual(['127.0.0.1']);
  await expect(popup.getByText(/Highlighting is off here/)).toBeVisible();

  await page.reload();
  // Wait until the reloaded page's content script answers, then check it stayed off.
  const status = await expect
    .poll(() =>
      sw
        .evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'page-status' }, { frameId: 0 }), tabId)
        .catch(() => null),
    )
    .toMatchObject({ active: false, host: '127.0.0.1' });
  void status;
  expect(await highlightSize(page)).toBe(0);

  await siteSwitch.click();
  await expect(siteSwitch).toBeChecked();
  await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
  // The list comes back too, without reopening the popup.
  await expect(popup.getByTestId('page-terms').getByRole('button').first()).toBeVisible();
});

test('pages extensions cannot read get an explanation instead of an empty list', async ({ context, extensionId }) => {
  const sw = context.serviceWorkers()[0]!;
  const { tabId } = await openTab(context, sw, 'about:blank');
  const popup = await openPopupFor(context, sw, extensionId, tabId);
  await expect(popup.getByTestId('page-unsupported')).toContainText('cannot read this page');
  await expect(popup.getByTestId('page-terms')).toHaveCount(0);
  // Search still works there.
  await popup.getByRole('combobox', { name: 'Search health terms' }).fill('tetany');
  await expect(popup.getByRole('option').first()).toContainText('Tetany');
});

test('the badge follows the page: none on a page without terms, and settings changes repaint it', async ({
  context,
  server,
}) => {
  // Nothing here waits for the extension's id, so wait for its worker here.
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const badge = (tabId: number) => sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  const { page, tabId } = await openTab(context, sw, server.route('/long.html', { body: LONG_PAGE }));
  await waitForHighlights(page, 5);
  await expect.poll(() => badge(tabId)).toBe('3');

  // The same tab loads a page without terms: its content script sends nothing, and the old count is gone.
  await page.goto(server.route('/plain.html', { body: '<!doctype html><p>Nothing medical here at all.</p>' }));
  await expect.poll(() => badge(tabId)).toBe('');

  // Back on a page with terms, switching the badge off and on repaints it without a reload.
  await page.goto(server.url('/long.html'));
  await waitForHighlights(page, 5);
  await expect.poll(() => badge(tabId)).toBe('3');
  const setBadge = (showBadge: boolean) =>
    sw.evaluate((showBadge) => chrome.storage.sync.set({ settings: { showBadge }, settings$: { v: 3 } }), showBadge);
  await setBadge(false);
  await expect.poll(() => badge(tabId)).toBe('');
  await setBadge(true);
  await expect.poll(() => badge(tabId)).toBe('3');
});
