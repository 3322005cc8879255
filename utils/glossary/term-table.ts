/**
 * What the content script needs to know about each term besides its forms: the title (cards,
 * keyboard navigation) and the category (the category filter). A fifth of the size of the
 * term index, which every page would otherwise parse.
 */
import type { Category } from './categories';
import type { TermIndexEntry } from './schema';

export type TermTable = [id: string, title: string, category: Category][];

export function termTable(index: readonly TermIndexEntry[]): TermTable {
  return index.map(({ id, title, category }) => [id, title, category]);
}
