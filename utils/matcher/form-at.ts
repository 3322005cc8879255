/**
 * Whether one normalised form occurs at a given place in a text, compared exactly as the
 * bounded reference pattern compares (compile-pattern.ts): a space in the form is a run of
 * whitespace, an apostrophe or a hyphen any of its variants, and letters case-insensitively
 * by ECMAScript's rule for the `i` flag, unless the form is an abbreviation.
 *
 * The text must come from `searchable` (form-tables.ts): its whitespace is ASCII.
 */
import { APOSTROPHE_VARIANTS, DASH_VARIANTS } from '../glossary/normalize';

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * The whitespace `\s` matches beyond ASCII: no-break, Ogham, the U+2000 block, line and
 * paragraph separators, narrow no-break, math and ideographic spaces, and the BOM.
 */
export const NON_ASCII_SPACES =
  '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';

/** What `\s` matches, without compiling a pattern for it. */
const isAnySpace = (code: number): boolean =>
  isSpace(code) || (code >= 0xa0 && NON_ASCII_SPACES.includes(String.fromCharCode(code)));

/**
 * ECMAScript's Canonicalize for a case-insensitive, non-Unicode RegExp: the upper case of a
 * character, unless that takes several characters or would turn a non-ASCII one into ASCII.
 */
export function foldCode(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
}

/**
 * Where `form` ends if it occurs at `at` in `text`, or -1. `form` is normalised: single
 * spaces, straight apostrophes, ASCII hyphens.
 */
export function formEndAt(text: string, at: number, form: string, caseSensitive: boolean): number {
  let i = at;
  for (let k = 0; k < form.length; k++) {
    const f = form.charCodeAt(k);
    if (f === 32) {
      if (!isSpace(text.charCodeAt(i))) return -1;
      do i++;
      while (isSpace(text.charCodeAt(i)));
      continue;
    }
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    if (f === 39) {
      if (!APOSTROPHE_VARIANTS.includes(text[i]!)) return -1;
    } else if (f === 45) {
      if (!DASH_VARIANTS.includes(text[i]!)) return -1;
    } else if (c !== f && (caseSensitive || foldCode(c) !== foldCode(f))) {
      return -1;
    }
    i++;
  }
  return i;
}

/**
 * The normalised spelling of a piece of text (what the beginnings pattern matched, or a short
 * text checked for the forms' first letters): runs of whitespace as one space, apostrophe and
 * dash variants plain, lower case unless `caseSensitive`. A plain loop: the normalising regular
 * expressions would have to be compiled in every frame for a few short strings.
 */
export function normalizedPiece(text: string, caseSensitive: boolean): string {
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isAnySpace(text.charCodeAt(i))) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (APOSTROPHE_VARIANTS.includes(ch)) out += "'";
    else if (DASH_VARIANTS.includes(ch)) out += '-';
    else out += caseSensitive ? ch : ch.toLowerCase();
  }
  return out;
}
