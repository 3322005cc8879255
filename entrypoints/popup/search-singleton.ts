import { entries } from '../../utils/glossary/entries';
import { createGlossarySearch, type GlossarySearch } from '../../utils/search/glossary-search';

let search: GlossarySearch | undefined;

/** Built on first use and kept for the page's life: the index is the popup's only real start-up cost. */
export function glossarySearch(): GlossarySearch {
  search ??= createGlossarySearch(entries);
  return search;
}
