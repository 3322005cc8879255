import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { BASIC_ARTICLE_PATH, BASIC_ARTICLE_TERMS } from './support/basic-article.mjs';

/** The stored settings value, read where the extension reads it (sync storage, from the service worker). */
async function storedSettings(context: BrowserContext): Promise<unknown> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
}

const saved = (page: Page) => page.locator('#save-status');

/** Outermost `<health-note>` texts and the number of wrappers nested in another. */
function wrappers() {
  const all = [...document.querySelectorAll('health-note[data-health-term]')];
  return {
    texts: all
      .filter((e) => !e.parentElement?.closest('health-note'))
      .map((e) => e.textContent ?? '')
      .sort(),
    nested: document.querySelectorAll('health-note health-note').length,
  };
}

/** Evaluates `fn` until it returns the same result for `quietMs` (the page's idle-time work is done). */
async function settled<T>(page: Page, fn: () => T, quietMs = 800, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = JSON.stringify(await page.evaluate(fn));
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await page.evaluate(fn));
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs) return JSON.parse(now) as T;
  }
  throw new Error(`page did not settle within ${timeoutMs} ms; last: ${last}`);
}

test('changing the highlight style updates an already open tab without a reload', async ({
  context,
  extensionId,
  server,
  pageErrors,
}) => {
  const article = await context.newPage();
  await article.goto(server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(article, BASIC_ARTICLE_TERMS.length);
  // Survives only if the tab is never reloaded.
  await article.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
  const paint = () =>
    article.evaluate(() => ({
      underline: CSS.highlights.get('health-notes-term')?.size ?? 0,
      background: CSS.highlights.get('health-notes-term-bg')?.size ?? 0,
      wrapped: document.querySelectorAll('health-note[data-health-term]').length,
      notReloaded: (window as unknown as { __notReloaded?: boolean }).__notReloaded === true,
    }));

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await expect(options.getByRole('radio', { name: 'Dotted underline' })).toBeChecked();

  await options.getByRole('radio', { name: 'Soft background' }).check();
  await expect(saved(options)).toHaveText('Saved: highlight style, soft background.');
  await expect
    .poll(paint)
    .toEqual({ underline: 0, background: BASIC_ARTICLE_TERMS.length, wrapped: 0, notReloaded: true });
  expect(await article.evaluate(() => CSS.highlights.has('health-notes-term'))).toBe(false);

  await options.getByRole('radio', { name: 'Wrap terms in an element' }).check();
  await expect.poll(paint).toMatchObject({ underline: 0, background: 0, notReloaded: true });
  // One wrapper per term, none inside another, once the page has settled.
  expect(await settled(article, wrappers)).toEqual({ texts: [...BASIC_ARTICLE_TERMS].sort(), nested: 0 });

  // The options page's own preview follows the same choice with the same element.
  await expect(options.locator('#preview-text health-note[data-health-term="hypomagnesemia"]')).toHaveText(
    'hypomagnesemia',
  );
  expect(pageErrors).toEqual([]);
});

const BAD_FILES: { name: string; body: string; message: string }[] = [
  {
    name: 'bad-field.json',
    body: JSON.stringify({ format: 'health-notes-settings', version: 2, settings: { theme: 'neon' } }),
    message: 'Nothing was imported. The file has invalid settings: theme must be one of auto, light, dark.',
  },
  {
    name: 'notes.json',
    body: 'this is not JSON',
    message: 'The file is not valid JSON, so it is not a Health Notes settings file.',
  },
  {
    name: 'future.json',
    body: JSON.stringify({ format: 'health-notes-settings', version: 9, settings: {} }),
    message: 'This file was made by a newer version of Health Notes (settings version 9)',
  },
  {
    name: 'huge.json',
    body: ' '.repeat(70 * 1024),
    message: 'The file is too large (70 KB). A Health Notes settings file is at most 64 KB.',
  },
];

test('importing a bad file shows what is wrong and leaves the settings unchanged', async ({
  page,
  context,
  extensionId,
  pageErrors,
}) => {
  await openOptions(page, extensionId);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(saved(page)).toHaveText('Saved: theme, dark.');
  const before = await storedSettings(context);
  expect(before).toMatchObject({ theme: 'dark' });

  for (const file of BAD_FILES) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import settings…' }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.body) });
    const alert = page.locator('#import-error');
    await expect(alert).toContainText(`Could not import ${file.name}. ${file.message}`);
    await expect(alert).toContainText('Your settings are unchanged.');
    expect(await storedSettings(context)).toEqual(before);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  }
  expect(pageErrors).toEqual([]);
});

