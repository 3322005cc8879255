/**
 * Reading a respelling (`hy-poh-mag-nuh-SEE-mee-uh`, `VOS-teks SINE`; the convention is ADR 27
 * and docs/content/pronunciation.md). Pure and free of zod, so card and page code can import it.
 */

export interface RespelledSyllable {
  /** The syllable in lower case, as it is read. */
  text: string;
  stressed: boolean;
}

/** One word of the title: its syllables in order. */
export type RespelledWord = RespelledSyllable[];

/** Splits a respelling into words (spaces) and syllables (hyphens); capitals mark the stress. */
export function respellingWords(respelling: string): RespelledWord[] {
  return respelling
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((syllable) => ({
          text: syllable.toLowerCase(),
          stressed: /[A-Z]/u.test(syllable) && syllable === syllable.toUpperCase(),
        })),
    );
}

export function syllableCount(respelling: string): number {
  return respellingWords(respelling).reduce((sum, word) => sum + word.length, 0);
}

/**
 * The respelling as text for a screen reader: lower-case syllables separated by spaces (some
 * screen readers spell out short all-capital words letter by letter, so "SEE" could be read as
 * "S E E"), and words separated by commas, which give a short pause.
 *
 * `stressLabel` is the localised word for stress (the UI passes it from the locale file; this
 * module holds no user-facing text). When given, it follows the stressed syllable of each word
 * of two or more syllables, in brackets: `hy poh mag nuh see (stressed) mee uh`. A one-syllable
 * word is not marked, since its only syllable is the stressed one.
 */
export function respellingForSpeech(respelling: string, stressLabel?: string): string {
  const label = stressLabel?.trim();
  return respellingWords(respelling)
    .map((word) =>
      word.map(({ text, stressed }) => (label && stressed && word.length > 1 ? `${text} (${label})` : text)).join(' '),
    )
    .join(', ');
}
