/**
 * Finds runs of words a text shares with a reference text (a seed article), for the content
 * tests only (never bundled). Eight words in a row in the same order is the line the project
 * draws between common phrasing and a copied sentence.
 */
export const COPIED_RUN_WORDS = 8;

/** Lower case, apostrophes dropped ("don't" → "dont"), every other non-letter a word break. */
export function normalizedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runsOf(words: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= words.length; i++) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

/** Every run of `length` consecutive normalised words in the reference texts. */
export function wordRunIndex(references: readonly string[], length = COPIED_RUN_WORDS): Set<string> {
  return new Set(references.flatMap((text) => runsOf(normalizedWords(text), length)));
}

/** The runs of `text` that occur in the index (each once, in order). */
export function sharedRuns(text: string, index: ReadonlySet<string>, length = COPIED_RUN_WORDS): string[] {
  return [...new Set(runsOf(normalizedWords(text), length).filter((run) => index.has(run)))];
}
