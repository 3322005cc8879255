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

/** Not preceded by a letter or digit, nor by a letter-hyphen prefix ("Paris-Trousseau"). */
export const LEADING_BOUNDARY = '(?<![\\p{L}\\p{N}\\p{M}_]|[\\p{L}\\p{N}]-)';
/** Not followed by a letter, digit or combining mark ("tetany" must not match in "tetanyx"). */
export const TRAILING_BOUNDARY = '(?![\\p{L}\\p{N}\\p{M}_])';

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

/** The regular-expression source (without flags) matching any of `surfaces`. */
export function compilePatternSource(surfaces: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  let count = 0;
  for (const surface of surfaces) {
    const key = normalizeSurface(surface);
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
  // A pattern that can never match keeps callers free of "no terms" special cases.
  if (count === 0) return '(?!)';
  return `${LEADING_BOUNDARY}(?:${emit(root)})${TRAILING_BOUNDARY}`;
}

/** `giu`: global scan, case-insensitive, Unicode classes for the word boundaries. */
export const PATTERN_FLAGS = 'giu';
