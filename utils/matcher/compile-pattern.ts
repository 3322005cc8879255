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
import { APOSTROPHE_VARIANTS, DASH_VARIANTS, normalizeSurface } from '../glossary/normalize';
import { LEADING_BOUNDARY, TRAILING_BOUNDARY } from './word-boundaries';

const VARIANTS: Readonly<Record<string, string>> = {
  "'": `[${APOSTROPHE_VARIANTS}]`,
  '-': `[${DASH_VARIANTS}]`,
};

/** A run of any whitespace: what a space in a form matches in the bounded pattern. */
export const ANY_SPACE_RUN = '\\s+';

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function escapeChar(ch: string, spaceRun: string): string {
  if (ch === ' ') return spaceRun;
  return VARIANTS[ch] ?? ch.replace(/[\\^$.*+?()[\]{}|/]/u, '\\$&');
}

function emit(node: TrieNode, spaceRun: string): string {
  const alternatives = [...node.children.keys()]
    .sort()
    .map((ch) => escapeChar(ch, spaceRun) + emit(node.children.get(ch)!, spaceRun));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/**
 * The trie alternation (no boundaries, no flags) matching any of `keys`, each already in the
 * form the caller wants to compare on; null when there is none. A space in a key matches
 * `spaceRun`.
 */
export function trieSource(keys: Iterable<string>, spaceRun = ANY_SPACE_RUN): string | null {
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
  return count === 0 ? null : emit(root, spaceRun);
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
