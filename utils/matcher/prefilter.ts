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
  /** The same spans, found a stretch of the text at a time. */
  search(text: string): PrefilterSearch;
}

/**
 * A search of one long text in steps, so a page's largest text is not searched in one task: on
 * a page dense with terms, finding and checking every beginning in 450 KB took one task of
 * tens of ms (ADR 23). Stretches without any beginning are passed over in the step before.
 */
export interface PrefilterSearch {
  /** The spans found so far, as `Prefilter.spans` gives them. */
  readonly spans: number[];
  /** Searches where spans start in the next `chars` characters; false once the text is done. */
  step(chars: number): boolean;
}

export function createPrefilter(tables: FormTables): Prefilter {
  /** The spans starting in [from, to) of a searchable text, and where the next may start. */
  const stretch = (subject: string, from: number, to: number): { spans: number[]; next: number } => {
    const { lists, next } = tables.findIn(subject, from, to);
    const flat = lists.map((hits) => hits.flatMap(({ start, end }) => [start, end]));
    return { spans: flat.length === 2 ? mergeSpans(flat[0]!, flat[1]!) : (flat[0] ?? []), next };
  };
  return {
    // The path every short unit takes: one stretch, its spans returned as they are (no search
    // object, no copy).
    spans(text) {
      return tables.mayHoldTerm(text) ? stretch(searchable(text), 0, text.length).spans : [];
    },
    search(text) {
      const spans: number[] = [];
      if (!tables.mayHoldTerm(text)) return { spans, step: () => false };
      const subject = searchable(text);
      let from = 0;
      return {
        spans,
        step(chars) {
          if (from < 0 || from >= text.length) return false;
          const found = stretch(subject, from, Math.min(text.length, from + chars));
          // Every span of this stretch starts before every span of the next: appending keeps the order.
          for (const n of found.spans) spans.push(n);
          from = found.next;
          return from >= 0 && from < text.length;
        },
      };
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
