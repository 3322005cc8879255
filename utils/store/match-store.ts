/**
 * What is drawn on the page, grouped by block: a changed block drops exactly its own
 * terms, and "On this page" counts come from here without touching the DOM.
 *
 * Kept cheap per batch on pages dense with terms (ADR 23): the counts are kept up to date as
 * blocks come and go (every drawn batch asked for them, and rebuilding them from every block
 * each time grew with the page), and the hit-testing index is built on the first hit test,
 * not while the page is being scanned.
 */
import type { FoundTerm } from '../render/found-term';
import { compareRangeStarts } from './tree-order';

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
  /** Text node → terms whose range starts or ends in it: hit-testing looks up one node. */
  private readonly byNode = new Map<Node, FoundTerm[]>();
  /** The nodes each term was indexed under: its range may have moved since. */
  private readonly nodesOf = new Map<FoundTerm, Node[]>();
  /** Drawn terms not in `byNode` yet: indexed on the next hit test. */
  private readonly unindexed = new Set<FoundTerm>();
  /** Occurrences per term id, drawn or not. */
  private readonly occurrenceCounts = new Map<string, number>();

  private indexNode(node: Node, f: FoundTerm): void {
    const list = this.byNode.get(node);
    if (list) list.push(f);
    else this.byNode.set(node, [f]);
  }

  private unindexNode(node: Node, f: FoundTerm): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const i = list.indexOf(f);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byNode.delete(node);
  }

  /** Terms whose text includes part of `node` (hit-testing from a caret position). */
  termsAt(node: Node): readonly FoundTerm[] {
    if (this.unindexed.size > 0) this.indexPending();
    return this.byNode.get(node) ?? [];
  }

  private indexPending(): void {
    for (const f of this.unindexed) {
      const nodes = rangeTextNodes(f.range);
      this.nodesOf.set(f, nodes);
      for (const node of nodes) this.indexNode(node, f);
    }
    this.unindexed.clear();
  }

  add(block: Element, found: readonly FoundTerm[], occurrences: readonly string[]): void {
    let record = this.blocks.get(block);
    if (!record) {
      record = { found: [], occurrences: [] };
      this.blocks.set(block, record);
    }
    for (const f of found) {
      record.found.push(f);
      this.shown.set(f.termId, (this.shown.get(f.termId) ?? 0) + 1);
      this.unindexed.add(f);
    }
    for (const id of occurrences) {
      record.occurrences.push(id);
      this.occurrenceCounts.set(id, (this.occurrenceCounts.get(id) ?? 0) + 1);
    }
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
      for (const id of record.occurrences) {
        const left = (this.occurrenceCounts.get(id) ?? 1) - 1;
        if (left > 0) this.occurrenceCounts.set(id, left);
        else this.occurrenceCounts.delete(id);
      }
      for (const f of record.found) {
        taken.push(f);
        if (!this.unindexed.delete(f)) for (const node of this.nodesOf.get(f) ?? []) this.unindexNode(node, f);
        this.nodesOf.delete(f);
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
    this.byNode.clear();
    this.nodesOf.clear();
    this.unindexed.clear();
    this.occurrenceCounts.clear();
  }

  /** Occurrences per term id, for the popup's "On this page" (read only: it is the store's own). */
  counts(): ReadonlyMap<string, number> {
    return this.occurrenceCounts;
  }

  /** Drawn terms in document order (keyboard navigation, scrolling to a term). */
  inDocumentOrder(): FoundTerm[] {
    const all = [...this.blocks.values()].flatMap((r) => r.found).filter((f) => !f.range.collapsed);
    return all.sort((a, b) => compareRangeStarts(a.range, b.range));
  }

  get size(): number {
    let n = 0;
    for (const record of this.blocks.values()) n += record.found.length;
    return n;
  }
}

/** The text nodes a term's range covers (usually one; more across inline tags). */
function rangeTextNodes(range: Range): Node[] {
  const { startContainer, endContainer } = range;
  // Wrap mode's ranges start and end around its wrappers, in their parent element: the text
  // inside the wrappers is what a hit test finds, so that is what is indexed.
  if (startContainer === endContainer && startContainer.nodeType === Node.TEXT_NODE) return [startContainer];
  const nodes: Node[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n);
  return nodes;
}
