/**
 * A page whose article is inside nested open shadow roots (web components): its terms are
 * found, painted inside the roots, open cards on hover, take part in keyboard navigation and
 * "On this page"; slotted light-DOM text is counted once, a closed root is left alone, and a
 * root attached and filled after the first scan is read too.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { card, hoverTerm, openCard, termCenter } from './support/card';
import { highlightTexts } from './support/highlights';
import { pageStatus, serviceWorker, setSettings, waitForScanDone } from './support/extension-state';
import { comparePngs } from './support/pixels';

const PAGE = '/shadow-article.html';

/** The innermost root of the article (news-app > news-story). */
function storyRootSheets(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelector('news-app')!.shadowRoot!.querySelector('news-story')!.shadowRoot!.adoptedStyleSheets
        .length,
  );
}

test('terms inside nested open shadow roots are highlighted and open a card on hover', async ({ page, server }) => {
  await page.goto(server.url(PAGE));
  await waitForHighlights(page, 3);
  // The late root is attached 1.5 s after load and filled 0.4 s later.
  await expect
    .poll(() => highlightTexts(page).then((t) => [...t].sort()), { timeout: 20_000 })
    .toEqual(['hypokalemia', 'hypomagnesemia', 'myoclonus', 'tetany']);
  // myoclonus once: from the late open root, none from the closed one.
  const inTrees = await page.evaluate(() =>
    [...CSS.highlights.get('health-notes-term')!].map((r) => {
      const root = r.startContainer.getRootNode() as Node & { host?: Element };
      return `${r.toString()}@${root.host?.localName ?? 'document'}`;
    }),
  );
  expect(inTrees.sort()).toEqual([
    'hypokalemia@document',
    'hypomagnesemia@news-story',
    'myoclonus@late-card',
    'tetany@news-story',
  ]);

  await hoverTerm(page, 'tetany');
  const shown = await openCard(page);
  await expect(shown.getByRole('heading', { name: 'Tetany' })).toBeVisible();
});

test('"On this page" and the badge count shadow-root terms once, slotted text included once', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url(PAGE));
  await waitForHighlights(page, 3);
  await expect.poll(() => highlightTexts(page).then((t) => t.length), { timeout: 20_000 }).toBe(4);
  const status = await waitForScanDone(context, page);
  const counts = Object.fromEntries(status.terms.map((t) => [t.id, t.count]));
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(4);
  expect(Object.keys(counts)).toHaveLength(4);
  expect((await pageStatus(context, page)).terms).toHaveLength(4);
});

test('keyboard navigation moves through shadow-root terms in reading order', async ({ page, context, server }) => {
  await page.goto(server.url(PAGE));
  await expect.poll(() => highlightTexts(page).then((t) => t.length), { timeout: 20_000 }).toBe(4);
  const focused = () => page.evaluate(() => [...(CSS.highlights.get('health-notes-focus') ?? [])].map(String));
  const sw = await serviceWorker(context);
  await sw.evaluate(() =>
    (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('navigate-terms'),
  );
  // Shadow-including order: news-app's shadow content (the story) before its slotted light DOM.
  await expect.poll(focused).toEqual(['hypomagnesemia']);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toEqual(['tetany']);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toEqual(['hypokalemia']);
  await page.keyboard.press('Enter');
  await expect((await openCard(page)).getByRole('heading', { name: 'Hypokalemia' })).toBeVisible();
});

test('the underline is painted inside the root, and switching off takes the style out again', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url(PAGE));
  await waitForHighlights(page, 3);
  const at = await termCenter(page, 'hypomagnesemia');
  const clip = { x: at.x - 60, y: at.y - 14, width: 120, height: 28 };
  const on = await page.screenshot({ clip });
  expect(await storyRootSheets(page)).toBe(1);

  await setSettings(context, { enabled: false });
  await expect.poll(() => highlightTexts(page)).toEqual([]);
  await expect.poll(() => storyRootSheets(page)).toBe(0);
  await expect(card(page)).toHaveCount(0);
  const off = await page.screenshot({ clip });
  const [diff] = await comparePngs(context, [[on, off]]);
  // The dotted underline under the term: a few rows below the text differ.
  expect(diff!.differing).toBeGreaterThan(20);
});

test('in wrap mode, terms inside the roots are wrapped, styled there, and open a card', async ({
  page,
  context,
  server,
}) => {
  await setSettings(context, { highlightStyle: 'wrap' });
  await page.goto(server.url(PAGE));
  const wrapped = () =>
    page.evaluate(() => {
      const story = document.querySelector('news-app')!.shadowRoot!.querySelector('news-story')!.shadowRoot!;
      return [...story.querySelectorAll('health-note')].map((el) => el.textContent);
    });
  await expect.poll(wrapped, { timeout: 20_000 }).toEqual(['hypomagnesemia', 'tetany']);
  expect(await storyRootSheets(page)).toBe(1);
  const box = (await page.locator('news-story health-note', { hasText: 'tetany' }).boundingBox())!;
  await page.mouse.move(box.x - 60, box.y + 40, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect((await openCard(page)).getByRole('heading', { name: 'Tetany' })).toBeVisible();
});

test('a component below the first screen is read before the reader scrolls to it', async ({
  page,
  context,
  server,
}) => {
  // "On this page", the badge and keyboard navigation cover the whole page: a host search that
  // looked only at what is in view (tried, ADR 25 update 6) would miss this one until scrolled to.
  await page.goto(server.url('/shadow-below-fold.html'));
  await expect(page.locator('#below')).not.toBeInViewport();
  await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(['tetany']);
  const status = await waitForScanDone(context, page);
  expect(status.terms.map((t) => t.id)).toEqual(['tetany']);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.locator('#below').scrollIntoViewIfNeeded();
  await hoverTerm(page, 'tetany');
  await expect((await openCard(page)).getByRole('heading', { name: 'Tetany' })).toBeVisible();
});
