/**
 * Compiles every surface form into ONE regular expression whose alternation is a trie
 * (`hypo(?:kal(?:emia|aemia)|magnes…)`), so a text is scanned once for all terms and the
 * engine never retries hundreds of alternatives at each position.
 *
 * Longest match: a terminal trie node emits `(?:longer)?`, a greedy optional group, so the
 * engine tries the longer form first and falls back only if the word boundary after it fails.
 *
 * The extension runs the bare tries (`trieSource`) and checks word boundaries in JavaScript
 * (see matcher.ts); the bounded pattern (`compilePatternSource`) is the plain one-regex
 * formulation, kept as the reference the matcher is tested against and as the benchmark's
 * bare scan.
 */
import { normalizeSurface } from '../glossary/normalize';
import { LEADING_BOUNDARY, TRAILING_BOUNDARY } from './word-boundaries';

/** Characters a page may use for the same thing as the normalised character. */
const VARIANTS: Readonly<Record<string, string>> = {
  "'": "['\\u2018\\u2019\\u02BC\\u2032`\\u00B4]",
  '-': '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]',
  ' ': '\\s+',
};

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
