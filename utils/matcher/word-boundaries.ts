/**
 * Where a term may start and end: not inside a longer word, in any of the scripts pages are
 * written in. One definition, used two ways: as regular-expression lookarounds (the bounded
 * reference pattern) and as plain checks on a matched span (the matcher).
 */

/**
 * Word characters: ASCII letters and digits plus the letter, mark and digit blocks of Latin,
 * Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Georgian, Hangul, kana, CJK and
 * fullwidth forms.
 *
 * Written as ranges rather than `\p{L}` so no pattern needs the `u` flag: with `u`, the
 * case-insensitive engine folds Unicode case for every character, and compiling our
 * pattern took ~40 ms on every page instead of ~7 ms, for the same scan speed.
 * Letters outside the BMP (rare scripts, math alphanumerics) are not counted as letters.
 */
const WORD =
  'A-Za-z0-9_\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6' +
  '\\u00F8-\\u0587\\u0591-\\u05F2\\u0610-\\u06FF\\u0750-\\u077F\\u0900-\\u0DFF\\u0E00-\\u0EFF\\u10A0-\\u10FF' +
  '\\u1100-\\u11FF\\u1E00-\\u1FFF\\u2070-\\u209F\\u2C00-\\u2DFF\\u3040-\\u30FF\\u3131-\\u318E\\u3400-\\u4DBF' +
  '\\u4E00-\\u9FFF\\uA640-\\uA69F\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFB00-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFF19' +
  '\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC';

/** Not preceded by a letter or digit, nor by a letter-hyphen prefix ("Paris-Trousseau"). */
export const LEADING_BOUNDARY = `(?<![${WORD}]|[${WORD}]-)`;
/** Not followed by a letter, digit or combining mark ("tetany" must not match in "tetanyx"). */
export const TRAILING_BOUNDARY = `(?![${WORD}])`;

// One UTF-16 unit at a time, combining marks included on purpose (as in the lookarounds).
// eslint-disable-next-line no-misleading-character-class
const WORD_CHAR = new RegExp(`[${WORD}]`);

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** LEADING_BOUNDARY holds at `start` of `text`. */
export function startsWord(text: string, start: number): boolean {
  const before = text[start - 1];
  if (isWordChar(before)) return false;
  return !(before === '-' && isWordChar(text[start - 2]));
}

/** TRAILING_BOUNDARY holds at `end` of `text`. */
export function endsWord(text: string, end: number): boolean {
  return !isWordChar(text[end]);
}
