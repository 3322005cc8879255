import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function storedSettings(context: BrowserContext): Promise<Record<string, unknown> | null> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(
    async () => ((await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined) ?? null,
  );
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${state})`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the options page (${scheme})`, async ({ page, extensionId, pageErrors }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openOptions(page, extensionId);
    await expect(page.getByRole('heading', { level: 1, name: 'Health Notes settings' })).toBeVisible();
    await expectNoAxeViolations(page, `${scheme}, defaults`);

    // States with more on screen: a site in the list, a field error, an import error, a status.
    const field = page.getByRole('textbox', { name: 'Site' });
    await field.fill('example.org');
    await field.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove example.org' })).toBeVisible();
    await field.fill('not a site');
    await field.press('Enter');
    await expect(page.locator('#site-error')).not.toBeEmpty();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import settings…' }).click();
    await (await chooser).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await expect(page.locator('#import-error')).not.toBeEmpty();
    await page.getByRole('radio', { name: 'Wrap terms in an element' }).check();
    await expect(page.locator('#save-status')).not.toBeEmpty();
    await expectNoAxeViolations(page, `${scheme}, with list, errors and status`);

    // The explicit theme (not the system one) as well, and the open confirmation dialog.
    await page.getByRole('radio', { name: scheme === 'light' ? 'Light' : 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset all settings?' })).toBeVisible();
    await expectNoAxeViolations(page, `${scheme}, theme set, dialog open`);
    expect(pageErrors).toEqual([]);
  });
}

interface Focused {
  key: string;
  tag: string;
  type: string;
  name: string;
}

/** What has keyboard focus: `key` is the control's id, or its radio-group name, or its text. */
function focused(): Focused | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const input = el as HTMLInputElement;
  const type = input.type ?? '';
  const key = type === 'radio' ? `radio:${input.name}` : el.id || el.textContent?.trim() || el.tagName;
  return { key, tag: el.tagName.toLowerCase(), type, name: el.textContent?.trim() ?? '' };
}

async function press(page: Page, key: string): Promise<Focused | null> {
  await page.keyboard.press(key);
  return page.evaluate(focused);
}

/** Tabs forward until the focused control's key is `key` (at most `limit` presses). */
async function tabTo(page: Page, key: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await press(page, 'Tab'))?.key === key) return;
  }
  throw new Error(`Tab never reached ${key}`);
}

test('every control is reachable by Tab and operable with Space, Enter and arrows', async ({
  page,
  context,
  extensionId,
  pageErrors,
}) => {
  await openOptions(page, extensionId);
  await page.getByRole('textbox', { name: 'Site' }).fill('keep.example');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('button', { name: 'Remove keep.example' })).toBeVisible();
  await page.locator('body').focus();

  // 1. Tab order: every focusable control in the page, once, in a full cycle.
  const expected = await page.evaluate(() => {
    const keys = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>('main input, main button, main a[href], main select')) {
      if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.closest('dialog')) continue;
      const input = el as HTMLInputElement;
      keys.add(input.type === 'radio' ? `radio:${input.name}` : el.id || el.textContent!.trim() || el.tagName);
    }
    return [...keys];
  });
  expect(expected.length).toBeGreaterThan(15);
  const reached: string[] = [];
  for (let i = 0; i < expected.length + 10; i++) {
    const now = await press(page, 'Tab');
    if (now && !reached.includes(now.key)) reached.push(now.key);
  }
  expect(reached.sort()).toEqual([...expected].sort());

  // 2. Checkbox: Space toggles and saves.
  await page.locator('body').focus();
  await tabTo(page, 'enabled');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Highlight health terms on web pages' })).not.toBeChecked();
  await expect.poll(() => storedSettings(context)).toMatchObject({ enabled: false });
  await expect(page.locator('#save-status')).toHaveText('Saved: highlighting off.');
  await page.keyboard.press('Space');
  await expect.poll(() => storedSettings(context)).toMatchObject({ enabled: true });

  // 3. Radio group: one Tab stop; arrows move the choice and save it.
  await tabTo(page, 'radio:highlight-style');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Soft background' })).toBeFocused();
  await expect.poll(() => storedSettings(context)).toMatchObject({ highlightStyle: 'background' });
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => storedSettings(context)).toMatchObject({ highlightStyle: 'wrap' });
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => storedSettings(context)).toMatchObject({ highlightStyle: 'background' });

  // 4. Category checkbox with Space.
  await tabTo(page, 'category-test');
  await page.keyboard.press('Space');
  await expect.poll(() => storedSettings(context)).toMatchObject({ hiddenCategories: ['test'] });

  // 5. Slider: arrows change the delay by one step; the value is saved after a pause.
  await tabTo(page, 'hover-delay');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.hn-range-value')).toHaveText('400 ms');
  await expect.poll(() => storedSettings(context)).toMatchObject({ hoverDelayMs: 400 });
  await page.keyboard.press('End');
  await expect.poll(() => storedSettings(context)).toMatchObject({ hoverDelayMs: 2000 });

  // 6. Theme radios with arrows.
  await tabTo(page, 'radio:theme');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => storedSettings(context)).toMatchObject({ theme: 'light' });

  // 7. Site list: Enter submits; an invalid site is refused; Enter on Remove removes.
  await tabTo(page, 'site-input');
  await page.keyboard.type('bad site');
  await page.keyboard.press('Enter');
  await expect(page.locator('#site-error')).toContainText('is not a site name');
  await expect(page.getByRole('textbox', { name: 'Site' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('added.example');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedSettings(context)).toMatchObject({ disabledSites: ['keep.example', 'added.example'] });
  await tabTo(page, 'Remove keep.example');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedSettings(context)).toMatchObject({ disabledSites: ['added.example'] });
  await expect(page.getByRole('button', { name: 'Remove added.example' })).toBeFocused();

  // 8. Reset: Enter opens the dialog on Cancel; Esc closes it and changes nothing; confirming resets.
  await tabTo(page, 'Reset to defaults…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset to defaults…' })).toBeFocused();
  expect(await storedSettings(context)).toMatchObject({ theme: 'light', disabledSites: ['added.example'] });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reset settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => storedSettings(context)).toMatchObject({ theme: 'auto', disabledSites: [], enabled: true });
  expect(pageErrors).toEqual([]);
});
