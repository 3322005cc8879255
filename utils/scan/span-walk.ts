/**
 * The probe's walk over a unit's text nodes to the ones that overlap prefilter spans, done a
 * number of nodes at a time so the page scan can stop on the clock between. A unit that cannot
 * be narrowed (one child holds nearly all its text) is walked whole: on the dense corpus page
 * that was 450 KB of text in one walk, the longest extension task left after the prefilter's
 * search was made stepwise (ADR 23).
 *
 * The walk starts from the end nearer to the hits. Going forward it stops after the last span's
 * end; going backward it stops before the first span's start.
 */
import { isText, nearerToEnd, type Unit } from './probe-units';
import { BackwardSpanCursor, SpanCursor } from './span-cursor';

const SHOW_TEXT = 0x4 | 0x8; // NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION

export class SpanWalk {
  /** Next index into the unit (forward) or the one before it (backward). */
  private k: number;
  /** Text nodes of the unit's current element, when inside one. */
  private walker: TreeWalker | null = null;
  /** The walker has not yet moved to its first (or, backward, last) text node. */
  private fresh = false;
  /** Forward: text offset of the next node's start. Backward: of the next node's end. */
  private offset: number;
  private readonly stopAt: number;
  private readonly forward: SpanCursor | null;
  private readonly backward: BackwardSpanCursor | null;
  /** The walk goes from the unit's end to its start. */
  readonly fromEnd: boolean;

  /** `spans` as the prefilter gives them (at least one), in the unit's text of `total` characters. */
  constructor(
    private readonly unit: Unit,
    total: number,
    spans: readonly number[],
  ) {
    const forward = new SpanCursor(spans);
    this.fromEnd = nearerToEnd(total, spans[0]!, forward.lastEnd);
    this.k = this.fromEnd ? unit.length - 1 : 0;
    this.offset = this.fromEnd ? total : 0;
    this.forward = this.fromEnd ? null : forward;
    this.backward = this.fromEnd ? new BackwardSpanCursor(spans) : null;
    this.stopAt = this.fromEnd ? spans[0]! : forward.lastEnd;
  }

  /**
   * Visits up to `nodes` text nodes, calling `hit` with each that overlaps a span (in the walk's
   * direction); true while there is more to walk.
   */
  step(nodes: number, hit: (node: Text) => void): boolean {
    for (let n = 0; n < nodes; n++) {
      if (this.fromEnd ? this.offset <= this.stopAt : this.offset >= this.stopAt) return false;
      const node = this.nextNode();
      if (node === null) return false;
      if (this.backward) {
        const start = this.offset - node.length;
        if (this.backward.overlaps(start, this.offset)) hit(node);
        this.offset = start;
      } else {
        if (this.forward!.overlaps(this.offset, node.length)) hit(node);
        this.offset += node.length;
      }
    }
    return true;
  }

  private nextNode(): Text | null {
    for (;;) {
      const walker = this.walker;
      if (walker) {
        // With elements skipped, lastChild is the subtree's last text node.
        const t = this.fromEnd ? (this.fresh ? walker.lastChild() : walker.previousNode()) : walker.nextNode();
        this.fresh = false;
        if (t) return t as Text;
        this.walker = null;
      }
      const node = this.unit[this.k];
      if (node === undefined) return null;
      this.k += this.fromEnd ? -1 : 1;
      if (isText(node)) return node;
      if (node instanceof Element) {
        this.walker = node.ownerDocument.createTreeWalker(node, SHOW_TEXT);
        this.fresh = true;
      }
    }
  }
}
