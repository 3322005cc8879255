/**
 * One normal form for comparing surface forms: used for duplicate detection at build time and
 * for mapping a matched string back to its entry at run time, so both sides agree.
 * Every replacement is one UTF-16 unit for one, so offsets in the original text stay valid.
 */
/** What a page may write for the apostrophe and the hyphen of a normalised form. */
export const APOSTROPHE_VARIANTS = "'\u2018\u2019\u02BC\u2032`\u00B4";
export const DASH_VARIANTS = '-\u2010\u2011\u2012\u2013\u2014\u2212';

const APOSTROPHES = new RegExp(`[${APOSTROPHE_VARIANTS}]`, 'gu');
const DASHES = new RegExp(`[${DASH_VARIANTS}]`, 'gu');
const SPACES = /\s+/gu;

/** Straight apostrophes, ASCII hyphens, single spaces; case kept (abbreviations need it). */
export function canonicalSpelling(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ').trim();
}

export function normalizeSurface(text: string): string {
  return canonicalSpelling(text).toLowerCase();
}

/**
 * Short single-word forms written with capitals inside the word ("ALS", "PPIs", "TdP", "MgO")
 * are abbreviations: they match only with the same capitals, so "als" in running text is left
 * alone. Everything else, eponyms like "Chvostek-Weiss sign" included, matches in any case.
 */
export const ABBREVIATION_MAX_LENGTH = 6;

export function isCaseSensitiveSurface(surface: string): boolean {
  const s = surface.trim();
  return !/\s/u.test(s) && s.length <= ABBREVIATION_MAX_LENGTH && /\p{Lu}/u.test(s.slice(1));
}
