/**
 * Maps a piece of text the user picked (a context-menu selection, a typed query) to the entry
 * whose title or alias it is, compared through the same normal form the page scanner uses.
 */
import { normalizeSurface } from '../glossary/normalize';
import type { TermEntry } from '../glossary/schema';

/** Selections often drag along quotes or a trailing comma/full stop; those are not part of the term. */
const EDGE_PUNCTUATION = /^[\s\p{Ps}\p{Pi}"'.,;:!?]+|[\s\p{Pe}\p{Pf}"'.,;:!?]+$/gu;

/**
 * The most of a selection ever looked at: six times the longest title or alias, and short enough
 * that no expression here can be slow. A selection can be a whole page (megabytes), and the edge
 * pattern backtracks over a long run of blank space once per character before it.
 */
export const MAX_SELECTION_LENGTH = 200;

export function cleanSelection(text: string): string {
  // trimStart is linear and runs no regular expression; the cut comes before any does.
  return text.trimStart().slice(0, MAX_SELECTION_LENGTH).replace(EDGE_PUNCTUATION, '');
}

export type SurfaceLookup = (text: string) => string | undefined;

export function createSurfaceLookup(entries: readonly Pick<TermEntry, 'id' | 'title' | 'aliases'>[]): SurfaceLookup {
  const byKey = new Map<string, string>();
  for (const e of entries) {
    for (const surface of [e.title, ...e.aliases]) {
      const key = normalizeSurface(surface);
      // Titles come first in each entry, and the glossary validator rejects duplicates across entries.
      if (!byKey.has(key)) byKey.set(key, e.id);
    }
  }
  return (text) => {
    const cleaned = cleanSelection(text);
    return cleaned ? byKey.get(normalizeSurface(cleaned)) : undefined;
  };
}
