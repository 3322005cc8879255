/**
 * The glossary's surface forms as trie-shaped regular expressions WITHOUT word boundaries,
 * compiled once per page and shared by the prefilter (where in a long text a term may be)
 * and the matcher (the terms in one block, boundaries checked afterwards in JavaScript).
 *
 * Two tries: everything but abbreviations, case-insensitive; and abbreviations as written,
 * case-sensitive, so "als" in "also" is not a hit on every line of English.
 *
 * Compiling is the largest fixed cost of a page scan, so it is done at most once, only when
 * some text may hold a term (`mayHoldTerm`), and without V8's bytecode detour for short first
 * texts (TIER_UP_SUBJECT).
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import { NEVER_MATCHES, trieSource } from './compile-pattern';

export interface TrieSources {
  /** Everything but abbreviations; flags `gi`. */
  insensitive: string;
  /** Abbreviations as written; flags `g`. */
  sensitive: string;
  /** The first HEAD_LENGTH characters of every form, normalised (whole forms if shorter). */
  heads: string[];
}

export interface Trie {
  /** Global (`g`): callers set `lastIndex` before each scan. */
  regex: RegExp;
  /** Abbreviations: a hit must equal its form's spelling, not only its lower case. */
  caseSensitive: boolean;
}

export interface Tries {
  /**
   * False when no form can occur in `text`. Until the tries are compiled, texts up to
   * SHORT_TEXT long are checked against the forms' first letters in plain JavaScript, which
   * costs less than compiling them; otherwise it says true (running the tries is cheaper).
   */
  mayHoldTerm(text: string): boolean;
  /** The compiled tries (compiled on the first call); empty ones are left out. */
  compiled(): readonly Trie[];
}

const HEAD_LENGTH = 3;

/**
 * Frames with next to no text (sign-up forms, error pages, widgets) are common; with this
 * limit most of them never compile the tries.
 */
export const SHORT_TEXT = 4096;

/**
 * V8 runs a new RegExp in its bytecode interpreter first and compiles it to machine code on a
 * later call, unless the first subject is at least 1,000 characters long. For these tries the
 * bytecode compile costs more than the machine-code one (measured in Node 22: a first call on
 * a short text ~8 ms, then ~4 ms more at tier-up; a first call on 1,000 characters ~4 ms in
 * all), and a page's first text is often short. One call on this blank string skips that
 * detour (in Node 22; Chromium showed the same order of saving). Harmless where an engine
 * decides otherwise.
 */
const TIER_UP_SUBJECT = ' '.repeat(1000);

export function compileTries(surfaces: Iterable<string>): TrieSources {
  const loose: string[] = [];
  const exact: string[] = [];
  const heads = new Set<string>();
  for (const surface of surfaces) {
    const normal = normalizeSurface(surface);
    if (isCaseSensitiveSurface(surface)) exact.push(canonicalSpelling(surface));
    else loose.push(normal);
    const head = normal.slice(0, HEAD_LENGTH);
    if (head) heads.add(head);
  }
  return {
    insensitive: trieSource(loose) ?? NEVER_MATCHES,
    sensitive: trieSource(exact) ?? NEVER_MATCHES,
    heads: [...heads].sort(),
  };
}

export function createTries(sources: TrieSources): Tries {
  let tries: Trie[] | null = null;
  const heads = new Set(sources.heads);
  const short = sources.heads.filter((h) => h.length < HEAD_LENGTH);
  return {
    mayHoldTerm(text) {
      if (tries !== null || text.length > SHORT_TEXT) return true;
      // The same normal form as the heads: case, apostrophes, dashes and runs of spaces.
      const normal = normalizeSurface(text);
      for (let i = 0; i + HEAD_LENGTH <= normal.length; i++)
        if (heads.has(normal.slice(i, i + HEAD_LENGTH))) return true;
      return short.some((h) => normal.includes(h));
    },
    compiled() {
      tries ??= [compile(sources.insensitive, false), compile(sources.sensitive, true)].filter(
        (trie) => trie.regex.source !== NEVER_MATCHES,
      );
      return tries;
    },
  };
}

function compile(source: string, caseSensitive: boolean): Trie {
  const regex = new RegExp(source, caseSensitive ? 'g' : 'gi');
  regex.exec(TIER_UP_SUBJECT);
  regex.lastIndex = 0;
  return { regex, caseSensitive };
}
