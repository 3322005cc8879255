import type { Frame, Page } from '@playwright/test';
import { HIGHLIGHT_NAME, highlightRangeCount, highlightRangeTexts, highlightsSettled } from './page-functions.mjs';

export { HIGHLIGHT_NAME };

export interface WaitForHighlightsOptions {
  /** Give up after this many milliseconds (default 30 s: generous for a loaded 2-core CI box). */
  timeout?: number;
  /**
   * After `min` is reached, also wait until the number of ranges has not changed for this many
   * milliseconds (default 400), so a later scan slice cannot add ranges after the assertion.
   */
  settle?: number;
}

/**
 * Waits until the extension's highlight holds at least `min` ranges and its size has settled,
 * then returns the text of every range in the highlight's order. The scan runs in idle slices
 * after load, so this polls instead of sleeping.
 */
export async function waitForHighlights(
  page: Page,
  min: number,
  { timeout = 30_000, settle = 400 }: WaitForHighlightsOptions = {},
): Promise<string[]> {
  try {
    await page.waitForFunction(highlightsSettled, { name: HIGHLIGHT_NAME, min, settle }, { timeout, polling: 100 });
  } catch (error) {
    const found = await highlightTexts(page).catch(() => null);
    throw new Error(
      `Expected at least ${min} range(s) in CSS.highlights.get('${HIGHLIGHT_NAME}') within ${timeout} ms, ` +
        `found ${found ? `${found.length}: ${JSON.stringify(found)}` : 'none (page gone)'}. ` +
        `Is the content script running (built with \`npm run build\`)?\n${String(error)}`,
      { cause: error },
    );
  }
  return highlightTexts(page);
}

/** Number of ranges currently in the extension's highlight (0 when it is not registered). */
export function highlightSize(page: Page): Promise<number> {
  return page.evaluate(highlightRangeCount, HIGHLIGHT_NAME);
}

/** Texts of the ranges currently in the extension's highlight. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(highlightRangeTexts, HIGHLIGHT_NAME);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Viewport box of the first highlighted range whose text is `text`, or null. */
export function highlightedRangeBox(page: Page | Frame, text: string): Promise<Box | null> {
  return page.evaluate(
    ({ name, text }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== text) continue;
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return null;
    },
    { name: HIGHLIGHT_NAME, text },
  );
}
