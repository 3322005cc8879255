/**
 * Cards for terms inside frames too small for a card (ADR 29): the top frame draws the card next
 * to the frame's term, fully inside the top viewport, also for a cross-origin frame; hover rules
 * hold across the frame's edge (onto the card it stays, away it closes), Esc closes it, the right
 * one of two same-size frames is found, and keyboard navigation on such a page keeps working.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, highlightedRangeBox, test, waitForHighlights } from './fixtures';
import { card, openCard } from './support/card';
import { serviceWorker } from './support/extension-state';
import { startStaticServer, type StaticServer } from './support/static-server.mjs';

const TOP = '/small-frames.html';
const INNER = '/small-frame-inner.html';

let other: StaticServer;
test.beforeAll(async () => {
  // Another port of 127.0.0.1 is another origin: the frames are cross-origin to the top page.
  other = await startStaticServer();
});
test.afterAll(async () => {
  await other.close();
});

/** Loads the page, points both frames at the other origin, waits for "tetany" in each. */
async function loadFrames(page: Page, topUrl: string): Promise<Frame[]> {
  await page.goto(topUrl);
  await waitForHighlights(page, 1);
  const src = other.url(INNER);
  await page.evaluate((url) => {
    for (const id of ['first', 'second']) (document.getElementById(id) as HTMLIFrameElement).src = url;
  }, src);
  await expect.poll(() => page.frames().filter((f) => f.url() === src).length).toBe(2);
  const frames = page.frames().filter((f) => f.url() === src);
  for (const frame of frames) {
    await expect
      .poll(() => highlightedRangeBox(frame, 'tetany'), { message: 'the frame highlighted "tetany"', timeout: 30_000 })
      .not.toBeNull();
  }
  return frames;
}

/** Top-viewport box of the frame element `id` (its content box). */
function frameOrigin(page: Page, id: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const r = el.getBoundingClientRect();
    return { x: r.x + el.clientLeft, y: r.y + el.clientTop, width: el.clientWidth, height: el.clientHeight };
  }, id);
}

/** Rests the mouse on "tetany" in the frame `id`; returns the term's top-viewport box. */
async function hoverFrameTerm(page: Page, frame: Frame, id: string) {
  const inner = (await highlightedRangeBox(frame, 'tetany'))!;
  const origin = await frameOrigin(page, id);
  const box = { x: origin.x + inner.x, y: origin.y + inner.y, width: inner.width, height: inner.height };
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 40, y + 30, { steps: 3 });
  await page.mouse.move(x, y);
  return box;
}

function frameHasCard(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.querySelectorAll('health-notes-ui').length);
}

test('a term in a small cross-origin frame opens its card in the top page, whole and next to the term', async ({
  page,
  server,
}) => {
  const [first] = await loadFrames(page, server.url(TOP));
  const term = await hoverFrameTerm(page, first!, 'first');
  const shown = await openCard(page);
  await expect(shown.getByRole('heading', { name: 'Tetany' })).toBeVisible();
  const box = (await shown.boundingBox())!;
  const view = page.viewportSize()!;
  const frame = await frameOrigin(page, 'first');
  // Fully inside the top viewport, and larger than the frame could have shown.
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.height).toBeGreaterThan(frame.height);
  // Next to the term: just below it, starting near its left edge.
  expect(Math.abs(box.y - (term.y + term.height))).toBeLessThan(24);
  expect(Math.abs(box.x - term.x)).toBeLessThan(40);
  // The frame drew no card of its own.
  expect(await frameHasCard(first!)).toBe(0);
});

test('the card stays while the pointer is on it and closes when the pointer leaves', async ({ page, server }) => {
  const [first] = await loadFrames(page, server.url(TOP));
  await hoverFrameTerm(page, first!, 'first');
  const shown = await openCard(page);
  const box = (await shown.boundingBox())!;
  // Across the frame's edge onto the card, in small steps (WCAG 1.4.13: hoverable).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await page.waitForTimeout(900);
  await expect(card(page)).toBeVisible();
  // Off the card to an empty part of the top page: it closes.
  await page.mouse.move(box.x + box.width + 150, box.y + box.height / 2, { steps: 4 });
  await expect(card(page)).toBeHidden({ timeout: 3_000 });
});

test('moving off the term inside the frame closes the card; Esc closes it and it stays closed', async ({
  page,
  server,
}) => {
  const [first] = await loadFrames(page, server.url(TOP));
  const term = await hoverFrameTerm(page, first!, 'first');
  await openCard(page);
  // Still inside the frame, on the words before the term (the card covers the frame below it).
  const frame = await frameOrigin(page, 'first');
  await page.mouse.move(frame.x + 12, term.y + term.height / 2, { steps: 3 });
  await expect(card(page)).toBeHidden({ timeout: 3_000 });

  await hoverFrameTerm(page, first!, 'first');
  await openCard(page);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await page.waitForTimeout(800);
  await expect(card(page)).toBeHidden();
});

test('of two frames of the same size, the card goes next to the one the pointer is in', async ({ page, server }) => {
  const [, second] = await loadFrames(page, server.url(TOP));
  const term = await hoverFrameTerm(page, second!, 'second');
  const shown = await openCard(page);
  const box = (await shown.boundingBox())!;
  const secondFrame = await frameOrigin(page, 'second');
  expect(box.x).toBeGreaterThanOrEqual(secondFrame.x - 40);
  expect(Math.abs(box.x - term.x)).toBeLessThan(40);
});

test('keyboard navigation on a page with small frames still moves through its terms and opens cards', async ({
  page,
  context,
  server,
}) => {
  await loadFrames(page, server.url(TOP));
  const sw = await serviceWorker(context);
  await sw.evaluate(() =>
    (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('navigate-terms'),
  );
  const focused = () => page.evaluate(() => [...(CSS.highlights.get('health-notes-focus') ?? [])].map(String));
  await expect.poll(focused).toEqual(['myoclonus']);
  await page.keyboard.press('Enter');
  const shown = await openCard(page);
  await expect(shown.getByRole('heading', { name: 'Myoclonus' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ device: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });

  test('a tap on a term in a small frame opens its card in the top page; a tap elsewhere closes it', async ({
    page,
    server,
  }) => {
    const [first] = await loadFrames(page, server.url(TOP));
    const inner = (await highlightedRangeBox(first!, 'tetany'))!;
    const origin = await frameOrigin(page, 'first');
    await page.touchscreen.tap(origin.x + inner.x + inner.width / 2, origin.y + inner.y + inner.height / 2);
    const shown = await openCard(page);
    const box = (await shown.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThan(origin.height);
    expect(await frameHasCard(first!)).toBe(0);
    // A tap on the top page's first line, away from the card.
    await page.touchscreen.tap(20, 12);
    await expect(card(page)).toBeHidden();
  });
});
