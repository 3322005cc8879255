/**
 * The hard cases of term matching on a real page, each with its expected result written in
 * the fixture (tests/fixtures/pages/hard-cases.html): spelling variants, curly apostrophes,
 * terms split by inline tags, links and headings, right-to-left text, look-alikes that must
 * never be marked, and everything that must be left alone (forms, editors, code, hidden).
 */
import { expect, test, waitForHighlights } from './fixtures';
import { setSettings, waitForScanDone } from './support/extension-state';

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
  // Every occurrence: this page is about matching; how often a term is drawn is the next test.
  await setSettings(context, { density: 'every' });
  await page.goto(server.url('/hard-cases.html'));
  await waitForHighlights(page, 20);
  await waitForScanDone(context, page);
  const actual = await page.evaluate(highlightsByCase, 'health-notes-term');
  const expected = await page.evaluate(expectedByCase);
  expect(actual).toEqual(expected);
  expect(pageErrors).toEqual([]);
});

test('with the default density each term is drawn once per section, never a mark the case does not expect', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url('/hard-cases.html'));
  await waitForHighlights(page, 12);
  await waitForScanDone(context, page);
  const actual = await page.evaluate(highlightsByCase, 'health-notes-term');
  const expected = await page.evaluate(expectedByCase);
  for (const [key, texts] of Object.entries(actual)) {
    expect(
      texts.every((t) => expected[key]?.includes(t)),
      `case ${key}: ${texts.join('|')}`,
    ).toBe(true);
  }
  // The heading starts the section; the page's repeats (hypocalcaemia, spasm, myoclonic jerks,
  // tetany, hypomagnesemia, Chvostek's sign) fall in the first 12 blocks after it.
  expect(Object.values(actual).flat()).toEqual([
    'Myoclonus',
    'Hypocalcemia',
    'muscle spasms',
    'hypokalemic',
    'Chvostek’s sign',
    "Trousseau's sign",
    'TETANY',
    'HYPOMAGNESEMIA',
    'blepharospasm',
    'ALS',
    'PPIs',
    'nocturnal leg cramps',
  ]);
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

test('only frames worth scanning load the page scan: an HTML frame does, a plain-text frame does not', async ({
  page,
  context,
  server,
  pageErrors,
}) => {
  const textFrame = server.route('/notes.txt', {
    body: 'Plain text that mentions tetany.',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
  const htmlFrame = server.url('/frame-terms.html');
  const top = server.route('/two-frames.html', {
    body: `<!doctype html><title>Two frames</title><p>Myoclonus.</p>
      <iframe src="${textFrame}"></iframe><iframe src="${htmlFrame}"></iframe>`,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
  // The frames whose content script imported the scan (ADR 14), by the frame's address.
  const loadedIn = new Set<string>();
  context.on('request', (request) => {
    if (!request.url().endsWith('/frame-main.js')) return;
    loadedIn.add(request.frame().url());
  });

  await page.goto(top);
  expect(await waitForHighlights(page, 1)).toEqual(['Myoclonus']);
  const frame = page.frame({ url: /frame-terms\.html$/u })!;
  await expect
    .poll(() => frame.evaluate(() => CSS.highlights.get('health-notes-term')?.size ?? 0), { timeout: 30_000 })
    .toBe(2);
  expect([...loadedIn].sort()).toEqual([top, htmlFrame].sort());
  expect(pageErrors).toEqual([]);
});
