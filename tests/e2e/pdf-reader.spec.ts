/**
 * The PDF reader (pdf.html): a PDF made in the test (Chromium's own print of the basic article)
 * opens from the file picker or from its address, pages render with a text layer whose terms
 * are highlighted, listed and explained; the only request is the PDF itself when asked by
 * address, and none at all for a file.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { BASIC_ARTICLE_TERMS } from './support/basic-article.mjs';
import { hoverTerm, openCard } from './support/card';
import { articlePdf, pdfFile, servePdfs } from './support/pdf';
import { expect, test, waitForHighlights } from './fixtures';

function outsideRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) seen.push(r.url());
  });
  return seen;
}

async function openReader(page: Page, extensionId: string, query = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/pdf.html${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'PDF reader' })).toBeVisible();
}

test('a PDF chosen with the file picker shows its terms highlighted, with cards, and nothing is requested', async ({
  page,
  context,
  extensionId,
  server,
  pageErrors,
}) => {
  const pdf = await articlePdf(context, server);
  const requests = outsideRequests(context);
  await openReader(page, extensionId);
  await page.getByTestId('pdf-file').setInputFiles(pdfFile(pdf));

  await expect(page.getByRole('status').filter({ hasText: 'Reading: lab-printout.pdf' })).toBeVisible();
  await expect(page.locator('.hn-pdf-page .textLayer span').first()).toBeAttached();
  const texts = await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
  // Each term once (no page read twice), the look-alike "tetanus" not at all.
  expect(texts.map((t) => t.replace(/\s+/g, ' ')).sort()).toEqual([...BASIC_ARTICLE_TERMS].sort());
  await expect(page.getByTestId('reader-terms').locator('[data-term-id]')).toHaveCount(BASIC_ARTICLE_TERMS.length);
  await expect(page.getByRole('group', { name: 'Page 1 of 1' })).toBeVisible();

  await page.locator('.textLayer span', { hasText: 'myoclonus' }).first().scrollIntoViewIfNeeded();
  await hoverTerm(page, 'myoclonus');
  await expect(await openCard(page)).toContainText(/myoclonus/i);

  // Zoom redraws the page bigger and keeps the highlights on the same text.
  const before = (await page.locator('.hn-pdf-page').boundingBox())!.width;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByText('125%')).toBeVisible();
  await expect.poll(async () => (await page.locator('.hn-pdf-page').boundingBox())!.width).toBeGreaterThan(before);
  expect((await waitForHighlights(page, BASIC_ARTICLE_TERMS.length)).length).toBe(texts.length);

  expect(requests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a PDF opened by its address is fetched once and nothing else is requested', async ({
  page,
  context,
  extensionId,
  server,
}) => {
  const pdfServer = await servePdfs({ 'printout.pdf': await articlePdf(context, server) });
  try {
    const requests = outsideRequests(context);
    const address = pdfServer.url('/printout.pdf');
    await openReader(page, extensionId, `?url=${encodeURIComponent(address)}`);
    await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
    await expect(page.getByRole('status').filter({ hasText: 'Reading: printout.pdf' })).toBeVisible();
    expect(requests).toEqual([address]);
    expect(pdfServer.requests).toEqual(['/printout.pdf']);
  } finally {
    await pdfServer.close();
  }
});

test('a file that is not a PDF, and an address that is not http, get a plain message', async ({
  page,
  extensionId,
}) => {
  await openReader(page, extensionId);
  await page.getByTestId('pdf-file').setInputFiles(pdfFile(Buffer.from('not a pdf at all')));
  await expect(page.getByTestId('pdf-message')).toHaveText('This file is not a PDF, or it is damaged.');

  await openReader(page, extensionId, `?url=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.getByTestId('pdf-message')).toHaveText('This address cannot be opened as a PDF.');
});

test('a PDF without a text layer says so', async ({ page, context, extensionId }) => {
  // An image-only page: what a scanner makes.
  const maker = await context.newPage();
  await maker.setContent(
    '<canvas id="c" width="400" height="200"></canvas><script>const x=c.getContext("2d");x.fillRect(20,20,300,100)</script>',
  );
  const scanned = await maker.pdf({ width: '400px', height: '300px' });
  await maker.close();
  await openReader(page, extensionId);
  await page.getByTestId('pdf-file').setInputFiles(pdfFile(scanned));
  await expect(page.getByTestId('pdf-message')).toContainText('no text that can be read');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the PDF reader (${scheme})`, async ({ page, context, extensionId, server }) => {
    const pdf = await articlePdf(context, server);
    await page.emulateMedia({ colorScheme: scheme });
    await openReader(page, extensionId);
    const empty = await new AxeBuilder({ page }).analyze();
    expect(empty.violations.map((v) => v.id)).toEqual([]);
    await page.getByTestId('pdf-file').setInputFiles(pdfFile(pdf));
    await waitForHighlights(page, BASIC_ARTICLE_TERMS.length);
    const full = await new AxeBuilder({ page }).analyze();
    const summary = full.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}
