/**
 * What a hostile page can see of the extension and what it can break, with the extension as it
 * runs for real users (test hooks off): the card's shadow root is closed, the page's timeline
 * holds nothing of ours, and neither a custom element, a named form nor a forged WXT event
 * stops highlighting or the card.
 */
import { expect, test, waitForHighlights } from './fixtures';
import { hoverTerm, termCenter } from './support/card';
import { cardDrawnBelow, closedCardView } from './support/closed-card';
import { highlightTexts } from './support/highlights';

test.use({ testHooks: false });

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head>
<body><p id="first">Her doctor called this tetany and asked about the sign.</p>
<p id="second">The printout also listed hypomagnesemia near the bottom.</p></body></html>`;

/** Hovers a term and waits until the card is drawn below it and reads `title` (seen through CDP). */
async function expectCardFor(page: import('@playwright/test').Page, term: string, title: string): Promise<void> {
  await hoverTerm(page, term);
  const at = await termCenter(page, term);
  await expect.poll(() => cardDrawnBelow(page, at), { message: 'the card is drawn below the term' }).toBe(true);
  await expect.poll(async () => (await closedCardView(page)).title).toBe(title);
}

test('the card opens in a closed shadow root: the page gets null from host.shadowRoot', async ({ page, server }) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await expectCardFor(page, 'tetany', 'Tetany');
  const view = await closedCardView(page);
  expect(view).toMatchObject({ hosts: 1, shadowRootType: 'closed', state: 'ready' });
  expect(await page.evaluate(() => document.querySelector('health-notes-ui')?.shadowRoot)).toBeNull();
});

test("the page's performance timeline holds no entry of the extension's", async ({ page, server }) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await expectCardFor(page, 'tetany', 'Tetany');
  await page.keyboard.press('Escape');
  await expectCardFor(page, 'hypomagnesemia', 'Hypomagnesemia');
  const ours = await page.evaluate(() =>
    performance
      .getEntries()
      .filter(
        (e) => e.entryType === 'mark' || e.entryType === 'measure' || /health-notes|^chrome-extension:/iu.test(e.name),
      )
      .map((e) => `${e.entryType} ${e.name}`),
  );
  expect(ours).toEqual([]);
});

test("a custom element the page defines with the card host's name does not break the card", async ({
  page,
  server,
}) => {
  const url = server.route('/custom-element.html', {
    body: ARTICLE.replace(
      '</body>',
      `<script>
        customElements.define('health-notes-ui', class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = 'page-made'; }
        });
      </script></body>`,
    ),
  });
  await page.goto(url);
  await waitForHighlights(page, 2);
  await expectCardFor(page, 'tetany', 'Tetany');
});

test("a page form named like the extension's script registry does not stop it", async ({ page, server }) => {
  const names = ['frame-main', 'term-interactions', 'card-ui', 'wrap-renderer'];
  const fields = names.map((n) => `<input type="hidden" name="${n}">`).join('');
  const url = server.route('/named-form.html', {
    body: ARTICLE.replace('<body>', `<body><form id="__healthNotesScripts">${fields}</form>`),
  });
  await page.goto(url);
  await waitForHighlights(page, 2);
  await expectCardFor(page, 'tetany', 'Tetany');
});

test('WXT\'s "content script started" event dispatched by the page does not stop highlighting', async ({
  page,
  server,
  extensionId,
}) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await page.evaluate((id) => {
    const type = `${id}:frame-gate:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'frame-gate', messageId: 'page' } }));
  }, extensionId);
  // Still running: a paragraph added now is read and highlighted, and its card opens.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Later the note mentioned dystonia as well.';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(() => highlightTexts(page)).toContain('dystonia');
  await expectCardFor(page, 'tetany', 'Tetany');
});

test("a page element named like wrap mode's wrapper is not styled by the extension", async ({ page, server }) => {
  const url = server.route('/look-alike-wrapper.html', {
    body: ARTICLE.replace('<body>', '<body><health-note data-health-term="tetany" id="probe">probe</health-note>'),
  });
  await page.goto(url);
  await waitForHighlights(page, 2);
  const decoration = await page.evaluate(() => getComputedStyle(document.getElementById('probe')!).textDecorationStyle);
  expect(decoration).not.toBe('dotted');
});
