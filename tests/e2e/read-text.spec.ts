/**
 * "Read text" (read.html): pasted text is shown with its terms highlighted by the same pipeline
 * as web pages, with the list of terms and cards; a paste over the limit is refused with a
 * message and stays in the text box; nothing leaves the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { hoverTerm, openCard } from './support/card';

const PASTED = [
  'Message from your care team',
  '',
  'Your results show hypokalemia, which means your potassium is low.',
  'We also saw signs of tetany at your last visit.',
].join('\n');

async function openRead(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/read.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Read text' })).toBeVisible();
}

test('pasted text is shown with its terms highlighted, listed and explained on hover', async ({
  page,
  context,
  extensionId,
  pageErrors,
}) => {
  const requests: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) requests.push(r.url());
  });
  await openRead(page, extensionId);
  await page.getByLabel('Text to read').fill(PASTED);
  await page.getByRole('button', { name: 'Show health terms' }).click();

  const output = page.getByTestId('read-text-output');
  await expect(output).toContainText('Your results show hypokalemia');
  const texts = await waitForHighlights(page, 3);
  expect(texts.sort()).toEqual(['hypokalemia', 'potassium', 'tetany']);

  // The page's own words (headings, labels, the list) are never highlighted.
  const terms = page.getByTestId('reader-terms');
  await expect(terms.locator('[data-term-id]')).toHaveCount(3);
  await expect(terms.getByRole('button', { name: 'Hypokalemia (1 time)', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '3 terms found' })).toBeVisible();

  await hoverTerm(page, 'tetany');
  const card = await openCard(page);
  await expect(card).toContainText(/tetany/i);

  // Nothing was sent anywhere, and nothing was stored.
  expect(requests).toEqual([]);
  const stored = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  expect(stored).not.toContain('potassium');
  expect(pageErrors).toEqual([]);
});

test('the terms list opens a card and the keyboard moves through the terms', async ({ page, extensionId }) => {
  await openRead(page, extensionId);
  await page.getByLabel('Text to read').fill(PASTED);
  await page.getByRole('button', { name: 'Show health terms' }).click();
  await waitForHighlights(page, 2);

  await page.getByTestId('reader-terms').locator('[data-term-id]').first().click();
  await openCard(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Move through the terms with the keyboard' }).click();
  await page.keyboard.press('Enter');
  const card = await openCard(page);
  await expect(card).toContainText(/hypokalemia/i);
});

test('a 1 MB paste is refused with a message and kept in the text box', async ({ page, extensionId }) => {
  await openRead(page, extensionId);
  const box = page.getByLabel('Text to read');
  await box.fill('Short text about tetany.');
  await page.getByRole('button', { name: 'Show health terms' }).click();
  await waitForHighlights(page, 1);

  const big = 'hypokalemia and tetany. '.repeat(Math.ceil((1024 * 1024) / 24));
  await box.fill(big);
  await page.getByRole('button', { name: 'Show health terms' }).click();
  await expect(page.getByRole('alert')).toContainText('more than the 200 KB this page can read');
  // What was pasted is not lost, and what was shown stays.
  expect((await box.inputValue()).length).toBe(big.length);
  await expect(page.getByTestId('read-text-output')).toHaveText('Short text about tetany.');
});

test('a paste of raw file bytes is refused as not text', async ({ page, extensionId }) => {
  await openRead(page, extensionId);
  await page.getByLabel('Text to read').fill('%PDF-1.7\n\u0001\u0002\u0003\u0004 stream \u0005\u0006\u0007\u0008');
  await page.getByRole('button', { name: 'Show health terms' }).click();
  await expect(page.getByRole('alert')).toContainText('does not look like text');
  await expect(page.getByTestId('read-text-output')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on Read text (${scheme})`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openRead(page, extensionId);
    const empty = await new AxeBuilder({ page }).analyze();
    expect(empty.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Text to read').fill(PASTED);
    await page.getByRole('button', { name: 'Show health terms' }).click();
    await waitForHighlights(page, 2);
    await page.getByLabel('Text to read').fill('\u0000\u0001');
    await page.getByRole('button', { name: 'Show health terms' }).click();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    const full = await new AxeBuilder({ page }).analyze();
    const summary = full.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('Read text and the PDF reader are reachable from the entry page and the popup', async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html`);
  await page.getByRole('navigation', { name: 'Health Notes pages' }).getByRole('link', { name: 'Read text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Read text' })).toBeVisible();
  await page.getByRole('link', { name: 'PDF reader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PDF reader' })).toBeVisible();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/read.html'));
  await popup
    .getByRole('navigation', { name: 'Health Notes pages' })
    .getByRole('button', { name: 'Read text' })
    .click();
  const read = await opened;
  await expect(read.getByRole('heading', { level: 1, name: 'Read text' })).toBeVisible();
});
