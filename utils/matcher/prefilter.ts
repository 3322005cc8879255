/**
 * A cheap first pass that says where in a long text a term MAY be, so the page scan can
 * hand large stretches of text to the browser as one string (`textContent`) and read node
 * by node only around the hits.
 *
 * It searches the matcher's form tables without checking word boundaries: every match the
 * matcher accepts starts where a span this finds starts, in any text that contains the
 * match's text (the boundaries are what make the matcher block-sensitive; without them a
 * span cannot be lost where two blocks' texts meet).
 */
import { searchable, type FormTables } from './form-tables';

export interface Prefilter {
  /**
   * Spans that may hold a term, as [start, end) pairs in one flat array, sorted by start
   * (spans of the two tries may overlap).
   */
  spans(text: string): number[];
}

export function createPrefilter(tables: FormTables): Prefilter {
  return {
    spans(text) {
      if (!tables.mayHoldTerm(text)) return [];
      const lists = tables.find(searchable(text)).map((hits) => hits.flatMap(({ start, end }) => [start, end]));
      return lists.length === 2 ? mergeSpans(lists[0]!, lists[1]!) : (lists[0] ?? []);
    },
  };
}

function mergeSpans(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      out.push(a[i]!, a[i + 1]!);
      i += 2;
    } else {
      out.push(b[j]!, b[j + 1]!);
      j += 2;
    }
  }
  return out;
}
