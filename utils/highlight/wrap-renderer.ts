/**
 * "Wrap terms" renderer: mark.js wraps each term in <health-note data-health-term="id">,
 * for browsers without the Highlight API and for users who want real elements (print, user
 * styles, some assistive tech). One `markRanges` call per batch, with the matcher's ranges.
 *
 * Keeping framework pages intact: mark.js splits a text node by `splitText`, so the node a
 * framework holds stays in place as the first piece and our wrappers and the rest follow
 * it. We remember those pieces. When the page later rewrites or removes that node (React
 * sets `nodeValue` on the node it owns), `repair()` drops our pieces, so the page shows
 * exactly what it rendered; `unwrap()` merges the pieces back into the original node, so
 * turning the mode off restores the original nodes, text and all. We never call
 * `normalize()`, which would merge text nodes a framework owns.
 */
import Mark from 'mark.js';
import type { FoundTerm, PendingMatch, Renderer } from './found-term';
import { WRAPPER_TAG, WRAPPER_TERM_ATTRIBUTE } from './page-contract';
import { WrapStyle } from './wrap-style';

interface MarkRange {
  start: number;
  length: number;
  termId: string;
  block: Element;
}

export class WrapRenderer implements Renderer {
  readonly mutatesDom = true;
  /** Original text node → the nodes mark.js put after it (wrappers and split-off text). */
  private readonly pieces = new Map<Text, ChildNode[]>();
  private readonly wrapperOwner = new WeakMap<Element, Text>();
  private readonly style: WrapStyle;

  constructor(private readonly doc: Document) {
    this.style = new WrapStyle(doc);
  }

  render(batch: readonly PendingMatch[]): FoundTerm[] {
    if (batch.length === 0) return [];
    this.style.ensure();
    // mark.js joins its context's text nodes in order, so ranges are offsets into the
    // concatenation of every segment in the batch.
    const nodes: Text[] = [];
    const ranges: MarkRange[] = [];
    const segmentBase = new Map<PendingMatch['segment'], number>();
    let length = 0;
    for (const match of batch) {
      let base = segmentBase.get(match.segment);
      if (base === undefined) {
        base = length;
        segmentBase.set(match.segment, base);
        nodes.push(...match.segment.nodes);
        length += match.segment.text.length;
      }
      ranges.push({
        start: base + match.start,
        length: match.end - match.start,
        termId: match.termId,
        block: match.segment.block,
      });
    }

    const followers = new Map(nodes.map((n) => [n, n.nextSibling]));
    const wrappersByRange = new Map<MarkRange, Element[]>();
    new Mark(nodes as unknown as HTMLElement[]).markRanges(ranges, {
      element: WRAPPER_TAG,
      each: (element: Element, range: MarkRange) => {
        element.setAttribute(WRAPPER_TERM_ATTRIBUTE, range.termId);
        const list = wrappersByRange.get(range) ?? [];
        list.push(element);
        wrappersByRange.set(range, list);
      },
    } as unknown as Mark.MarkRangesOptions);

    for (const [original, follower] of followers) this.rememberPieces(original, follower);

    const found: FoundTerm[] = [];
    for (const range of ranges) {
      const wrappers = wrappersByRange.get(range);
      if (!wrappers?.length) continue;
      const r = this.doc.createRange();
      r.setStartBefore(wrappers[0]!);
      r.setEndAfter(wrappers[wrappers.length - 1]!);
      found.push({ termId: range.termId, block: range.block, range: r });
    }
    return found;
  }

  private rememberPieces(original: Text, follower: ChildNode | null): void {
    const added: ChildNode[] = [];
    for (let n = original.nextSibling; n && n !== follower; n = n.nextSibling) added.push(n);
    if (added.length === 0) return;
    this.pieces.set(original, [...(this.pieces.get(original) ?? []), ...added]);
    for (const n of added) if (n instanceof Element) this.wrapperOwner.set(n, original);
  }

  /** Is this a text node whose pieces we track (for the mutation observer)? */
  owns(node: Node): boolean {
    return node instanceof Text && this.pieces.has(node);
  }

  /** The page changed or removed a node we split: drop our pieces, keep the page's text. */
  repair(original: Text): void {
    for (const piece of this.pieces.get(original) ?? []) piece.remove();
    this.pieces.delete(original);
  }

  /** Restores the original text nodes of the given terms (all terms in their blocks). */
  remove(found: readonly FoundTerm[]): void {
    const blocks = [...new Set(found.map((f) => f.block))];
    for (const original of [...this.pieces.keys()]) {
      if (!original.isConnected) this.repair(original);
      else if (blocks.some((b) => b.contains(original))) this.unwrap(original);
    }
  }

  private unwrap(original: Text): void {
    const pieces = this.pieces.get(original) ?? [];
    if (original.isConnected) {
      original.data += pieces.map((p) => p.textContent ?? '').join('');
    }
    for (const piece of pieces) piece.remove();
    this.pieces.delete(original);
  }

  dispose(): void {
    for (const original of [...this.pieces.keys()]) this.unwrap(original);
    this.style.remove();
  }
}
