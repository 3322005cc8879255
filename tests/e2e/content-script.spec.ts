import type { Page } from '@playwright/test';
import {
  expect,
  HIGHLIGHT_NAME,
  highlightedRangeBox,
  highlightSize,
  highlightTexts,
  test,
  waitForHighlights,
} from './fixtures';
import {
  BASIC_ARTICLE_LOOK_ALIKE,
  BASIC_ARTICLE_PATH,
  BASIC_ARTICLE_TERMS as EXPECTED_TERMS,
  STRICT_CSP,
} from './support/basic-article.mjs';
import { highlightedPartsOfWord } from './support/page-functions.mjs';
import { setSettings } from './support/extension-state';
import { comparePngs } from './support/pixels';

/** Element count and text of the article as served, from a fresh parse of the same HTML. */
async function servedArticle(page: Page, url: string) {
  return page.evaluate(async (url) => {
    const html = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = doc.querySelector('article')!;
    return { elements: article.querySelectorAll('*').length, text: article.textContent };
  }, url);
}

async function liveArticle(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('article')!;
    return { elements: article.querySelectorAll('*').length, text: article.textContent };
  });
}

test('marks exactly the glossary terms of the article, not the look-alike "tetanus"', async ({
  page,
  server,
  pageErrors,
}) => {
  const url = server.url(BASIC_ARTICLE_PATH);
  await page.goto(url);

  const texts = await waitForHighlights(page, EXPECTED_TERMS.length);
  expect([...texts].sort()).toEqual([...EXPECTED_TERMS].sort());
  const marksOnLookAlike = await page.evaluate(highlightedPartsOfWord, {
    name: HIGHLIGHT_NAME,
    word: BASIC_ARTICLE_LOOK_ALIKE,
  });
  expect(marksOnLookAlike, `marks overlapping "${BASIC_ARTICLE_LOOK_ALIKE}"`).toEqual([]);

  // The look-alike is on the page: it is absent from the marks, not from the text.
  await expect(page.locator('#p-tetanus')).toContainText(BASIC_ARTICLE_LOOK_ALIKE);

  // Highlight mode leaves the page DOM as served.
  expect(await liveArticle(page)).toEqual(await servedArticle(page, url));
  await expect(page.locator('health-note')).toHaveCount(0);

  expect(pageErrors).toEqual([]);
});

for (const csp of [false, true]) {
  test(`the highlight colour is visible under a term${csp ? ' (page under a strict CSP)' : ''}`, async ({
    page,
    context,
    server,
    pageErrors,
  }) => {
    const url = csp
      ? server.route(`/csp${BASIC_ARTICLE_PATH}`, {
          file: BASIC_ARTICLE_PATH.slice(1),
          headers: { 'Content-Security-Policy': STRICT_CSP },
        })
      : server.url(BASIC_ARTICLE_PATH);
    // What the page itself can observe of its policy being broken (ADR 14: the extension imports
    // its scan from its package; that must not count against the page's policy).
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
    });
    await page.goto(url);
    await waitForHighlights(page, EXPECTED_TERMS.length);

    const termBox = await highlightedRangeBox(page, 'hypomagnesemia');
    expect(termBox, 'a highlighted range for "hypomagnesemia"').not.toBeNull();
    // A same-sized box over plain text nearby: must not change when the highlight goes.
    const controlBox = await page.evaluate(() => {
      const node = document.querySelector('#p-plain')!.firstChild!;
      const range = document.createRange();
      const at = node.textContent!.indexOf('reminder');
      range.setStart(node, at);
      range.setEnd(node, at + 'reminder'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

    const clipOf = (b: { x: number; y: number; width: number; height: number }) => ({
      x: Math.floor(b.x),
      y: Math.floor(b.y),
      width: Math.ceil(b.width) + 1,
      // A few pixels more: an underline may sit just under the text box.
      height: Math.ceil(b.height) + 4,
    });
    const termClip = clipOf(termBox!);
    const controlClip = clipOf(controlBox);

    const termWith = await page.screenshot({ clip: termClip });
    const controlWith = await page.screenshot({ clip: controlClip });
    await page.evaluate((name) => CSS.highlights.delete(name), HIGHLIGHT_NAME);
    expect(await highlightSize(page)).toBe(0);
    const termWithout = await page.screenshot({ clip: termClip });
    const controlWithout = await page.screenshot({ clip: controlClip });

    const diffs = await comparePngs(context, [
      [termWith, termWithout],
      [controlWith, controlWithout],
    ]);
    const term = diffs[0]!;
    const control = diffs[1]!;
    const mostChangedRow = Math.max(...term.rowShares);
    expect(
      mostChangedRow,
      `share of pixels changed in the most-changed row under "hypomagnesemia" (sample ${JSON.stringify(term.sample)})`,
    ).toBeGreaterThanOrEqual(0.4);

    expect(control.differing, 'pixels changed over unhighlighted text').toBe(0);

    if (csp) {
      // The only console errors allowed are the page's own stylesheet being refused by its CSP.
      expect(pageErrors.filter((p) => !p.text.includes('article.css'))).toEqual([]);
      expect(pageErrors.length, 'the CSP really was applied (article.css refused)').toBeGreaterThan(0);
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      expect(violations.length, 'the page saw its stylesheet refused').toBeGreaterThan(0);
      expect(violations.filter((uri) => !uri.endsWith('article.css'))).toEqual([]);
    } else {
      expect(pageErrors).toEqual([]);
    }
  });
}

test('hiding a category drops its terms at once, and the global switch clears and restores the page', async ({
  page,
  context,
  server,
  pageErrors,
}) => {
  await page.goto(server.url(BASIC_ARTICLE_PATH));
  await waitForHighlights(page, EXPECTED_TERMS.length);
  const marked = async () => [...(await highlightTexts(page))].sort();

  // Tetany and Chvostek's sign are signs; the other three are conditions and a symptom.
  await setSettings(context, { hiddenCategories: ['sign'] });
  await expect.poll(marked).toEqual(['hypokalemia', 'hypomagnesemia', 'myoclonus']);
  await setSettings(context, { hiddenCategories: ['sign', 'condition'] });
  await expect.poll(marked).toEqual(['myoclonus']);
  await setSettings(context, { hiddenCategories: [] });
  await expect.poll(marked).toEqual([...EXPECTED_TERMS].sort());

  await setSettings(context, { enabled: false });
  await expect.poll(() => highlightSize(page)).toBe(0);
  await setSettings(context, { enabled: true });
  await expect.poll(marked).toEqual([...EXPECTED_TERMS].sort());
  expect(pageErrors).toEqual([]);
});

test('on a long page, terms only near its end are found (the probe narrows and walks from that end)', async ({
  page,
  server,
  pageErrors,
}) => {
  // More than the probe's 64 KB walking limit, with every term in the last part.
  const filler = Array.from(
    { length: 1200 },
    (_, i) => `<p>Paragraph ${i} is about the weather, <b>the</b> roads and <i>the</i> trains.</p>`,
  ).join('');
  const tail = "<div><p>Low magnesium can cause tetany.</p><p>A positive Chvostek's sign.</p></div>";
  const url = server.route('/long-tail.html', {
    body: `<!doctype html><html lang="en"><head><title>Long</title></head><body><main>${filler}${tail}</main><script>var cramPlugin = 1;</script></body></html>`,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
  await page.goto(url);
  const texts = await waitForHighlights(page, 3);
  expect([...texts].sort()).toEqual(["Chvostek's sign", 'Low magnesium', 'tetany']);
  expect(pageErrors).toEqual([]);
});
