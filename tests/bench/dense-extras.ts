/**
 * Two measures on a dense page, each in a browser of its own:
 *
 *  - Hover: 20 different highlighted terms are hovered one after the other, each by a mouse
 *    coming from nearby and resting on it. The card's own render measure (render and placement,
 *    `health-notes:card-render`, switched on through the extension's test hooks as in the e2e
 *    tests) gives the time from the end of the dwell, when the card starts to be shown, to the
 *    card rendered and placed; the median of the 20 is the figure.
 *  - Memory: the renderer's JS heap after a forced GC (CDP HeapProfiler.collectGarbage, then
 *    Runtime.getHeapUsage of the page's isolate, which holds the page's world and the
 *    extension's isolated world), once the extension is done, with and without the extension.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { TEST_HOOKS_KEY } from '../../components/card/test-hooks';
import { blockOutside, launchWithExtension } from './browsers';
import { fmt, log, median } from './config';
import { HIGHLIGHT_SIZE } from './page-scripts';

export const HOVERS = 20;
/** The hover intent's dwell (DEFAULT_HOVER_INTENT.showDelayMs). */
const DWELL_MS = 300;

export interface HoverResult {
  page: string;
  /** Render and placement of each card, ms. */
  renderMs: number[];
  medianMs: number;
  /** Cards that did not show within 3 s. */
  missed: number;
}

export interface MemoryResult {
  page: string;
  withExtensionMb: number;
  withoutExtensionMb: number;
  deltaMb: number;
}

async function settledHighlights(page: Page, maxMs = 30_000): Promise<number> {
  const t0 = Date.now();
  let last = -2;
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    const size = await page.evaluate<number>(HIGHLIGHT_SIZE);
    if (size !== last) since = Date.now();
    else if (Date.now() - since > 1500) return size;
    last = size;
    await page.waitForTimeout(250);
  }
  return last;
}

/** Center of the n-th distinct highlighted range after scrolling it into view (null: none). */
const RANGE_CENTER = `(n) => {
  const h = CSS.highlights.get('health-notes-term');
  if (!h) return null;
  const ranges = [...h];
  const step = Math.max(1, Math.floor(ranges.length / ${HOVERS + 1}));
  const range = ranges[Math.min(ranges.length - 1, (n + 1) * step)];
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}`;

const RENDERS = `performance.getEntriesByName('health-notes:card-render').map((e) => e.duration)`;

async function hoverOnce(page: Page, n: number): Promise<number | null> {
  const before = (await page.evaluate<number[]>(RENDERS)).length;
  const at = await page.evaluate<{ x: number; y: number } | null>(`(${RANGE_CENTER})(${n})`);
  if (!at) return null;
  await page.waitForTimeout(200);
  await page.mouse.move(at.x - 60, at.y + 40, { steps: 3 });
  await page.mouse.move(at.x, at.y);
  const t0 = Date.now();
  while (Date.now() - t0 < 3000) {
    await page.waitForTimeout(DWELL_MS / 3);
    const renders = await page.evaluate<number[]>(RENDERS);
    if (renders.length > before) {
      // Away, so the card closes before the next term.
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(600);
      return renders.at(-1)!;
    }
  }
  await page.mouse.move(2, 2);
  return null;
}

export async function measureHover(executablePath: string, url: string, name: string): Promise<HoverResult> {
  const { context } = await launchWithExtension(executablePath);
  try {
    await blockOutside(context);
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(
      ({ key }) => chrome.storage.local.set({ [key]: { openShadowRoot: false, cardRenderMeasure: true } }),
      { key: TEST_HOOKS_KEY },
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settledHighlights(page);
    const renderMs: number[] = [];
    let missed = 0;
    for (let n = 0; n < HOVERS; n++) {
      const ms = await hoverOnce(page, n);
      if (ms === null) missed++;
      else renderMs.push(ms);
    }
    const result = { page: name, renderMs, medianMs: renderMs.length ? median(renderMs) : NaN, missed };
    log(
      `  hover: median ${fmt(result.medianMs)} ms from the dwell's end to the card (${renderMs.length} cards, ${missed} missed)`,
    );
    return result;
  } finally {
    await context.close();
  }
}

async function heapAfterGc(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await settledHighlights(page, 20_000);
  await page.waitForTimeout(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize / 1024 / 1024;
}

export async function measureMemory(executablePath: string, url: string, name: string): Promise<MemoryResult> {
  const withExt = await launchWithExtension(executablePath);
  let withExtensionMb: number;
  try {
    await blockOutside(withExt.context);
    withExtensionMb = await heapAfterGc(withExt.context, url);
  } finally {
    await withExt.context.close();
  }
  const browser = await chromium.launch({ executablePath, headless: true });
  let withoutExtensionMb: number;
  try {
    const context = await browser.newContext();
    await blockOutside(context);
    withoutExtensionMb = await heapAfterGc(context, url);
  } finally {
    await browser.close();
  }
  const result = { page: name, withExtensionMb, withoutExtensionMb, deltaMb: withExtensionMb - withoutExtensionMb };
  log(
    `  memory: JS heap after GC ${fmt(withExtensionMb, 2)} MB with the extension, ${fmt(withoutExtensionMb, 2)} MB without`,
  );
  return result;
}
