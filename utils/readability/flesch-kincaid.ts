/**
 * Flesch-Kincaid grade of an English text, counted with wooorm's maintained `syllable` and
 * `flesch-kincaid` packages. Used by the content tests only (never bundled).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/u).filter((s) => /\p{L}/u.test(s)).length || 1;
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length || 1, syllable: syllables });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
