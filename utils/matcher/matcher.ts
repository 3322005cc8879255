/**
 * Finds glossary terms in plain text. Pure (no DOM): the highlighter feeds it the text of
 * one block at a time and maps the offsets back to text nodes.
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import type { TermIndexEntry } from '../glossary/schema';
import { compilePatternSource, PATTERN_FLAGS } from './compile-pattern';

export interface TermMatch {
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  termId: string;
}

interface SurfaceOwner {
  termId: string;
  /** For abbreviations: the exact spelling required, apostrophes and spaces normalised. */
  exact?: string;
}

export interface Matcher {
  /** The compiled pattern's source: shared with the benchmark's bare scan. */
  readonly source: string;
  readonly termCount: number;
  findAll(text: string): TermMatch[];
}

export function createMatcher(index: readonly TermIndexEntry[]): Matcher {
  const owners = new Map<string, SurfaceOwner>();
  const surfaces: string[] = [];
  for (const entry of index) {
    for (const surface of [entry.title, ...entry.aliases]) {
      const key = normalizeSurface(surface);
      // The build rejects duplicates; first owner wins if a caller passes unchecked data.
      if (owners.has(key)) continue;
      owners.set(key, {
        termId: entry.id,
        exact: isCaseSensitiveSurface(surface) ? canonicalSpelling(surface) : undefined,
      });
      surfaces.push(surface);
    }
  }
  const source = compilePatternSource(surfaces);
  const pattern = new RegExp(source, PATTERN_FLAGS);

  return {
    source,
    termCount: index.length,
    findAll(text) {
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
