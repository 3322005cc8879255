/**
 * A phone: Chromium's mobile emulation (390x844 CSS pixels at 2x, touch, a page with a viewport
 * meta tag). A tap on a term opens its card, a tap elsewhere closes it, a tap on a link inside a
 * term follows the link, a swipe that starts on a term scrolls and opens nothing, and taps the
 * page fakes open nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { card, hoverTerm, openCard, termCenter } from './support/card';

test.use({ device: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });

const WAIT_MS = 800;

async function phonePage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHighlights(page, 3);
  // The emulation is on: a 2x screen, a touch screen, the viewport meta tag honoured.
  expect(await page.evaluate(() => [devicePixelRatio, innerWidth, matchMedia('(pointer: coarse)').matches])).toEqual([
    2,
    390,
    true,
  ]);
}

test('a tap on a term opens its card and a tap elsewhere closes it', async ({ page, server }) => {
  await phonePage(page, server.url('/mobile-article.html'));
  const at = await termCenter(page, 'hypomagnesemia');
  await page.touchscreen.tap(at.x, at.y);
  const shown = await openCard(page);
  await expect(shown).toContainText(/magnesium/i);
  const box = (await shown.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  // Plain text away from the card: above it or below it, whichever the card left free.
  const plain = (await page.locator(box.y > 120 ? 'h1' : '#p-myoclonus').boundingBox())!;
  const spot = { x: plain.x + 10, y: plain.y + plain.height / 2 };
  expect(spot.y < box.y || spot.y > box.y + box.height).toBe(true);
  await page.touchscreen.tap(spot.x, spot.y);
  await expect(card(page)).toBeHidden();

  // Another term opens its own card.
  const other = await termCenter(page, 'myoclonus');
  await page.touchscreen.tap(other.x, other.y);
  await expect(await openCard(page)).toContainText(/jerk/i);
});

test('a tap on a link inside a term follows the link and opens no card', async ({ page, server }) => {
  await phonePage(page, server.url('/mobile-article.html'));
  const at = await termCenter(page, 'tetany');
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.id, at)).toBe('linked');
  await page.touchscreen.tap(at.x, at.y);
  await expect(page).toHaveURL(/#followed$/);
  await page.waitForTimeout(WAIT_MS);
  await expect(card(page)).toHaveCount(0);
});

test('a swipe that starts on a term scrolls the page and opens no card', async ({ page, server }) => {
  await phonePage(page, server.url('/mobile-article.html'));
  const at = await termCenter(page, 'myoclonus');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(at.x), y: Math.round(y) }],
    });
  await touch('touchStart', at.y);
  for (let step = 1; step <= 10; step++) await touch('touchMove', at.y - step * 30);
  await touch('touchEnd', at.y - 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  await page.waitForTimeout(WAIT_MS);
  await expect(card(page)).toHaveCount(0);
});

test("the page's own touch events and clicks open no card", async ({ page, server }) => {
  await phonePage(page, server.url('/mobile-article.html'));
  const at = await termCenter(page, 'hypomagnesemia');
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    const init = { clientX: x, clientY: y, bubbles: true, composed: true };
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
    target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'touch' }));
    target.dispatchEvent(new PointerEvent('click', { ...init, pointerType: 'touch' }));
  }, at);
  await page.waitForTimeout(WAIT_MS);
  await expect(card(page)).toHaveCount(0);
  // The same spot, tapped for real, does open it.
  await page.touchscreen.tap(at.x, at.y);
  await openCard(page);
});

test.describe('a HiDPI laptop screen (2x, mouse)', () => {
  test.use({ device: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 } });

  test('resting the mouse on a term opens its card', async ({ page, server }) => {
    await page.goto(server.url('/basic-article.html'));
    await waitForHighlights(page, 3);
    expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
    await hoverTerm(page, 'tetany');
    await expect(await openCard(page)).toContainText(/muscle/i);
  });
});
