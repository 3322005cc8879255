/**
 * What is drawn on the page, grouped by block: a changed block drops exactly its own
 * terms, and "On this page" counts come from here without touching the DOM.
 */
import type { FoundTerm } from './found-term';

interface BlockRecord {
  /** Terms drawn in this block. */
  found: FoundTerm[];
  /** Every occurrence matched in this block, drawn or not ("first occurrence only"). */
  occurrences: string[];
}

export class MatchStore {
  private readonly blocks = new Map<Element, BlockRecord>();
  /** Terms drawn somewhere on the page, for "first occurrence only". */
  private readonly shown = new Map<string, number>();

  add(block: Element, found: readonly FoundTerm[], occurrences: readonly string[]): void {
    let record = this.blocks.get(block);
    if (!record) {
      record = { found: [], occurrences: [] };
      this.blocks.set(block, record);
    }
    record.found.push(...found);
    record.occurrences.push(...occurrences);
    for (const f of found) this.shown.set(f.termId, (this.shown.get(f.termId) ?? 0) + 1);
  }

  isShown(termId: string): boolean {
    return (this.shown.get(termId) ?? 0) > 0;
  }

  /** Removes the blocks `test` selects and returns their drawn terms (to be erased). */
  takeBlocks(test: (block: Element) => boolean): FoundTerm[] {
    const taken: FoundTerm[] = [];
    for (const [block, record] of this.blocks) {
      if (!test(block)) continue;
      this.blocks.delete(block);
      for (const f of record.found) {
        taken.push(f);
        const left = (this.shown.get(f.termId) ?? 1) - 1;
        if (left > 0) this.shown.set(f.termId, left);
        else this.shown.delete(f.termId);
      }
    }
    return taken;
  }

  clear(): void {
    this.blocks.clear();
    this.shown.clear();
  }

  /** Occurrences per term id, for the popup's "On this page". */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const record of this.blocks.values()) {
      for (const id of record.occurrences) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  /** Drawn terms in document order (keyboard navigation, scrolling to a term). */
  inDocumentOrder(): FoundTerm[] {
    const all = [...this.blocks.values()].flatMap((r) => r.found).filter((f) => !f.range.collapsed);
    return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  get size(): number {
    let n = 0;
    for (const record of this.blocks.values()) n += record.found.length;
    return n;
  }
}
