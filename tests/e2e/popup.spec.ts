import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const hypomagnesemia = JSON.parse(
  readFileSync(new URL('../../data/terms/hypomagnesemia.json', import.meta.url), 'utf8'),
) as {
  title: string;
  foods: { food: string; mg: number }[];
  sources: { title: string; url: string }[];
  labRange: { low: number; high: number; unit: string };
};
const disclaimer = JSON.parse(readFileSync(new URL('../../data/disclaimer.json', import.meta.url), 'utf8')) as {
  short: string;
};

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page.getByRole('combobox', { name: 'Search health terms' });
}

test('search with a typo and reach the entry by keyboard alone; foods, sources, disclaimer, unit switch', async ({
  page,
  extensionId,
  pageErrors,
}) => {
  const box = await openPopup(page, extensionId);
  await expect(box).toBeFocused();

  await page.keyboard.type('hypomagnesimia');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Hypomagnesemia');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) as string);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  const title = page.getByRole('heading', { level: 2, name: 'Hypomagnesemia' });
  await expect(title).toBeVisible();
  await expect(title).toBeFocused();

  // Foods: every row with its amount and the % of the 420 mg adult Daily Value.
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(hypomagnesemia.foods.length + 1);
  const pumpkin = table.getByRole('row', { name: /Pumpkin seeds/ });
  await expect(pumpkin.getByRole('cell')).toHaveText(['1 ounce', '156', '37%']);
  for (const food of hypomagnesemia.foods) {
    const row = table.getByRole('row', { name: food.food, exact: false });
    await expect(row.getByRole('cell').nth(2)).toHaveText(`${Math.round((food.mg * 100) / 420)}%`);
  }

  // Sources: every one, opening in a new tab; the reviewed date.
  const sourceLinks = page.getByRole('region', { name: 'Sources' }).getByRole('link');
  await expect(sourceLinks).toHaveCount(hypomagnesemia.sources.length);
  for (const [i, source] of hypomagnesemia.sources.entries()) {
    await expect(sourceLinks.nth(i)).toHaveAttribute('href', source.url);
    await expect(sourceLinks.nth(i)).toHaveAttribute('target', '_blank');
  }
  await expect(page.getByText(/Reviewed November 21, 2026/)).toBeVisible();

  // Disclaimer: the short form is visible, the long form behind an expander.
  const note = page.getByRole('note', { name: 'Disclaimer' });
  await expect(note).toBeVisible();
  await expect(note).toContainText(disclaimer.short);

  // Lab range: the entry's own numbers, converted when the unit changes (keyboard: arrow keys in the radio group).
  expect(hypomagnesemia.labRange).toMatchObject({ low: 1.8, high: 2.3, unit: 'mg/dL' });
  const range = page.getByTestId('lab-range');
  await expect(range).toHaveText('1.8–2.3 mg/dL');
  await page.getByRole('radio', { name: 'mg/dL' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'mmol/L' })).toBeChecked();
  await expect(range).toHaveText('0.74–0.95 mmol/L');
  await page.keyboard.press('ArrowRight');
  await expect(range).toHaveText('1.48–1.89 mEq/L');

  // Back to the search, with the query kept and the box focused.
  await page.getByRole('button', { name: /Back to search/ }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('hypomagnesimia');

  expect(pageErrors).toEqual([]);
});

test('"low magnesium" finds the entry; no results and Escape are handled', async ({ page, extensionId }) => {
  const box = await openPopup(page, extensionId);
  await box.fill('low magnesium');
  await expect(page.getByRole('option').first()).toContainText('Hypomagnesemia');

  await box.fill('qqqxxzz');
  await expect(page.getByTestId('no-results')).toContainText('No entries match “qqqxxzz”');
  await expect(page.getByRole('status')).toHaveText('0 results');

  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'All terms' })).toBeVisible();
});

test('the popup follows the theme setting', async ({ page, context, extensionId }) => {
  await openPopup(page, extensionId);
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark' } }));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 33, 32)');
  await sw.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'auto' } }));
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('a popup that first paints with outdated settings corrects itself from storage', async ({
  page,
  context,
  extensionId,
}) => {
  // The first open leaves the "last seen settings" hint (theme auto) behind.
  await openPopup(page, extensionId);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  // Changed while no popup is open (as the keyboard shortcut or another device would).
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark', units: 'si' } }));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The corrected values were kept as the next hint.
  const hint = await page.evaluate(() => localStorage.getItem('health-notes:settings-hint'));
  expect(JSON.parse(hint!).stored).toMatchObject({ theme: 'dark', units: 'si' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the popup (${scheme})`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const box = await openPopup(page, extensionId);
    // The "On this page" panel has settled (this tab is the popup itself: an unsupported page).
    await expect(page.getByTestId('page-unsupported')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await box.fill('hypomag');
    await page.keyboard.press('ArrowDown');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Hypomagnesemia' })).toBeVisible();
    await page.getByText('Read the full disclaimer').click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
