/**
 * What the hover handling (the term-interactions script) needs to know about each term besides
 * what the matcher knows: its title (cards, keyboard navigation). The term index would bring
 * aliases and more to every page with a term.
 */
import type { TermIndexEntry } from './schema';

export type TermTitles = [id: string, title: string][];

export function termTitles(index: readonly TermIndexEntry[]): TermTitles {
  return index.map(({ id, title }) => [id, title]);
}
