/**
 * The hard cases of term matching on a real page, each with its expected result written in
 * the fixture (tests/fixtures/pages/hard-cases.html): spelling variants, curly apostrophes,
 * terms split by inline tags, links and headings, right-to-left text, look-alikes that must
 * never be marked, and everything that must be left alone (forms, editors, code, hidden).
 */
import { expect, test, waitForHighlights } from './fixtures';
import { waitForScanDone } from './support/extension-state';

/** Highlighted texts grouped by the [data-case] element they fall in, in document order. */
function highlightsByCase(name: string): Record<string, string[]> {
  const highlight = CSS.highlights.get(name);
  const ranges = highlight ? ([...highlight] as Range[]) : [];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const out: Record<string, string[]> = {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-case]')) out[el.dataset.case!] = [];
  for (const range of ranges) {
    const host = range.startContainer.parentElement?.closest<HTMLElement>('[data-case]');
    const key = host?.dataset.case ?? '(outside any case)';
    (out[key] ??= []).push(range.toString());
  }
  return out;
}

function expectedByCase(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-case]')) {
    out[el.dataset.case!] = el.dataset.expect ? el.dataset.expect.split('|') : [];
  }
  return out;
}

test('every hard case is highlighted exactly as expected', async ({ page, context, server, pageErrors }) => {
  await page.goto(server.url('/hard-cases.html'));
  await waitForHighlights(page, 20);
  await waitForScanDone(context, page);
  const actual = await page.evaluate(highlightsByCase, 'health-notes-term');
  const expected = await page.evaluate(expectedByCase);
  expect(actual).toEqual(expected);
  expect(pageErrors).toEqual([]);
});

test('terms inside an iframe are highlighted by the frame itself', async ({ page, server }) => {
  await page.goto(server.url('/with-frame.html'));
  expect(await waitForHighlights(page, 1)).toEqual(['myoclonus']);
  const frame = page.frame({ url: /frame-terms\.html$/u });
  expect(frame, 'the embedded frame').not.toBeNull();
  await expect
    .poll(() => frame!.evaluate(() => [...(CSS.highlights.get('health-notes-term') ?? [])].map(String)), {
      timeout: 30_000,
    })
    .toEqual(['hypomagnesemia', 'tetany']);
});
