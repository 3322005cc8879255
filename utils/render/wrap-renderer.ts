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
 *
 * Some pages undo foreign elements (sanitisers, editors that normalise their DOM): each undo
 * is a page change, which would have the block wrapped again, undone again, for ever. A block
 * wrapped MAX_WRAP_TRIES times with the same text is left unwrapped until its text changes.
 */
import Mark from 'mark.js';
import type { FoundTerm, PendingMatch, Renderer } from './found-term';
import { WRAPPER_TAG, WRAPPER_TERM_ATTRIBUTE } from './page-contract';
import { WrapStyle } from './wrap-style';

/** Wraps of one block with unchanged text; a page that undoes them gives up its terms' wrappers. */
export const MAX_WRAP_TRIES = 3;

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
  private readonly style: WrapStyle;
  /** Each block's split text nodes: removing a block's terms visits only its own. */
  private readonly originalsByBlock = new Map<Element, Set<Text>>();
  /** The text each block was last wrapped with, and how many times in a row. */
  private readonly tries = new WeakMap<Element, { text: string; count: number }>();

  constructor(private readonly doc: Document) {
    this.style = new WrapStyle(doc);
  }

  render(all: readonly PendingMatch[]): FoundTerm[] {
    const batch = this.worthTrying(all);
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
    const blockOf = new Map<Text, Element>();
    for (const segment of segmentBase.keys()) for (const n of segment.nodes) blockOf.set(n, segment.block);
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

    for (const [original, follower] of followers) this.rememberPieces(original, follower, blockOf.get(original)!);

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

  /** The batch without the blocks the page keeps undoing (see MAX_WRAP_TRIES). */
  private worthTrying(batch: readonly PendingMatch[]): readonly PendingMatch[] {
    const textOf = new Map<Element, string>();
    const seen = new Set<PendingMatch['segment']>();
    for (const { segment } of batch) {
      if (seen.has(segment)) continue;
      seen.add(segment);
      textOf.set(segment.block, `${textOf.get(segment.block) ?? ''}\n${segment.text}`);
    }
    const refused = new Set<Element>();
    for (const [block, text] of textOf) {
      const last = this.tries.get(block);
      const count = last?.text === text ? last.count + 1 : 1;
      this.tries.set(block, { text, count });
      if (count > MAX_WRAP_TRIES) refused.add(block);
    }
    return refused.size ? batch.filter((m) => !refused.has(m.segment.block)) : batch;
  }

  private rememberPieces(original: Text, follower: ChildNode | null, block: Element): void {
    const added: ChildNode[] = [];
    for (let n = original.nextSibling; n && n !== follower; n = n.nextSibling) added.push(n);
    if (added.length === 0) return;
    this.pieces.set(original, [...(this.pieces.get(original) ?? []), ...added]);
    let originals = this.originalsByBlock.get(block);
    if (!originals) this.originalsByBlock.set(block, (originals = new Set()));
    originals.add(original);
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
    for (const block of new Set(found.map((f) => f.block))) {
      for (const original of this.originalsByBlock.get(block) ?? []) {
        if (!this.pieces.has(original)) continue; // repaired already
        if (original.isConnected) this.unwrap(original);
        else this.repair(original);
      }
      this.originalsByBlock.delete(block);
    }
  }

  private unwrap(original: Text): void {
    const pieces = this.pieces.get(original) ?? [];
    this.pieces.delete(original);
    if (original.isConnected && inPlace(original, pieces)) {
      original.data += pieces.map((p) => p.textContent ?? '').join('');
      for (const piece of pieces) piece.remove();
      return;
    }
    // The page moved our nodes or their text: take our elements out and leave its text where it
    // now is, in its order, rather than merge text back where it no longer belongs.
    for (const piece of pieces)
      if (piece instanceof Element && piece.isConnected) piece.replaceWith(...piece.childNodes);
  }

  dispose(): void {
    for (const original of [...this.pieces.keys()]) this.unwrap(original);
    this.style.remove();
    this.originalsByBlock.clear();
  }
}

/** Whether the pieces still follow the original node, in order, as mark.js left them. */
function inPlace(original: Text, pieces: readonly ChildNode[]): boolean {
  let previous: Node = original;
  for (const piece of pieces) {
    if (piece.previousSibling !== previous) return false;
    previous = piece;
  }
  return true;
}
