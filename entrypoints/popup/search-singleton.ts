/**
 * The popup's view of the glossary. Its first paint needs only titles and categories, which
 * come from the small term index; the full entries (summaries, foods, sources: most of the
 * extension's size) and the search index are loaded right after that paint, or on the first
 * keystroke if that comes sooner.
 */
import termIndex from 'virtual:health-notes/term-index';
import { hitsAtoZ, type SearchHit } from '../../utils/search/a-to-z';
import type { GlossarySearch } from '../../utils/search/glossary-search';

/** Every term, A to Z by title: the list before anything is typed. */
export const allTerms: readonly SearchHit[] = hitsAtoZ(termIndex);

const titles = new Map(termIndex.map((e) => [e.id, e.title]));

export function titleOf(id: string): string | undefined {
  return titles.get(id);
}

let search: Promise<GlossarySearch> | undefined;

/** Loads the entries and builds the search index once per popup. */
export function loadGlossarySearch(): Promise<GlossarySearch> {
  search ??= Promise.all([import('../../utils/glossary/entries'), import('../../utils/search/glossary-search')]).then(
    ([{ entries }, { createGlossarySearch }]) => {
      const built = createGlossarySearch(entries);
      built.prepare();
      return built;
    },
  );
  return search;
}
