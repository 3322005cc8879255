/**
 * Pages nested far deeper than any parser makes them, built by script (generated layouts, a
 * hostile page): the scan neither throws nor stops, and terms the page adds later are found.
 * The deep part is display:none: Chromium's own layout crashes the tab at about 5,000 visible
 * levels (measured with no extension loaded), while a hidden subtree is still read by the scan.
 */
import { expect, highlightTexts, test, waitForHighlights } from './fixtures';

const DEPTH = 20_000;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep</title></head>
<body><p>Low magnesium is common.</p></body></html>`;

test(`a page that nests ${DEPTH} levels by script still gets its later terms highlighted`, async ({
  page,
  server,
  pageErrors,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('Health Notes')) warnings.push(message.text());
  });
  await page.goto(server.route('/deep', { body: PAGE }));
  expect(await waitForHighlights(page, 1)).toEqual(['Low magnesium']);

  await page.evaluate((depth) => {
    const hidden = document.body.appendChild(document.createElement('div'));
    hidden.style.display = 'none';
    let el: Element = hidden;
    for (let i = 0; i < depth; i++) el = el.appendChild(document.createElement('div'));
    el.textContent = 'Signs of tetany.';
  }, DEPTH);
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Myoclonus is a sudden jerk.';
    document.body.append(p);
  });
  await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).toContain('Myoclonus');
  // Hidden text is read but not marked (it is not shown).
  expect(await highlightTexts(page)).toEqual(['Low magnesium', 'Myoclonus']);
  expect(warnings).toEqual([]);
  expect(pageErrors).toEqual([]);
});
