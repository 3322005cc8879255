/**
 * Flesch-Kincaid grade of an English text, counted with wooorm's maintained `syllable` and
 * `flesch-kincaid` packages. Used by the content tests only (never bundled).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * Words that count as ordinary words of at most this many syllables when they are part of a
 * `plainForms` phrase (see `fleschKincaidGrade`).
 */
export const PLAIN_FORM_MAX_SYLLABLES = 2;

/**
 * `plainForms`: phrases (matched as whole words, in any case) whose words count as ordinary words of
 * one or two syllables. A summary exists to teach its own term: "Hypomagnesemia means..." must
 * name the word the reader is learning, so its length says nothing about how hard the rest of
 * the sentence is to read.
 */
export function fleschKincaidGrade(text: string, plainForms: readonly string[] = []): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/u).filter((s) => /\p{L}/u.test(s)).length || 1;
  const plain = plainRanges(text, plainForms);
  let words = 0;
  let syllables = 0;
  for (const match of text.matchAll(WORD)) {
    const count = Math.max(1, syllable(match[0]));
    words += 1;
    const inForm = plain[match.index] && plain[match.index + match[0].length - 1];
    syllables += inForm ? Math.min(PLAIN_FORM_MAX_SYLLABLES, count) : count;
  }
  return fleschKincaid({ sentence: sentences, word: words || 1, syllable: syllables });
}

/** For each character of `text`, whether it lies inside a whole-word occurrence of a form. */
function plainRanges(text: string, forms: readonly string[]): boolean[] {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const form of forms) {
    const escaped = form.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    if (!escaped) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) covered.fill(true, m.index, m.index + m[0].length);
  }
  return covered;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
