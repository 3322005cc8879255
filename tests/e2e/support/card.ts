import { expect, type Locator, type Page } from '@playwright/test';
import { highlightedRangeBox } from './highlights';

/** The card (Playwright's CSS engine pierces the open shadow root). */
export function card(page: Page): Locator {
  return page.locator('health-notes-ui [role="dialog"]');
}

/** Waits for the card to be on screen with its entry loaded. */
export async function openCard(page: Page): Promise<Locator> {
  const c = card(page);
  await expect(c).toBeVisible();
  await expect(c).toHaveAttribute('data-state', 'ready');
  return c;
}

export async function termCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await highlightedRangeBox(page, text);
  if (!box) throw new Error(`no highlighted range "${text}"`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Moves the mouse onto a term from nearby and rests there. The last move is a single
 * event, so "the pointer came to rest" has one timestamp the page records.
 */
export async function hoverTerm(page: Page, text: string): Promise<void> {
  const { x, y } = await termCenter(page, text);
  await page.mouse.move(x - 60, y + 40, { steps: 3 });
  await page.mouse.move(x, y);
}

/**
 * Records, in the page, when the pointer last moved and when a ready card first appears
 * (checked every frame), on the page's own clock.
 */
export async function watchCardAppearance(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __cardSeenAt: number | null; __lastMoveAt: number };
    w.__cardSeenAt = null;
    document.addEventListener('pointermove', (e) => (w.__lastMoveAt = e.timeStamp), true);
    const tick = () => {
      const host = document.querySelector('health-notes-ui');
      // The card is rendered hidden during the dwell; "seen" means visible on screen.
      const dialog = host?.shadowRoot?.querySelector('[role="dialog"][data-state="ready"]');
      if (w.__cardSeenAt === null && dialog?.checkVisibility({ visibilityProperty: true })) {
        w.__cardSeenAt = performance.now();
      }
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Milliseconds from the pointer's last move to the card appearing (null: not seen yet). */
export function restToCardMs(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __cardSeenAt: number | null; __lastMoveAt: number };
    return w.__cardSeenAt === null ? null : w.__cardSeenAt - w.__lastMoveAt;
  });
}

/** Durations of the extension's own "card rendered" measure (render and placement). */
export function cardRenderTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('health-notes:card-render').map((e) => e.duration));
}
