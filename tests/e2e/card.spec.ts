/**
 * The hover card, as a mouse user meets it (WCAG 1.4.13: hoverable, dismissible,
 * persistent), plus its placement in the viewport and its immunity to page styles.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForHighlights } from './fixtures';
import {
  card,
  cardRenderTimes,
  hoverTerm,
  openCard,
  restToCardMs,
  termCenter,
  watchCardAppearance,
} from './support/card';
import { comparePngs } from './support/pixels';
import { setSettings } from './support/extension-state';
import { highlightedRangeBox } from './support/highlights';

const DWELL_MS = 300;
const GRACE_MS = 300;

test.describe('hovering a term', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.goto(server.url('/basic-article.html'));
    await waitForHighlights(page, 3);
    await watchCardAppearance(page);
  });

  test('shows the card after the dwell delay and renders it within one frame', async ({ page, pageErrors }) => {
    await hoverTerm(page, 'tetany');
    await openCard(page);
    expect(await restToCardMs(page), 'ms from the pointer resting to the card').toBeGreaterThanOrEqual(DWELL_MS);
    const renders = await cardRenderTimes(page);
    expect(renders.length).toBeGreaterThan(0);
    expect(Math.max(...renders), 'render + placement ms').toBeLessThanOrEqual(16);

    // What the card says: title, category, summary, when to get care, disclaimer, source, More.
    await expect(card(page).getByRole('heading', { name: 'Tetany' })).toBeVisible();
    await expect(card(page)).toContainText('When to get care');
    await expect(card(page)).toContainText('not medical advice');
    await expect(card(page).getByRole('link', { name: /^Source:/u })).toBeVisible();
    await expect(card(page).getByRole('button', { name: /More about Tetany/u })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('leaving hides it after the grace period; moving into it keeps it', async ({ page }) => {
    const { y } = await termCenter(page, 'tetany');
    await hoverTerm(page, 'tetany');
    await expect(card(page)).toBeVisible();

    // Into the card: it stays, however long the pointer rests there.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(40, box.height / 2), { steps: 8 });
    await page.waitForTimeout(GRACE_MS * 3);
    await expect(card(page)).toBeVisible();

    // Away from both, into the empty right margin, in one move so that the page's timestamp of
    // the last move is the moment the pointer left the card (with several steps, the later
    // ones land after the grace has started and a slow machine shortens the measured gap).
    await page.mouse.move(page.viewportSize()!.width - 4, y);
    await expect(card(page)).toBeHidden();
    const hiddenAfter = await page.evaluate(
      () => performance.now() - (window as unknown as { __lastMoveAt: number }).__lastMoveAt,
    );
    expect(hiddenAfter).toBeGreaterThanOrEqual(GRACE_MS);
  });

  test('Esc closes it without moving the pointer, and it does not reopen on its own', async ({ page }) => {
    await hoverTerm(page, 'tetany');
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await page.waitForTimeout(DWELL_MS * 2);
    await expect(card(page)).toBeHidden();
  });

  test('untouched, it stays open for 10 s', async ({ page }) => {
    await hoverTerm(page, 'tetany');
    await expect(card(page)).toBeVisible();
    await page.waitForTimeout(10_000);
    await expect(card(page)).toBeVisible();
  });
});

test('in a frame, the card loads and opens next to the term, inside the frame', async ({ page, server }) => {
  await page.goto(server.url('/with-frame.html'));
  const frame = page.frame({ url: /frame-terms\.html$/u })!;
  await expect
    .poll(() => highlightedRangeBox(frame, 'tetany'), { message: 'the frame highlighted "tetany"' })
    .not.toBeNull();
  const inner = (await highlightedRangeBox(frame, 'tetany'))!;
  const origin = await page.evaluate(() => {
    const el = document.querySelector('iframe')!;
    const rect = el.getBoundingClientRect();
    return { x: rect.x + el.clientLeft, y: rect.y + el.clientTop };
  });
  const x = origin.x + inner.x + inner.width / 2;
  const y = origin.y + inner.y + inner.height / 2;
  await page.mouse.move(x - 60, y + 40, { steps: 3 });
  await page.mouse.move(x, y);
  const frameCard = frame.locator('health-notes-ui [role="dialog"]');
  await expect(frameCard).toBeVisible();
  await expect(frameCard).toHaveAttribute('data-state', 'ready');
  await expect(frameCard.getByRole('heading', { name: 'Tetany' })).toBeVisible();
  // The top page never needed a card, so it has none.
  await expect(page.locator('health-notes-ui')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`an open card has no accessibility violations (${theme})`, async ({ page, context, server }) => {
    await setSettings(context, { theme });
    await page.goto(server.url('/basic-article.html'));
    await waitForHighlights(page, 3);
    await hoverTerm(page, 'hypomagnesemia');
    await openCard(page);
    await expect(page.locator('health-notes-ui')).toHaveAttribute('data-theme', theme);
    // The theme's colours reach inside the shadow root (theme.css tokens, picked by color-scheme).
    const card = page.locator('health-notes-ui [role="dialog"]');
    const colours = await card.evaluate((el) => ({
      bg: getComputedStyle(el).backgroundColor,
      text: getComputedStyle(el).color,
    }));
    expect(colours).toEqual(
      theme === 'dark'
        ? { bg: 'rgb(21, 33, 32)', text: 'rgb(232, 241, 240)' }
        : { bg: 'rgb(255, 255, 255)', text: 'rgb(20, 32, 31)' },
    );
    const results = await new AxeBuilder({ page }).include('health-notes-ui').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test.describe('placement', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    for (const id of ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'middle']) {
      test(`near the ${id} of a ${viewport.width}×${viewport.height} viewport the card stays inside it`, async ({
        page,
        server,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto(server.url('/card-corners.html'));
        await waitForHighlights(page, 5);
        const term = await page.locator(`#${id}`).textContent();
        await hoverTerm(page, term!);
        await openCard(page);
        const box = (await card(page).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(7.5);
        expect(box.y).toBeGreaterThanOrEqual(7.5);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width - 7.5);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height - 7.5);
      });
    }
  }
});

test('on a hostile page the card looks the same as on a plain page', async ({ page, context, server }) => {
  // Tall enough that the card never has to shrink to fit: only page styles could change it.
  await page.setViewportSize({ width: 1000, height: 1400 });
  const shots: Buffer[] = [];
  for (const path of ['/card-plain.html', '/card-hostile.html']) {
    await page.goto(server.url(path));
    await waitForHighlights(page, 1);
    await hoverTerm(page, 'tetany');
    await openCard(page);
    // Same clip on both pages: a subpixel position may add a row to the element's own box.
    const box = (await card(page).boundingBox())!;
    const clip = { x: Math.round(box.x), y: Math.round(box.y), width: 360, height: 400 };
    shots.push(await page.screenshot({ clip, animations: 'disabled' }));
    await page.keyboard.press('Escape');
  }
  // comparePngs rejects images of different sizes: same size is part of "looks the same".
  const [diff] = await comparePngs(context, [[shots[0]!, shots[1]!]]);
  expect(diff!.differing / (diff!.width * diff!.height), 'share of differing pixels').toBeLessThan(0.01);
});
