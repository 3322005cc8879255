/**
 * Reads a page as "segments": the text of consecutive text nodes that share one block,
 * with the offset of each node, so matches found in the joined text map back to nodes.
 * Incremental (`next()`), so scanning can stop at a time budget and resume later.
 */
import type { ElementClassifier } from './dom-rules';

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

const EMPTY = Symbol('empty text node');

export class SegmentReader {
  private pending: Text | null = null;
  private readonly walker: TreeWalker;

  constructor(
    root: Node,
    private readonly classifier: ElementClassifier,
    /** Text nodes already handled by an earlier pass (visible-first) are passed over. */
    private readonly done?: WeakSet<Text>,
  ) {
    this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Positions the reader so the next segment starts at or after `node`. */
  startAt(node: Text): void {
    this.walker.currentNode = node;
    this.pending = node;
  }

  private advance(): Text | null {
    return this.walker.nextNode() as Text | null;
  }

  /** The node's block; `EMPTY` for a node that neither joins nor ends a segment; null to skip it. */
  private classify(node: Text): Element | typeof EMPTY | null {
    if (node.data.length === 0) return EMPTY;
    const parent = node.parentElement;
    if (!parent || this.done?.has(node)) return null;
    const info = this.classifier.info(parent);
    return info.skip ? null : info.block;
  }

  next(): TextSegment | null {
    let node = this.pending ?? this.advance();
    this.pending = null;
    let block: Element | typeof EMPTY | null = null;
    while (node && !((block = this.classify(node)) instanceof Element)) node = this.advance();
    if (!node || !(block instanceof Element)) return null;

    const segment: TextSegment = { block, nodes: [node], starts: [0], text: node.data };
    this.done?.add(node);
    for (let next = this.advance(); next; next = this.advance()) {
      const nextBlock = this.classify(next);
      // Frameworks leave empty text nodes between real ones; they must not split a term.
      if (nextBlock === EMPTY) continue;
      // A skipped node (code, an input) inside the block ends the segment: no match may span it.
      if (nextBlock === null) break;
      if (nextBlock !== block) {
        this.pending = next;
        break;
      }
      segment.starts.push(segment.text.length);
      segment.nodes.push(next);
      segment.text += next.data;
      this.done?.add(next);
    }
    return segment;
  }

  /** The node the reader stopped on (for visible-first scanning). */
  get current(): Node {
    return this.walker.currentNode;
  }
}
