/**
 * The visible part of a scrolled page first (restored position, #anchor): read from the text at
 * the top of the viewport down to its bottom, right away, before the full pass in idle time.
 */
import type { ElementClassifier } from './dom-rules';
import { runGuarded, SLICE_BUDGET_MS } from './scheduler';
import { SegmentReader, type SegmentSource, type TextSegment } from './text-segments';

/** Reads segments from `source` until time is up or `keepGoing` says stop. */
export type ScanSome = (
  source: SegmentSource,
  timeLeft: () => number,
  keepGoing?: (segment: TextSegment) => boolean,
) => boolean;

/**
 * Returns the text nodes it read, so the full pass does not read them again. A failure here
 * (reported once) leaves the whole page to the full pass.
 */
export function scanViewport(doc: Document, classifier: ElementClassifier, scanSome: ScanSome): Set<Text> | undefined {
  let read: Set<Text> | undefined;
  runGuarded(() => (read = readViewport(doc, classifier, scanSome)));
  return read;
}

function readViewport(doc: Document, classifier: ElementClassifier, scanSome: ScanSome): Set<Text> | undefined {
  const win = doc.defaultView;
  if (!win) return undefined;
  const start = textNear(doc, win.innerWidth / 2, Math.min(40, win.innerHeight / 4));
  if (!start) return undefined;
  const reader = new SegmentReader(doc.body, classifier);
  reader.startAt(start);
  const bottom = win.innerHeight;
  const read = new Set<Text>();
  // One slice only: what is not done by then is read by the full pass.
  const deadline = performance.now() + 2 * SLICE_BUDGET_MS;
  scanSome(
    reader,
    () => deadline - performance.now(),
    (seg) => {
      for (const node of seg.nodes) read.add(node);
      return seg.block.getBoundingClientRect().top < bottom;
    },
  );
  return read;
}

function textNear(doc: Document, x: number, y: number): Text | null {
  const caret = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const node = caret.caretPositionFromPoint?.(x, y)?.offsetNode ?? caret.caretRangeFromPoint?.(x, y)?.startContainer;
  if (!node) return null;
  if (node instanceof Text) return node;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}
