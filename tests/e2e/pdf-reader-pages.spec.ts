/**
 * The PDF reader with several pages and from a tab: page navigation (buttons, the page number,
 * the keyboard through terms across pages) and the right-click item "Read this PDF with Health
 * Notes", fired in the service worker as Chrome would (Playwright cannot open native menus).
 */
import type { Worker } from '@playwright/test';
import { pagedPdf, pdfFile, servePdfs } from './support/pdf';
import { expect, test, waitForHighlights } from './fixtures';

const TERMS = ['tetany', 'hypokalemia', 'myoclonus'] as const;

async function clickMenu(sw: Worker, info: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (info) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
      { frameId: 0, editable: false, ...info },
      tab,
    );
  }, info);
}

test('page navigation: buttons, the page number, and terms on every page', async ({ page, context, extensionId }) => {
  const pdf = await pagedPdf(context, TERMS);
  await page.goto(`chrome-extension://${extensionId}/pdf.html`);
  await page.getByTestId('pdf-file').setInputFiles(pdfFile(pdf, 'parts.pdf'));
  const texts = await waitForHighlights(page, TERMS.length);
  expect([...texts].sort()).toEqual([...TERMS].sort());
  await expect(page.getByRole('group', { name: /^Page \d of 3$/ })).toHaveCount(3);

  const pageBox = page.getByRole('spinbutton', { name: 'Page' });
  await expect(pageBox).toHaveValue('1');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(pageBox).toHaveValue('2');
  await expect(page.getByRole('group', { name: 'Page 2 of 3' })).toBeInViewport();
  await pageBox.fill('3');
  await pageBox.press('Enter');
  await expect(page.getByRole('group', { name: 'Page 3 of 3' })).toBeInViewport();
  // The last page never reaches the top of the window, and is still the current page.
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  // The toolbar stays in view over the pages.
  await expect(page.getByRole('toolbar', { name: 'Pages' })).toBeInViewport();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(pageBox).toHaveValue('2');
  await expect(page.getByRole('group', { name: 'Page 2 of 3' })).toBeInViewport();

  // The terms list takes you to the page a term is on.
  await page.getByTestId('reader-terms').locator('[data-term-id="tetany"]').click();
  await expect(page.getByRole('group', { name: 'Page 1 of 3' })).toBeInViewport();
});

test('the right-click item on a PDF tab and on a link to a PDF opens the reader on it', async ({
  page,
  context,
  extensionId,
}) => {
  const pdfServer = await servePdfs({ 'parts.pdf': await pagedPdf(context, TERMS) });
  try {
    const sw = context.serviceWorkers()[0]!;
    await expect
      .poll(() =>
        sw.evaluate(() =>
          Promise.all(
            ['health-notes-read-pdf', 'health-notes-read-pdf-link'].map((id) =>
              chrome.contextMenus.update(id, {}).then(
                () => 'exists',
                (e: Error) => e.message,
              ),
            ),
          ),
        ),
      )
      .toEqual(['exists', 'exists']);

    const address = pdfServer.url('/parts.pdf');
    let opened = context.waitForEvent('page', (p) => p.url().includes('/pdf.html'));
    await clickMenu(sw, { menuItemId: 'health-notes-read-pdf', pageUrl: address });
    let reader = await opened;
    expect(reader.url()).toBe(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(address)}`);
    await waitForHighlights(reader, TERMS.length);
    await reader.close();

    opened = context.waitForEvent('page', (p) => p.url().includes('/pdf.html'));
    await clickMenu(sw, {
      menuItemId: 'health-notes-read-pdf-link',
      pageUrl: 'https://example.org/',
      linkUrl: address,
    });
    reader = await opened;
    await waitForHighlights(reader, TERMS.length);
    expect(pdfServer.requests).toEqual(['/parts.pdf', '/parts.pdf']);

    // An address the reader would refuse opens nothing.
    const before = context.pages().length;
    await clickMenu(sw, { menuItemId: 'health-notes-read-pdf', pageUrl: 'file:///home/me/scan.pdf' });
    await page.waitForTimeout(500);
    expect(context.pages().length).toBe(before);
  } finally {
    await pdfServer.close();
  }
});
