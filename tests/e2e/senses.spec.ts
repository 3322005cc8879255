/**
 * Words in the right sense (ADR 22): a news digest with everyday senses gets no highlight, the
 * same words in a health article are highlighted and open their cards, "diabetes insipidus"
 * opens no diabetes card; and the density (a term once per section by default, every
 * occurrence as an option that applies live).
 */
import { expect, test, waitForHighlights } from './fixtures';
import { card, hoverTerm, openCard } from './support/card';
import { setSettings, waitForScanDone } from './support/extension-state';
import { highlightTexts } from './support/highlights';

/** Highlighted texts, each with the id of the paragraph it is in. */
function highlightsWithBlock(name: string): string[] {
  const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => `${r.startContainer.parentElement?.closest('p')?.id ?? ''}:${r.toString()}`);
}

test('a news digest with everyday senses gets no highlight', async ({ page, context, server, pageErrors }) => {
  await page.goto(server.url('/news-digest.html'));
  const status = await waitForScanDone(context, page);
  expect(await highlightTexts(page)).toEqual([]);
  expect(status.terms).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the same words in a health article are highlighted and open their cards', async ({ page, server }) => {
  await page.goto(server.url('/health-article.html'));
  const texts = await waitForHighlights(page, 6);
  expect(texts).toEqual(expect.arrayContaining(['Low magnesium', 'tremors', 'cramps', 'seizure', 'PPI']));
  await hoverTerm(page, 'seizure');
  await openCard(page);
  await expect(card(page).getByRole('heading', { name: 'Seizures' })).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card(page)).toBeHidden();
  await hoverTerm(page, 'PPI');
  await openCard(page);
  await expect(card(page).getByRole('heading', { name: 'Proton pump inhibitors' })).toBeVisible();
});

test('"diabetes insipidus" opens no diabetes card', async ({ page, context, server }) => {
  await page.goto(server.url('/health-article.html'));
  await waitForHighlights(page, 6);
  await waitForScanDone(context, page);
  const marks = await page.evaluate(highlightsWithBlock, 'health-notes-term');
  expect(marks.filter((m) => m.startsWith('insipidus:'))).toEqual([]);
  expect(marks).toContain(':type 2 diabetes');
  const word = page.locator('#insipidus');
  const box = (await word.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 3 });
  await page.waitForTimeout(900);
  await expect(card(page)).toHaveCount(0);
});

test('by default a repeated term is marked once per section; "every occurrence" brings the rest back live', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url('/health-article.html'));
  await waitForHighlights(page, 6);
  const before = await waitForScanDone(context, page);
  const tremors = (marks: string[]) => marks.filter((m) => m.toLowerCase().endsWith(':tremors'));
  // "tremors" is in two paragraphs of "Signs" (three times) and once in "Causes".
  expect(tremors(await page.evaluate(highlightsWithBlock, 'health-notes-term'))).toEqual([
    'first:tremors',
    'later:tremors',
  ]);
  // Every occurrence is counted all the same (the popup's list and the badge).
  expect(before.terms.find((t) => t.id === 'tremor')?.count).toBe(4);

  await setSettings(context, { density: 'every' });
  await expect
    .poll(async () => tremors(await page.evaluate(highlightsWithBlock, 'health-notes-term')).length, {
      timeout: 15_000,
    })
    .toBe(4);

  await setSettings(context, { density: 'page' });
  await expect
    .poll(async () => tremors(await page.evaluate(highlightsWithBlock, 'health-notes-term')), { timeout: 15_000 })
    .toEqual(['first:tremors']);
});
