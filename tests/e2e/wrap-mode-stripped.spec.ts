/**
 * Wrap mode on a page that strips elements it did not make (a sanitiser watching its content):
 * each strip is a page change, which had the block wrapped again, stripped again, for ever. The
 * extension gives a block a few tries, then leaves it alone and stops working.
 */
import { expect, test } from './fixtures';
import { setSettings, waitForScanDone } from './support/extension-state';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sanitised</title></head>
<body><main id="content"><p>Low magnesium can cause tetany.</p><p>Myoclonus is a sudden jerk.</p></main>
<script>
  // Only the elements the page knows are kept; anything else is replaced by its text.
  window.stripped = 0;
  const allowed = new Set(['P', 'MAIN']);
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('#content *')) {
      if (allowed.has(el.tagName) || !el.isConnected) continue;
      el.replaceWith(...el.childNodes);
      window.stripped++;
    }
  }).observe(document.getElementById('content'), { childList: true, subtree: true });
</script></body></html>`;

test('a page that strips the wrappers: a few tries per block, then no more work, text intact', async ({
  page,
  context,
  server,
  pageErrors,
}) => {
  await setSettings(context, { highlightStyle: 'wrap' });
  await page.goto(server.route('/sanitised', { body: PAGE }));
  await expect.poll(() => page.evaluate(() => (window as unknown as { stripped: number }).stripped)).toBeGreaterThan(0);
  const status = await waitForScanDone(context, page);
  expect(status.terms.map((t) => t.id).sort()).toEqual(['hypomagnesemia', 'myoclonus', 'tetany']);

  const stripped = () => page.evaluate(() => (window as unknown as { stripped: number }).stripped);
  const settled = await stripped();
  // Three terms, three tries each at most.
  expect(settled).toBeLessThanOrEqual(9);
  await page.waitForTimeout(2000);
  expect(await stripped()).toBe(settled);
  expect(await page.evaluate(() => document.getElementById('content')!.textContent)).toBe(
    'Low magnesium can cause tetany.Myoclonus is a sudden jerk.',
  );
  expect(pageErrors).toEqual([]);
});
