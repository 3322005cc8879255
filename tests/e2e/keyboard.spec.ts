/**
 * Keyboard only: enter term navigation, move to a term, open its card, read it, close it,
 * and leave navigation with focus back where it was. Terms are not tab stops.
 *
 * The entry shortcut (Alt+Shift+N) is a browser command: Playwright's key presses reach the
 * page, not the browser's shortcut handler, so the test fires that command in the
 * background exactly as the browser does. Everything after that is key presses.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { card, openCard } from './support/card';
import { serviceWorker } from './support/extension-state';

const focusedTerm = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('health-notes-focus') ?? [])].map(String));
const announcement = (page: Page) =>
  page.evaluate(
    () => document.querySelector('health-notes-ui')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
  );
const activeInside = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('health-notes-ui');
    const inner = host?.shadowRoot?.activeElement;
    return document.activeElement === host && inner ? (inner.getAttribute('aria-label') ?? inner.textContent) : null;
  });

test('keyboard only: navigate, open a card, read it, close it, and return focus', async ({ page, context, server }) => {
  await page.goto(server.url('/keyboard.html'));
  // "hypomagnesemia" repeats "Low magnesium" in the same section: drawn once (ADR 22).
  expect(await waitForHighlights(page, 4)).toHaveLength(4);

  // Terms are not tab stops: Tab goes to the page's own link, then leaves the page content.
  await page.keyboard.press('Tab');
  await expect(page.locator('#start')).toBeFocused();

  const sw = await serviceWorker(context);
  // Chrome's event objects can dispatch to their own listeners: the background's real handler runs.
  await sw.evaluate(() =>
    (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('navigate-terms'),
  );

  // "Low magnesium" is the first term on the page (an alias of Hypomagnesemia).
  await expect.poll(() => focusedTerm(page)).toEqual(['Low magnesium']);
  await expect.poll(() => announcement(page)).toContain('4 health terms on this page. Term 1 of 4: Hypomagnesemia');
  expect(await activeInside(page)).toBe('Health Notes term navigation');

  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedTerm(page)).toEqual(['tetany']);
  await expect.poll(() => announcement(page)).toContain('Term 2 of 4: Tetany');

  // Enter opens the card as a non-modal dialog with focus inside it.
  await page.keyboard.press('Enter');
  const dialog = await openCard(page);
  await expect(dialog).toHaveAttribute('aria-modal', 'false');
  await expect(dialog.getByRole('heading', { name: 'Tetany' })).toBeFocused();
  await expect(dialog).toContainText('When to get care');
  // Tab moves through the card's own controls, in reading order.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('link', { name: /^Source:/u })).toBeFocused();

  // Esc closes the card and puts focus back on the navigation, on the same term.
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  expect(await activeInside(page)).toBe('Health Notes term navigation');
  expect(await focusedTerm(page)).toEqual(['tetany']);

  // Esc again leaves navigation: the focus ring goes and focus is back on the link.
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedTerm(page)).toEqual([]);
  await expect(page.locator('#start')).toBeFocused();
});
