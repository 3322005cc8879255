import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const disclaimer = JSON.parse(readFileSync(new URL('../../data/disclaimer.json', import.meta.url), 'utf8')) as {
  short: string;
  long: string[];
};

test('entry.html#<id> shows the whole entry with the long disclaimer', async ({ page, extensionId, pageErrors }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypokalemia`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hypokalemia' })).toBeVisible();
  await expect(page).toHaveTitle('Hypokalemia · Health Notes');
  const note = page.getByRole('note', { name: 'Disclaimer' });
  for (const paragraph of disclaimer.long) await expect(note).toContainText(paragraph);

  // Potassium's range is stored in mmol/L; US reports use mEq/L (the same number), and mg/dL converts.
  const range = page.getByTestId('lab-range');
  await expect(range).toHaveText('3.5–5 mEq/L');
  await page.getByRole('radio', { name: 'mg/dL' }).check();
  await expect(range).toHaveText('13.7–19.5 mg/dL');

  // Emergency advice is set apart from the rest of "When to get care".
  const emergency = page.locator('.hn-emergency');
  await expect(emergency).toContainText('Emergency:');
  const border = await emergency.evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(border).toBe('4px');

  // Related terms are links to their own entries.
  await page.getByRole('region', { name: 'Related terms' }).getByRole('link', { name: 'Hypomagnesemia' }).click();
  await expect(page).toHaveURL(/entry\.html#hypomagnesemia$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hypomagnesemia' })).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('the SI unit setting picks mmol/L as the default unit', async ({ page, context, extensionId }) => {
  await context.serviceWorkers()[0]!.evaluate(() => chrome.storage.sync.set({ settings: { units: 'si' } }));
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypocalcemia`);
  await expect(page.getByTestId('lab-range')).toHaveText('2.12–2.62 mmol/L');
});

test('an unknown id says so and offers the search', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html#no-such-term`);
  await expect(page.getByTestId('entry-not-found')).toContainText('no entry called “no-such-term”');
  const box = page.getByRole('combobox', { name: 'Search the glossary' });
  await expect(box).toBeFocused();
  await box.fill('tetanny');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tetany' })).toBeVisible();
});

test('entry.html?q= fills the search', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html?q=${encodeURIComponent('magnesium levels')}`);
  await expect(page.getByRole('combobox', { name: 'Search the glossary' })).toHaveValue('magnesium levels');
  await expect(page.getByRole('option').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the entry page (${scheme})`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['hypomagnesemia', 'hypokalemia', 'no-such-term']) {
      await page.goto(`chrome-extension://${extensionId}/entry.html#${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations, id).toEqual([]);
    }
  });
}

test('the entry page paints first with the settings it last saw, like the popup', async ({
  page,
  context,
  extensionId,
}) => {
  await context
    .serviceWorkers()[0]!
    .evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark', units: 'si' } }));
  // The first open leaves the "last seen settings" hint behind.
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypocalcemia`);
  await expect(page.getByTestId('lab-range')).toHaveText('2.12–2.62 mmol/L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // What the page shows the moment it first renders, before any storage read can answer.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      const range = document.querySelector('[data-testid="lab-range"]');
      if (!range) return;
      observer.disconnect();
      (window as { firstPaint?: unknown }).firstPaint = {
        theme: document.documentElement.getAttribute('data-theme'),
        range: range.textContent,
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByTestId('lab-range')).toHaveText('2.12–2.62 mmol/L');
  expect(await page.evaluate(() => (window as { firstPaint?: unknown }).firstPaint)).toEqual({
    theme: 'dark',
    range: '2.12–2.62 mmol/L',
  });
});
