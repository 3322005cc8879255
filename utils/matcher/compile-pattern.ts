/**
 * Compiles every surface form into ONE regular expression whose alternation is a trie
 * (`hypo(?:kal(?:emia|aemia)|magnes…)`), so a text is scanned once for all terms and the
 * engine never retries hundreds of alternatives at each position.
 *
 * Longest match: a terminal trie node emits `(?:longer)?`, a greedy optional group, so the
 * engine tries the longer form first and falls back only if the word boundary after it fails.
 */
import { normalizeSurface } from '../glossary/normalize';

/** Characters a page may use for the same thing as the normalised character. */
const VARIANTS: Readonly<Record<string, string>> = {
  "'": "['\\u2018\\u2019\\u02BC\\u2032`\\u00B4]",
  '-': '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]',
  ' ': '\\s+',
};

/**
 * Word characters for the boundaries: ASCII letters and digits plus the letter, mark and
 * digit blocks of the scripts pages are written in (Latin, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic, Indic, Thai, Georgian, Hangul, kana, CJK, fullwidth forms).
 *
 * Written as ranges rather than `\p{L}` so the pattern needs no `u` flag: with `u`, the
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

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function escapeChar(ch: string): string {
  return VARIANTS[ch] ?? ch.replace(/[\\^$.*+?()[\]{}|/]/u, '\\$&');
}

function emit(node: TrieNode): string {
  const alternatives = [...node.children.keys()].sort().map((ch) => escapeChar(ch) + emit(node.children.get(ch)!));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/**
 * The trie alternation (no boundaries, no flags) matching any of `keys`, each already in the
 * form the caller wants to compare on; null when there is none.
 */
export function trieSource(keys: Iterable<string>): string | null {
  const root: TrieNode = { children: new Map(), terminal: false };
  let count = 0;
  for (const key of keys) {
    if (!key) continue;
    let node = root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
    count++;
  }
  return count === 0 ? null : emit(root);
}

/** A pattern that can never match keeps callers free of "no terms" special cases. */
export const NEVER_MATCHES = '(?!)';

/** The regular-expression source (without flags) matching any of `surfaces`. */
export function compilePatternSource(surfaces: Iterable<string>): string {
  const body = trieSource([...surfaces].map(normalizeSurface));
  return body === null ? NEVER_MATCHES : `${LEADING_BOUNDARY}(?:${body})${TRAILING_BOUNDARY}`;
}

/** Global scan, case-insensitive (ASCII case folding is all our surface forms need). */
export const PATTERN_FLAGS = 'gi';
