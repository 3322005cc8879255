import type { TextSegment } from './text-segments';

/** A match the matcher found, before it is drawn. Offsets are into `segment.text`. */
export interface PendingMatch {
  termId: string;
  segment: TextSegment;
  start: number;
  end: number;
}

/** A term drawn on the page. `range` covers exactly the term's text as the page shows it. */
export interface FoundTerm {
  termId: string;
  block: Element;
  range: Range;
}

/** Draws and removes terms. Removal is always per block (see MatchStore). */
export interface Renderer {
  readonly mutatesDom: boolean;
  /** Is this a text node the renderer split (wrap-renderer.ts)? Never, for the Highlight API. */
  owns(node: Node): boolean;
  /** The page rewrote or removed a node the renderer split: drop the renderer's pieces of it. */
  repair(original: Text): void;
  render(batch: readonly PendingMatch[]): FoundTerm[];
  remove(found: readonly FoundTerm[]): void;
  /** Removes every drawn term and detaches from the page; the renderer is not used again. */
  dispose(): void;
}
