/**
 * Reads a page as "segments": the text of consecutive text nodes that share one block,
 * with the offset of each node, so matches found in the joined text map back to nodes.
 * Incremental (`next()`), so scanning can stop at a time budget and resume later.
 *
 * This loop runs once per text node of every page, so it is written for speed: one
 * TreeWalker, the parent's classification cached for runs of siblings, no per-node sets.
 */
import { isInlineElement, isSkippedElement, type ElementClassifier, type ElementInfo } from './dom-rules';

export interface TextSegment {
  block: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Maps an offset in the joined text to a node and an offset inside it. */
export function positionAt(segment: TextSegment, offset: number, preferEnd: boolean): NodePosition {
  const { nodes, starts } = segment;
  let i = nodes.length - 1;
  // Segments are short (a paragraph), so a linear search beats the bookkeeping of a binary one.
  while (i > 0 && (starts[i]! > offset || (preferEnd && starts[i] === offset))) i--;
  return { node: nodes[i]!, offset: offset - starts[i]! };
}

export interface SegmentReaderOptions {
  /** Read only the text that belongs to this block itself, not to blocks nested in it. */
  ownTextOnly?: boolean;
}

/** Anything the scan loop can pull segments from, a few at a time. */
export interface SegmentSource {
  /** The next segment, or null when done or (for sources that check) when time is up. */
  next(timeLeft: () => number): TextSegment | null;
  readonly done: boolean;
}

export class SegmentReader implements SegmentSource {
  private pending: Text | null = null;
  private readonly walker: TreeWalker;
  private readonly ownTextOnly: boolean;
  /** Set by the own-text filter when it skipped a nested block: the segment must end. */
  private boundary = false;
  private lastParent: Element | null = null;
  private lastInfo: ElementInfo | null = null;
  private finished = false;

  constructor(
    root: Node,
    private readonly classifier: ElementClassifier,
    options: SegmentReaderOptions = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.ownTextOnly = options.ownTextOnly === true;
    // A block with text children only (most paragraphs of an article) has no nested block or
    // skipped element to stop at: a plain text walker reads it the same, without calling the
    // filter below for every node, which on a page dense with terms was the scan's largest
    // cost (ADR 23).
    const textOnly = this.ownTextOnly && (root as Element).childElementCount === 0;
    if (this.ownTextOnly && !textOnly) {
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => {
          if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
          const el = node as Element;
          if (el !== root && (!isInlineElement(el) || isSkippedElement(el))) {
            this.boundary = true;
            return NodeFilter.FILTER_REJECT;
          }
          return NodeFilter.FILTER_SKIP;
        },
      });
    } else {
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    }
  }

  /** Positions the reader so the next segment starts at `node`. */
  startAt(node: Text): void {
    this.walker.currentNode = node;
    this.pending = node;
  }

  get done(): boolean {
    return this.finished;
  }

  private advance(): Text | null {
    return this.walker.nextNode() as Text | null;
  }

  private infoOf(parent: Element): ElementInfo {
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastInfo = this.classifier.info(parent);
    }
    return this.lastInfo!;
  }

  next(): TextSegment | null {
    if (this.finished) return null;
    let node = this.pending ?? this.advance();
    this.pending = null;
    let block: Element | null = null;
    let text = '';
    for (; node !== null; node = this.advance()) {
      const parent = node.parentElement;
      if (parent === null) continue;
      const info = this.infoOf(parent);
      if (info.skip) continue;
      text = node.data;
      if (text.length === 0) continue;
      block = info.block;
      break;
    }
    if (node === null || block === null) {
      this.finished = true;
      return null;
    }

    const segment: TextSegment = { block, nodes: [node], starts: [0], text };
    this.boundary = false;
    for (let next = this.advance(); ; next = this.advance()) {
      // The end, known now: the walker stays on this segment's last node, which the wrapping
      // renderer may split before the next call, and must not walk on into the pieces.
      if (next === null) {
        this.finished = true;
        break;
      }
      // A nested block or a skipped element (code, an input) between two text nodes ends
      // the segment: no term may span it.
      if (this.boundary) {
        this.pending = next;
        break;
      }
      const parent = next.parentElement;
      if (parent === null) continue;
      const info = this.infoOf(parent);
      if (info.skip) break;
      const data = next.data;
      // Frameworks leave empty text nodes between real ones; they must not split a term.
      if (data.length === 0) continue;
      // The own-text filter saw any element between the two; this walker shows text only.
      if (info.block !== block || (!this.ownTextOnly && separated(segment.nodes[segment.nodes.length - 1]!, next))) {
        this.pending = next;
        break;
      }
      segment.starts.push(segment.text.length);
      segment.nodes.push(next);
      segment.text += data;
    }
    return segment;
  }
}

/**
 * True if an element that breaks text (a line break, a block without text, a skipped
 * element such as an empty input) lies between two text nodes of one block, so
 * "dehydration<br>and dizziness" is not read as "dehydrationand dizziness".
 */
function separated(prev: Text, next: Text): boolean {
  let node: Node | null = prev;
  for (;;) {
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node?.nextSibling ?? null;
    }
    if (node === null || node === next) return false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!isInlineElement(el) || isSkippedElement(el)) return true;
    }
  }
}
