/**
 * Single-page apps: the URL changes through the History API and the app swaps its view. The
 * new view's terms are highlighted and the old view's are dropped, also when the first view had
 * no terms at all.
 */
import { expect, HIGHLIGHT_NAME, highlightTexts, test, waitForHighlights } from './fixtures';

const SPA = (view: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head>
<body><nav>Home · Articles</nav><main id="view">${view}</main>
<script>
  // The app's router: swap the view and the URL together, as frameworks do.
  window.go = (path, html) => { history.pushState({}, '', path); document.getElementById('view').innerHTML = html; };
</script></body></html>`;

test('a view with terms replaces another: the new terms are highlighted, the old ones dropped', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(server.route('/app/first', { body: SPA('<p>Low magnesium can cause tetany.</p>') }));
  expect((await waitForHighlights(page, 2)).sort()).toEqual(['Low magnesium', 'tetany']);

  await page.evaluate(() =>
    (window as unknown as { go(p: string, h: string): void }).go('/app/second', '<p>Myoclonus is a sudden jerk.</p>'),
  );
  await expect.poll(() => highlightTexts(page)).toEqual(['Myoclonus']);
  expect(pageErrors).toEqual([]);
});

test('a first view without terms: the next view is still highlighted', async ({ page, server }) => {
  await page.goto(server.route('/app/empty', { body: SPA('<p>Welcome. Pick an article.</p>') }));
  // Give the content script time to finish its first (empty) scan.
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  await page.waitForTimeout(500);
  expect(await highlightTexts(page)).toEqual([]);

  await page.evaluate(() =>
    (window as unknown as { go(p: string, h: string): void }).go('/app/article', '<p>Signs of hypocalcemia.</p>'),
  );
  await expect.poll(() => highlightTexts(page)).toEqual(['hypocalcemia']);
});

test('hash updates and replaceState while scrolling keep the highlights; a new path scans again', async ({
  page,
  server,
}) => {
  await page.goto(server.route('/app/article', { body: SPA('<p id="s1">Low magnesium can cause tetany.</p>') }));
  expect((await waitForHighlights(page, 2)).sort()).toEqual(['Low magnesium', 'tetany']);
  // The page keeps the range objects it sees now: a clear and rescan draws new ones.
  const sameRanges = () =>
    page.evaluate((name) => {
      const w = window as unknown as { kept?: AbstractRange[] };
      const now = [...(CSS.highlights.get(name) ?? [])];
      w.kept ??= now;
      return now.length === w.kept.length && now.every((r, i) => r === w.kept![i]);
    }, HIGHLIGHT_NAME);
  expect(await sameRanges()).toBe(true);

  await page.evaluate(async () => {
    for (let i = 0; i < 20; i++) {
      history.replaceState({}, '', `#s${i}`);
      await new Promise((r) => setTimeout(r, 30));
    }
    location.hash = 'end';
    history.replaceState({ scroll: 1 }, '', '/app/article#end');
  });
  await page.waitForTimeout(1500);
  expect(await sameRanges()).toBe(true);

  await page.evaluate(() => history.pushState({}, '', '/app/other'));
  await expect.poll(sameRanges).toBe(false);
  expect((await highlightTexts(page)).sort()).toEqual(['Low magnesium', 'tetany']);
});
