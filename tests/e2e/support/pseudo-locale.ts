/**
 * Checks for the pseudo-locale build (scripts/pseudo-locale.ts): every UI message there is
 * accented, so a plain-ASCII word left on screen is text that bypassed the locale file. The
 * glossary (titles, summaries, sources, the disclaimer) is data, not UI, and stays English; it
 * is taken out before the check. And longer words must still fit: no text box overflows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { LAB_UNITS } from '../../../utils/glossary/categories';
import { respellingForSpeech } from '../../../utils/glossary/respelling';

const DATA = new URL('../../../data/', import.meta.url);

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
const terms: unknown[] = readdirSync(new URL('terms/', DATA))
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(`terms/${file}`, DATA), 'utf8')));

/**
 * Screen readers get a respelling in lower case with the (localised) word for stress after the
 * stressed syllables (components/learn/Respelling.tsx): the glossary parts are the runs between.
 */
const spokenRespellings = terms.flatMap((t) => {
  const respelling = (t as { pronunciation?: { respelling?: string } }).pronunciation?.respelling;
  return respelling
    ? respellingForSpeech(respelling, '\u0000')
        .split(' (\u0000)')
        .map((part) => part.trim())
    : [];
});

/** Every string of the glossary and the disclaimer, longest first (so a title goes before a word in it). */
export const GLOSSARY_STRINGS: readonly string[] = [
  ...terms.flatMap(stringsIn),
  ...spokenRespellings,
  ...stringsIn(JSON.parse(readFileSync(new URL('disclaimer.json', DATA), 'utf8'))),
  ...LAB_UNITS,
]
  .filter((text) => text.trim().length >= 2)
  .sort((a, b) => b.length - a.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Plain-ASCII words (2+ letters) in `text` once glossary strings, addresses and key names are removed. */
export function untranslatedWords(text: string, alsoData: readonly string[] = []): string[] {
  let rest = text;
  for (const data of [...alsoData, ...GLOSSARY_STRINGS]) {
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${escape(data)}(?![A-Za-z])`, 'giu'), ' ');
  }
  // Addresses the user types or the browser shows (chrome://extensions/shortcuts) are not words to translate.
  rest = rest.replace(/[a-z-]+:\/\/\S*/giu, ' ');
  return (rest.match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 2 && /^[A-Za-z]+$/u.test(word));
}

export interface SurfaceText {
  /**
   * Visible text (innerText), without the key names the browser supplies (<kbd>) and dates
   * (<time>), which Intl writes in the browser's language (English in the test browser).
   */
  text: string;
  /** Values of attributes that are shown or read aloud. */
  attributes: string[];
}

/** What a person sees or hears of `root`: its text and its labels, titles and placeholders. */
export function surfaceText(root: Locator): Promise<SurfaceText> {
  return root.evaluate((element: HTMLElement) => {
    let text = element.innerText;
    for (const el of element.querySelectorAll<HTMLElement>('kbd, time')) text = text.replace(el.innerText, ' ');
    const names = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    const attributes = [element, ...element.querySelectorAll('*')].flatMap((el) =>
      names.map((name) => el.getAttribute(name)).filter((value): value is string => !!value),
    );
    return { text, attributes };
  });
}

/**
 * Text boxes of `root` whose content is wider than the box (cut off, or spilling out of it),
 * and text boxes that hide overflow and are taller than they show. Boxes meant to scroll
 * (overflow auto or scroll) are left out; inline elements have no box width of their own, so
 * their text is measured in the box around them.
 */
export function overflowingBoxes(root: Locator): Promise<string[]> {
  return root.evaluate((element: HTMLElement) => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const found: string[] = [];
    for (const el of [element, ...element.querySelectorAll<HTMLElement>('*')]) {
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
      // Text boxes only: text of their own, or in inline children. Layout boxes may let a child
      // overhang on purpose (the card's close button sits 6 px into the padding).
      const ownText = [...el.childNodes].some((node) =>
        node.nodeType === Node.TEXT_NODE
          ? !!node.textContent?.trim()
          : node instanceof HTMLElement && getComputedStyle(node).display === 'inline' && !!node.textContent?.trim(),
      );
      if (!ownText || el.closest('svg')) continue;
      // Screen-reader-only text is clipped on purpose.
      if (style.position === 'absolute' && el.clientWidth <= 1) continue;
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      if (!scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`wide: ${describe(el)}`);
      const hides = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (hides && el.scrollHeight > el.clientHeight + 1) found.push(`cut: ${describe(el)}`);
    }
    return found;
  });
}
