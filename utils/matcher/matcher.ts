/**
 * Finds glossary terms in plain text. Pure (no DOM): the highlighter feeds it the text of
 * one block at a time and maps the offsets back to text nodes.
 *
 * Compiling (the trie and the owner table) is done at build time for the whole glossary
 * (`virtual:health-notes/matcher`), so a page load only constructs the RegExp; a subset of
 * categories is compiled at run time when the user filters them.
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import type { TermIndexEntry } from '../glossary/schema';
import { compilePatternSource, PATTERN_FLAGS } from './compile-pattern';
import { compilePrefilter, createPrefilter, type Prefilter, type PrefilterSources } from './prefilter';

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
  source: string;
  owners: SurfaceOwner[];
  termCount: number;
  prefilter: PrefilterSources;
}

export interface Matcher {
  /** The compiled pattern's source: shared with the benchmark's bare scan. */
  readonly source: string;
  readonly flags: string;
  readonly termCount: number;
  /** Where in a long text a term may be (a superset of `findAll`'s matches). */
  readonly prefilter: Prefilter;
  findAll(text: string): TermMatch[];
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
  return {
    source: compilePatternSource(surfaces),
    owners,
    termCount: index.length,
    prefilter: compilePrefilter(surfaces),
  };
}

export function matcherFrom(compiled: CompiledMatcher): Matcher {
  // Built on first use: most frames and many pages never need them (the prefilter finds
  // nothing), and parsing an 11 KB pattern and indexing 700 forms take a few milliseconds.
  let owners: Map<string, { termId: string; exact: string | undefined }> | null = null;
  let pattern: RegExp | null = null;
  return {
    source: compiled.source,
    flags: PATTERN_FLAGS,
    termCount: compiled.termCount,
    prefilter: createPrefilter(compiled.prefilter),
    findAll(text) {
      owners ??= new Map(compiled.owners.map(([key, termId, exact]) => [key, { termId, exact }]));
      pattern ??= new RegExp(compiled.source, PATTERN_FLAGS);
      const found: TermMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const owner = owners.get(normalizeSurface(m[0]));
        if (!owner) continue;
        if (owner.exact !== undefined && canonicalSpelling(m[0]) !== owner.exact) continue;
        found.push({ start: m.index, end: m.index + m[0].length, termId: owner.termId });
      }
      return found;
    },
  };
}

export function createMatcher(index: readonly TermIndexEntry[]): Matcher {
  return matcherFrom(compileMatcher(index));
}
