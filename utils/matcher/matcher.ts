/**
 * Finds glossary terms in plain text. Pure (no DOM): the highlighter feeds it the text of
 * one block at a time and maps the offsets back to text nodes.
 *
 * The rule: scanning left to right, at each position the longest form that occurs there
 * between word boundaries wins (abbreviations only with their own capitals), and matches
 * never overlap. It is what one bounded regular expression over all forms finds
 * (`compilePatternSource`, the reference in the tests), computed from the prefilter's tries
 * plus boundary checks here, so a page compiles one set of tries, not two.
 *
 * Compiling (the tries and the owner table) is done at build time for the whole glossary
 * (`virtual:health-notes/matcher`), so a page load only constructs the RegExps; a subset of
 * categories is compiled at run time when the user filters them.
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import type { TermIndexEntry } from '../glossary/schema';
import { createPrefilter, type Prefilter } from './prefilter';
import { compileTries, createTries, type Trie, type TrieSources } from './tries';
import { endsWord, startsWord } from './word-boundaries';

export interface TermMatch {
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  termId: string;
}

/** Normalised surface → owning entry, and for abbreviations the exact spelling required. */
export type SurfaceOwner = [key: string, termId: string, exact?: string];

/** Everything a Matcher needs, as plain JSON (emitted by the build). */
export interface CompiledMatcher {
  owners: SurfaceOwner[];
  termCount: number;
  tries: TrieSources;
}

export interface Matcher {
  readonly termCount: number;
  /** Where in a long text a term may be (a superset of `findAll`'s matches). */
  readonly prefilter: Prefilter;
  findAll(text: string): TermMatch[];
}

interface Owner {
  termId: string;
  exact: string | undefined;
}

export function compileMatcher(index: readonly TermIndexEntry[]): CompiledMatcher {
  const owners: SurfaceOwner[] = [];
  const seen = new Set<string>();
  const surfaces: string[] = [];
  for (const entry of index) {
    for (const surface of [entry.title, ...entry.aliases]) {
      const key = normalizeSurface(surface);
      // The build rejects duplicates; first owner wins if a caller passes unchecked data.
      if (seen.has(key)) continue;
      seen.add(key);
      owners.push(isCaseSensitiveSurface(surface) ? [key, entry.id, canonicalSpelling(surface)] : [key, entry.id]);
      surfaces.push(surface);
    }
  }
  return { owners, termCount: index.length, tries: compileTries(surfaces) };
}

export function matcherFrom(compiled: CompiledMatcher): Matcher {
  const tries = createTries(compiled.tries);
  // Built on first use: most frames and many pages never need it (the prefilter finds nothing).
  let owners: Map<string, Owner> | null = null;
  return {
    termCount: compiled.termCount,
    prefilter: createPrefilter(tries),
    findAll(text) {
      if (!tries.mayHoldTerm(text)) return [];
      owners ??= new Map(compiled.owners.map(([key, termId, exact]) => [key, { termId, exact }]));
      const byTrie = tries.compiled().map((trie) => longestAtEachStart(text, trie, owners!));
      return leftmostLongest(byTrie.length === 1 ? byTrie[0]! : byTrie.flat());
    },
  };
}

export function createMatcher(index: readonly TermIndexEntry[]): Matcher {
  return matcherFrom(compileMatcher(index));
}

/**
 * For every start where a form of this trie occurs between word boundaries, the longest such
 * form, in order of start. The trie's own hit is the longest form at its start; shorter ones
 * there are prefixes of it, tried when the hit ends inside a word ("tetanic spasmsx").
 */
function longestAtEachStart(text: string, { regex, caseSensitive }: Trie, owners: Map<string, Owner>): TermMatch[] {
  const found: TermMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const start = m.index;
    // A form may also start inside this hit ("xab cd" holds "cd" when "ab cd" is refused).
    regex.lastIndex = start + 1;
    if (!startsWord(text, start)) continue;
    for (let end = start + m[0].length; end > start; end--) {
      if (!endsWord(text, end) || /\s/u.test(text[end - 1]!)) continue;
      const surface = text.slice(start, end);
      const owner = owners.get(normalizeSurface(surface));
      if (!owner) continue;
      const fits = caseSensitive ? owner.exact === canonicalSpelling(surface) : owner.exact === undefined;
      if (!fits) continue;
      found.push({ start, end, termId: owner.termId });
      break;
    }
  }
  return found;
}

/** Leftmost first, the longest of those starting at the same place, no overlaps. */
function leftmostLongest(candidates: TermMatch[]): TermMatch[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  let reached = 0;
  for (const match of candidates) {
    if (match.start < reached) continue;
    out.push(match);
    reached = match.end;
  }
  return out;
}
