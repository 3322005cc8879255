import type { TextSegment } from '../scan/text-segments';

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

/** The Highlight API's two looks (the highlights' names in page-contract.ts). */
export type PaintStyle = 'underline' | 'background';

/** How terms are drawn: painted with the Highlight API, or wrapped in elements. */
export type RenderStyle = PaintStyle | 'wrap';

/**
 * Makes the renderer for a style: at once, or once its script has loaded in the frame (null
 * when it could not be). Passed to the page scanner, which does not know how scripts load.
 */
export type RendererFactory = (doc: Document, style: RenderStyle) => Renderer | Promise<Renderer | null>;

/** Draws and removes terms. Removal is always per block (see MatchStore). */
export interface Renderer {
  /** True for wrapped elements; false when the browser paints (the Highlight API). */
  readonly mutatesDom: boolean;
  /** Changes how drawn terms look without drawing them again (the Highlight API only). */
  setStyle?(style: PaintStyle): void;
  /** Is this a text node the renderer split (wrap-renderer.ts)? Never, for the Highlight API. */
  owns(node: Node): boolean;
  /** The page rewrote or removed a node the renderer split: drop the renderer's pieces of it. */
  repair(original: Text): void;
  render(batch: readonly PendingMatch[]): FoundTerm[];
  remove(found: readonly FoundTerm[]): void;
  /** Removes every drawn term and detaches from the page; the renderer is not used again. */
  dispose(): void;
}
