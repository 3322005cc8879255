/**
 * Every term as a search hit, A to Z by title: the list shown before anything is typed.
 * Its own module (no MiniSearch) so the popup can build it for its first paint.
 */
import type { Category } from '../glossary/categories';

export interface SearchHit {
  id: string;
  title: string;
  category: Category;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function hitsAtoZ(terms: readonly SearchHit[]): SearchHit[] {
  return terms
    .map(({ id, title, category }) => ({ id, title, category }))
    .sort((a, b) => collator.compare(a.title, b.title));
}
