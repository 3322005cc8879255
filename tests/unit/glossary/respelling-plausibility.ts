/**
 * Test-only checks that a respelling fits its title: one respelled word per title word, and
 * about as many syllables as the spelling suggests. The estimate counts vowel groups (a final
 * silent "e" dropped) and one syllable per letter of an abbreviation ("ALS", "IV", "B12"), so
 * it is rough; a word may differ by two ("ACE" is said as one syllable, "bioavailability" has
 * vowels side by side that are said apart).
 */
import { respellingWords } from '../../../utils/glossary/respelling';

export const SYLLABLE_TOLERANCE = 2;

/** The title's words as they are read: brackets dropped, hyphenated words kept whole. */
export function titleWords(title: string): string[] {
  return title.replace(/[()]/gu, ' ').split(/\s+/u).filter(Boolean);
}

export function estimateSyllables(word: string): number {
  if (/\d/u.test(word)) return (word.match(/[A-Za-z]/gu) ?? []).length + (word.match(/\d+/gu) ?? []).length;
  const letters = word.replace(/s$/u, '');
  if (/^[A-Z]+$/u.test(letters)) return letters.length;
  return word
    .toLowerCase()
    .replace(/'/gu, '')
    .split('-')
    .reduce((sum, part) => {
      let groups = (part.match(/[aeiouy]+/gu) ?? []).length;
      if (groups > 1 && part.endsWith('e') && !part.endsWith('le')) groups -= 1;
      return sum + Math.max(groups, 1);
    }, 0);
}

/** What is implausible about `respelling` for `title`, or an empty list. */
export function respellingMismatches(title: string, respelling: string): string[] {
  const words = titleWords(title);
  const respelled = respellingWords(respelling);
  if (words.length !== respelled.length) {
    return [`has ${respelled.length} word(s) for the ${words.length} of "${title}"`];
  }
  return words.flatMap((word, i) => {
    const said = respelled[i]!.length;
    const expected = estimateSyllables(word);
    return Math.abs(said - expected) > SYLLABLE_TOLERANCE
      ? [`"${word}" has ${said} syllable(s) in the respelling, about ${expected} expected`]
      : [];
  });
}
