/**
 * Full-text search over the glossary for the popup and the entry page: titles, aliases and
 * summaries, prefix-matched as the user types and tolerant of typos ("hypomagnesimia").
 * Built once per page from the bundled entries; every query after that is in-memory.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { TermEntry } from '../glossary/schema';
import { hitsAtoZ, type SearchHit } from './a-to-z';
import { createSurfaceLookup } from './surface-lookup';

export type { SearchHit };

export interface GlossarySearch {
  /** Best matches first; an empty or blank query returns no hits. */
  search(query: string, limit?: number): SearchHit[];
  /** Every entry, A to Z by title: what the popup lists before anything is typed. */
  readonly all: readonly SearchHit[];
  /** Builds the index now (it is otherwise built by the first search). */
  prepare(): void;
}

export const DEFAULT_LIMIT = 30;

/** Lower case, accents folded, single letters dropped (the "s" of "Chvostek's" matches everything). */
export function processSearchTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.length > 1 || /\d/u.test(folded) ? folded : null;
}

/** One edit per ~5 letters (two for "hypomagnesimia"); short words must be spelt right. */
function fuzziness(term: string): number | false {
  return term.length >= 4 ? 0.2 : false;
}

type Doc = Pick<TermEntry, 'id' | 'title' | 'category' | 'summary'> & { aliases: string };

export function createGlossarySearch(entries: readonly TermEntry[]): GlossarySearch {
  // The index is the one real start-up cost (tens of ms on a cold page), so it is built on the
  // first query or when the page calls prepare() after its first paint, never before.
  let index: MiniSearch<Doc> | undefined;
  const buildIndex = () => {
    const built = new MiniSearch<Doc>({
      fields: ['title', 'aliases', 'summary'],
      storeFields: [],
      processTerm: processSearchTerm,
      searchOptions: {
        boost: { title: 4, aliases: 3, summary: 1 },
        prefix: true,
        fuzzy: fuzziness,
        // Prefix and typo matches count, but less than the word as typed.
        weights: { prefix: 0.5, fuzzy: 0.4 },
      },
    });
    built.addAll(
      entries.map((e) => ({
        id: e.id,
        title: e.title,
        category: e.category,
        summary: e.summary,
        aliases: e.aliases.join(' ; '),
      })),
    );
    return built;
  };

  // An exact title or alias ("low magnesium", "Mg deficiency") always wins over word overlap.
  const exactMatch = createSurfaceLookup(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const toHit = (id: string): SearchHit => {
    const e = byId.get(id)!;
    return { id: e.id, title: e.title, category: e.category };
  };
  const all = hitsAtoZ(entries);

  return {
    all,
    prepare() {
      index ??= buildIndex();
    },
    search(query, limit = DEFAULT_LIMIT) {
      if (!query.trim()) return [];
      index ??= buildIndex();
      // Every typed word must match; only when nothing does, any word may.
      let results: SearchResult[] = index.search(query, { combineWith: 'AND' });
      if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
      const ids = results.map((r) => r.id as string);
      const exactId = exactMatch(query);
      if (exactId) ids.splice(0, ids.length, exactId, ...ids.filter((id) => id !== exactId));
      return ids.slice(0, limit).map(toHit);
    },
  };
}
