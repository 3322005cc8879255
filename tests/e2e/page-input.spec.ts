/**
 * A page that tries to drive the extension: its synthetic pointer events, clicks and keys do
 * nothing, a wrapper it makes itself opens no card, and what it does to the document
 * (document.open(), removing the card's host) does not stop highlighting or the card. The test
 * hooks are on, so the page can reach inside the card here, as a worst case.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { card, hoverTerm, openCard, termCenter } from './support/card';
import { setSettings } from './support/extension-state';
import { highlightTexts } from './support/highlights';

const DWELL_MS = 300;

/** Whether a card is on screen (the test hook keeps its shadow root open). */
function cardVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const dialog = document.querySelector('health-notes-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog?.checkVisibility({ visibilityProperty: true }) ?? false;
  });
}

test('synthetic pointer events, taps and keys from the page open no card', async ({ page, server }) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  const at = await termCenter(page, 'hypomagnesemia');
  await page.evaluate(async ({ x, y }) => {
    const fire = (type: string, pointerType: string) =>
      document
        .elementFromPoint(x, y)!
        .dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerType, bubbles: true, composed: true }));
    // Resting on the term, as the review's hostile page did, for three dwell periods.
    for (let i = 0; i < 30; i++) {
      fire('pointermove', 'mouse');
      await new Promise((r) => setTimeout(r, 30));
    }
    // A tap: a touch pointerdown, then a click at the term.
    fire('pointerdown', 'touch');
    document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
  }, at);
  await page.waitForTimeout(DWELL_MS * 3);
  expect(await cardVisible(page)).toBe(false);
});

test("the page's own .click() on the card's buttons opens no tab and closes nothing", async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await hoverTerm(page, 'tetany');
  await openCard(page);
  const tabsBefore = context.pages().length;
  await page.evaluate(() => {
    const root = document.querySelector('health-notes-ui')!.shadowRoot!;
    for (let i = 0; i < 9; i++) root.querySelector<HTMLElement>('.hn-card__more')!.click();
    for (let i = 0; i < 3; i++) root.querySelector<HTMLElement>('.hn-card__source')!.click();
    root.querySelector<HTMLElement>('.hn-card__close')!.click();
    root
      .querySelector('.hn-card-slot')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  });
  await page.waitForTimeout(1000);
  expect(context.pages().length, 'tabs open').toBe(tabsBefore);
  await expect(card(page)).toBeVisible();
  // The user's own click still works: one tab.
  await card(page)
    .getByRole('button', { name: /More about Tetany/u })
    .click();
  await expect.poll(() => context.pages().length).toBe(tabsBefore + 1);
});

test('in wrap mode, a wrapper the page made opens nothing; the real ones still do', async ({
  page,
  context,
  server,
}) => {
  await setSettings(context, { highlightStyle: 'wrap' });
  const url = server.route('/fake-wrapper.html', {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wrap</title></head><body>
      <p style="font-size:20px">Win a prize: <health-note data-health-term="tetany" id="fake">click this line now</health-note></p>
      <p style="font-size:20px">Or this one: <health-note data-health-term="Call 555 0100 now" id="fake2">a page-chosen title</health-note></p>
      <p style="font-size:20px" id="real">Her doctor called this tetany.</p></body></html>`,
  });
  await page.goto(url);
  await expect(page.locator('#real health-note')).toHaveCount(1);
  for (const id of ['fake', 'fake2']) {
    const box = (await page.locator(`#${id}`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2 + 30, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(DWELL_MS * 3);
    expect(await cardVisible(page), `card for #${id}`).toBe(false);
  }
  const real = (await page.locator('#real health-note').boundingBox())!;
  await page.mouse.move(real.x + real.width / 2 - 40, real.y + real.height / 2 + 30, { steps: 3 });
  await page.mouse.move(real.x + real.width / 2, real.y + real.height / 2);
  await openCard(page);
  await expect(card(page).getByRole('heading', { name: 'Tetany' })).toBeVisible();
});

test('after document.open() and document.write(), terms are highlighted and their cards open', async ({
  page,
  server,
}) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await page.evaluate(() => {
    document.open();
    document.write(
      '<!doctype html><html><body><p style="font-size:20px">Written later: the note said tetany again.</p></body></html>',
    );
    document.close();
  });
  await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toEqual(['tetany']);
  await hoverTerm(page, 'tetany');
  await openCard(page);
  await expect(card(page).getByRole('heading', { name: 'Tetany' })).toBeVisible();
});

test("after the page removes the card's host, the next card opens", async ({ page, server }) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await hoverTerm(page, 'tetany');
  await openCard(page);
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('health-notes-ui')!.remove());
  await hoverTerm(page, 'hypomagnesemia');
  await openCard(page);
  await expect(card(page).getByRole('heading', { name: 'Hypomagnesemia' })).toBeVisible();
  await expect(page.locator('health-notes-ui')).toHaveCount(1);
});
