/**
 * Issue 18 in the built extension: the respelling, What you can do, Questions to ask, the lab
 * number line with "Check a number from your report", and Listen (installed voices only).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForHighlights } from './fixtures';
import { card, hoverTerm, openCard } from './support/card';

/** Every request the context makes outside the extension and the test's own server. */
function watchRequests(context: BrowserContext, allowedOrigin?: string): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (allowedOrigin && url.startsWith(allowedOrigin)) return;
    outside.push(url);
  });
  return outside;
}

/**
 * The Web Speech API as the page will see it: the given voices, and `speak` recording what it was
 * asked to say. The real utterance refuses a voice object it did not make, so it is stubbed too.
 */
async function stubVoices(context: BrowserContext, voices: { lang: string; localService: boolean }[]) {
  await context.addInitScript((voices) => {
    const list = voices.map((v, i) => ({ ...v, name: `Voice ${i}`, voiceURI: `voice-${i}`, default: i === 0 }));
    const spoken: { text: string; voice: string | null; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class Utterance {
      voice: { name: string } | null = null;
      lang = '';
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    const synth = window.speechSynthesis;
    Object.defineProperty(synth, 'getVoices', { value: () => list, configurable: true });
    Object.defineProperty(synth, 'speak', {
      value: (u: Utterance) => spoken.push({ text: u.text, voice: u.voice?.name ?? null, lang: u.lang }),
      configurable: true,
    });
    Object.defineProperty(synth, 'cancel', { value: () => {}, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);

test('the entry page: respelling, What you can do, questions, and a checked number', async ({
  page,
  context,
  extensionId,
  pageErrors,
}) => {
  const outside = watchRequests(context);
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
  const title = page.getByRole('heading', { level: 1, name: 'Hypomagnesemia' });
  await expect(title).toBeVisible();
  await expect(page.getByTestId('respelling')).toContainText('hy-poh-mag-nuh-SEE-mee-uh');

  const actions = page.getByRole('region', { name: 'What you can do' });
  await expect(actions.getByRole('listitem')).toHaveCount(3);
  await expect(
    actions.getByRole('link', { name: /^Source: NIH Office of Dietary Supplements/ }).first(),
  ).toHaveAttribute('href', 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/');
  await expect(page.getByRole('region', { name: 'Questions to ask' }).getByRole('listitem')).toHaveCount(3);

  const input = page.getByRole('textbox', { name: 'Your number' });
  const result = page.getByTestId('check-result');
  const marker = page.getByTestId('lab-marker');
  await input.fill('1.6');
  await expect(result).toContainText('1.6 mg/dL is below the typical range shown here (1.8–2.3 mg/dL).');
  await expect(result).toContainText('the range printed on your report is the one to go by');
  await expect(marker).toHaveText('Yours: 1.6 mg/dL');
  await input.fill('2,1');
  await expect(result).toContainText('2.1 mg/dL is within the typical range shown here');

  // The line switches unit; the number keeps the unit it was typed in, the marker converts.
  const position = Number(await marker.getAttribute('data-position'));
  await page.getByRole('radio', { name: 'mmol/L' }).check({ force: true });
  await expect(marker).toHaveText('Yours: 0.86 mmol/L');
  expect(Number(await marker.getAttribute('data-position'))).toBeCloseTo(position, 1);
  await expect(result).toContainText('2.1 mg/dL is within');

  await input.fill('1..2');
  await expect(result).toContainText('Use only digits');
  await expect(marker).toHaveCount(0);

  // The value is kept nowhere: not in storage, not in the address.
  const stored = await context
    .serviceWorkers()[0]!
    .evaluate(async () => JSON.stringify([await chrome.storage.local.get(), await chrome.storage.sync.get()]));
  expect(stored).not.toContain('1..2');
  expect(stored).not.toContain('2,1');
  expect(page.url()).toMatch(/entry\.html#hypomagnesemia$/u);

  // An action's "see" link opens that entry at its food table.
  await actions.getByRole('link', { name: 'Foods with magnesium' }).click();
  await expect(page).toHaveURL(/#magnesium\/foods$/u);
  await expect(page.getByRole('heading', { name: 'Foods with magnesium' })).toBeFocused();

  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a far-out number adds the care advice', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypokalemia`);
  await page.getByRole('textbox', { name: 'Your number' }).fill('2.2');
  await expect(page.getByTestId('check-far')).toContainText('far from the typical range');
  await expect(page.getByTestId('check-far')).toContainText('Emergency:');
});

test('Copy puts the questions on the clipboard and says so', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
  await page.getByRole('button', { name: 'Copy questions' }).click();
  await expect(page.getByTestId('copy-status')).toHaveText('Questions copied.');
  // Pasted back into a text box: what a reader gets in their notes app.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste' })));
  await page.locator('#paste').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('#paste')).toHaveValue(/^What is making my magnesium low\?\n/u);
});

test('no Listen button without an installed voice, remote voices included', async ({ page, context, extensionId }) => {
  await stubVoices(context, [{ lang: 'en-US', localService: false }]);
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
  await expect(page.getByTestId('respelling')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
});

test('in the browser as it comes, Listen follows its real voice list', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
  await expect(page.getByTestId('respelling')).toBeVisible();
  // Headless Chromium on a test machine usually has no voice at all, so the button is absent.
  const local = await page.evaluate(
    () => speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith('en')).length,
  );
  await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(local > 0 ? 1 : 0);
});

test('with a local voice, Listen says the title with it', async ({ page, context, extensionId }) => {
  await stubVoices(context, [
    { lang: 'en-US', localService: false },
    { lang: 'de-DE', localService: true },
    { lang: 'en-GB', localService: true },
  ]);
  await page.goto(`chrome-extension://${extensionId}/entry.html#hypomagnesemia`);
  await page.getByRole('button', { name: 'Listen to “Hypomagnesemia”' }).click();
  expect(await spoken(page)).toEqual([{ text: 'Hypomagnesemia', voice: 'Voice 2', lang: 'en-GB' }]);
});

test('the popup entry shows the respelling and Listen too', async ({ page, context, extensionId }) => {
  await stubVoices(context, [{ lang: 'en-US', localService: true }]);
  await page.goto(`chrome-extension://${extensionId}/popup.html#chvosteks-sign`);
  await expect(page.getByTestId('respelling')).toContainText('VOS-teks SINE');
  await page.getByRole('button', { name: "Listen to “Chvostek's sign”" }).click();
  expect(await spoken(page)).toEqual([{ text: "Chvostek's sign", voice: 'Voice 0', lang: 'en-US' }]);
  await expect(page.getByRole('region', { name: 'What you can do' })).toBeVisible();
});

test('the card shows the respelling and the first action', async ({ page, server }) => {
  await page.goto(server.url('/basic-article.html'));
  await waitForHighlights(page, 3);
  await hoverTerm(page, 'hypomagnesemia');
  await openCard(page);
  await expect(card(page).getByTestId('respelling')).toContainText('hy-poh-mag-nuh-SEE-mee-uh');
  await expect(card(page).getByTestId('card-action')).toContainText('What you can do: Eat foods');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with a number checked (${scheme})`, async ({ page, context, extensionId }) => {
    await stubVoices(context, [{ lang: 'en-US', localService: true }]);
    await page.emulateMedia({ colorScheme: scheme });
    for (const [id, value] of [
      ['hypomagnesemia', '1.1'],
      ['serum-magnesium-test', 'abc'],
    ] as const) {
      await page.goto(`chrome-extension://${extensionId}/entry.html#${id}`);
      await page.getByRole('textbox', { name: 'Your number' }).fill(value);
      await expect(page.getByTestId('check-result')).not.toBeEmpty();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations, id).toEqual([]);
    }
  });
}

test('in forced colours the typical band and the marker still stand out', async ({ page, extensionId }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`chrome-extension://${extensionId}/entry.html#serum-magnesium-test`);
  await page.getByRole('textbox', { name: 'Your number' }).fill('2');
  const style = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, border: s.borderLeftColor, width: s.borderLeftWidth };
    });
  const low = await style('.hn-band--low');
  const typical = await style('.hn-band--typical');
  // The browser forces every background to Canvas; the typical band keeps a system colour of its own.
  expect(typical.background).not.toBe(low.background);
  const marker = await style('[data-testid="lab-marker"]');
  expect(marker.width).toBe('3px');
  expect(marker.border).not.toBe(typical.background);
});
