/**
 * The UI in the pseudo-locale (accented, ~40 % longer; scripts/pseudo-locale.ts), built with
 * `HEALTH_NOTES_PSEUDO_LOCALE=1 npx wxt build` into .output/chrome-mv3-pseudo. The card, the
 * popup and the options page must show no English UI word (every string comes from the locale
 * file) and no text box that the longer words overflow. Screenshots: test-results/pseudo-*.png.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, PSEUDO_EXTENSION_DIR, test, waitForHighlights } from './fixtures';
import { BASIC_ARTICLE_PATH } from './support/basic-article.mjs';
import { hoverTerm, openCard } from './support/card';
import { overflowingBoxes, surfaceText, untranslatedWords } from './support/pseudo-locale';

test.use({ extensionDir: PSEUDO_EXTENSION_DIR });

const SCREENSHOTS = 'test-results';

async function expectTranslatedAndUnclipped(surface: Locator, name: string, alsoData: string[] = []) {
  const { text, attributes } = await surfaceText(surface);
  // Guards the check itself: the pseudo build is loaded, so UI text is accented and bracketed.
  expect(text, `${name}: pseudo-locale text`).toMatch(/\[[^\]]*[àéïöû][^\]]*\]/u);
  expect(untranslatedWords(text, alsoData), `${name}: English UI words in the text`).toEqual([]);
  expect(untranslatedWords(attributes.join('\n'), alsoData), `${name}: English in labels and titles`).toEqual([]);
  expect(await overflowingBoxes(surface), `${name}: text boxes the longer words overflow`).toEqual([]);
}

async function screenshot(target: Page | Locator, name: string) {
  await target.screenshot({ path: `${SCREENSHOTS}/pseudo-${name}.png`, animations: 'disabled' });
}

test('the card in the pseudo-locale: every UI string translated, nothing overflows', async ({ page, server }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, 3);
  await hoverTerm(page, 'tetany');
  const card = await openCard(page);

  await expect(card.locator('.hn-card__more')).toBeVisible();
  await expectTranslatedAndUnclipped(card, 'card');
  // The focus target of keyboard navigation, next to the card in the same shadow root.
  const region = await page.locator('health-notes-ui [role="region"]').getAttribute('aria-label');
  expect(untranslatedWords(region ?? 'missing')).toEqual([]);
  // The whole card stays inside the viewport and inside its own box.
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1000);
  await screenshot(page, 'card-page');
  await screenshot(card, 'card');
});

test('the popup in the pseudo-locale: every UI string translated, nothing overflows', async ({
  context,
  page,
  extensionId,
  server,
}) => {
  await page.goto(server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, 3);
  const sw = context.serviceWorkers()[0]!;
  // No `tabs` permission, so the tab is found as the active one, not by its address.
  const tabId = await sw.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('page-terms').getByRole('button')).toHaveCount(5);
  const app = popup.locator('#app');
  // The test page's address is shown by the site switch; it is not a word to translate.
  await expectTranslatedAndUnclipped(app, 'popup', [new URL(server.url('/')).hostname]);
  // The window title and the toolbar button's tooltip.
  await expect(popup).toHaveTitle(/^\[Ĥéàļţĥ Ñöţéš/u);
  expect(await sw.evaluate(() => chrome.action.getTitle({}))).toMatch(/^\[Ĥéàļţĥ Ñöţéš/u);
  await screenshot(popup, 'popup');

  // An entry, with its food table, lab range and sources.
  await popup.goto(`chrome-extension://${extensionId}/popup.html#hypomagnesemia`);
  await expect(popup.getByTestId('lab-range')).toBeVisible();
  await expectTranslatedAndUnclipped(app, 'popup entry');
  await screenshot(popup, 'popup-entry');
});

test('the options page in the pseudo-locale: every UI string translated, nothing overflows', async ({
  page,
  extensionId,
}) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.hn-shortcuts')).toBeVisible();
  await expectTranslatedAndUnclipped(page.locator('body'), 'options');
  await expect(page).toHaveTitle(/^\[Ĥéàļţĥ Ñöţéš šéţţïñĝš/u);
  await page.screenshot({ path: `${SCREENSHOTS}/pseudo-options.png`, fullPage: true, animations: 'disabled' });
});