test('export then import round-trips the settings exactly', async ({ page, context, extensionId, pageErrors }) => {
  await openOptions(page, extensionId);
  await page.getByRole('radio', { name: 'Soft background' }).check();
  await page.getByRole('radio', { name: 'Only the first time on the page' }).check();
  await page.getByRole('checkbox', { name: 'Medicine' }).uncheck();
  await page.getByRole('radio', { name: 'Large' }).check();
  await page.getByRole('radio', { name: 'SI units (mmol/L)' }).check();
  await page.getByRole('checkbox', { name: 'Show how many terms a page has on the toolbar button' }).uncheck();
  await page.getByRole('textbox', { name: 'Site' }).fill('https://www.Example.com/some/page');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('list', { name: 'Sites without highlighting' })).toHaveText(/example\.com/);
  await expect.poll(() => storedSettings(context)).toMatchObject({ showBadge: false, disabledSites: ['example.com'] });
  const custom = await storedSettings(context);
  expect(custom).toEqual({
    enabled: true,
    disabledSites: ['example.com'],
    hiddenCategories: ['medication'],
    highlightStyle: 'background',
    density: 'page',
    hoverDelayMs: 300,
    theme: 'auto',
    textSize: 'large',
    units: 'si',
    showBadge: false,
  });

  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toBe('health-notes-settings.json');
  const exportedPath = await download.path();
  const exported = JSON.parse(await readFile(exportedPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'health-notes-settings', version: 3, settings: custom });

  // Reset (through the in-page confirmation) so the import has something to restore.
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(saved(page)).toHaveText('All settings are back to their defaults.');
  expect(await storedSettings(context)).toMatchObject({ highlightStyle: 'underline', disabledSites: [] });
  await expect(page.getByRole('radio', { name: 'Dotted underline' })).toBeChecked();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import settings…' }).click();
  await (await chooser).setFiles(exportedPath);
  await expect(page.locator('#import-result')).toContainText('Imported settings from');
  await expect.poll(() => storedSettings(context)).toEqual(custom);
  await expect(page.getByRole('radio', { name: 'Soft background' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Medicine' })).not.toBeChecked();
  expect(pageErrors).toEqual([]);
});

test('the site list rejects an invalid pattern with a message and removes sites', async ({
  page,
  context,
  extensionId,
}) => {
  await openOptions(page, extensionId);
  const field = page.getByRole('textbox', { name: 'Site' });
  await field.fill('not a site');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.locator('#site-error')).toHaveText(
    '“not a site” is not a site name. Use a form like example.com or *.example.com.',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await storedSettings(context)).toBeNull();

  await field.fill('*.news.example.org');
  await field.press('Enter');
  await field.fill('news.example.org/');
  await field.press('Enter');
  await expect
    .poll(() => storedSettings(context))
    .toMatchObject({
      disabledSites: ['*.news.example.org', 'news.example.org'],
    });
  await field.fill('NEWS.example.org');
  await field.press('Enter');
  await expect(page.locator('#site-error')).toHaveText('news.example.org is already in the list.');

  await page.getByRole('button', { name: 'Remove *.news.example.org' }).click();
  await expect.poll(() => storedSettings(context)).toMatchObject({ disabledSites: ['news.example.org'] });
  // Focus stays in the list for keyboard users.
  await expect(page.getByRole('button', { name: 'Remove news.example.org' })).toBeFocused();
});

test('the current shortcuts are shown and the browser shortcut page opens in a tab', async ({
  page,
  context,
  extensionId,
}) => {
  await openOptions(page, extensionId);
  const list = page.locator('.hn-shortcuts');
  await expect(list).toContainText('Open Health Notes');
  await expect(list).toContainText('Alt+Shift+H');
  await expect(list).toContainText('Move through the health terms on the page');
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Change shortcuts in the browser' }).click();
  const tab = await opened;
  await expect.poll(() => tab.url()).toBe('chrome://extensions/shortcuts');
});
