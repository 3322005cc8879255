/**
 * Which highlighted term is under the pointer. The Highlight API paints ranges without
 * elements, so there is no event target to ask: we take the caret position at the point
 * and look its text node up in the match store's node index (no scan of all ranges), then
 * confirm against the range's rectangles, because the caret snaps to the nearest
 * character even past the end of a line.
 *
 * `highlightsFromPoint` answers directly, but only at a device pixel ratio of 1: in Chromium
 * 156 at any other ratio (phones, HiDPI laptops, page zoom) it returns nothing for a range
 * that does not start at its node's first character, that is for nearly every term (measured
 * with a 2x and a 1.5x emulated screen). Everywhere else the caret lookup below is used.
 *
 * Wrap mode is hit-tested the same way, through the text inside the wrappers the renderer
 * made: a `<health-note data-health-term>` the page made itself is in no index, so it opens
 * nothing, and the term id always comes from our own match, never from a page attribute.
 */
import type { CardReference } from '../../components/card/card-placement';
import type { FoundTerm } from '../render/found-term';
import { HIGHLIGHT_NAME } from '../render/page-contract';

export interface HitTerm {
  termId: string;
  range: Range;
  /** Stable identity for hover intent: the same term occurrence gives the same key. */
  key: object;
  /** Where the card goes when not next to `range`: a small frame's term, drawn by the top frame (ADR 29). */
  reference?: CardReference;
}

export interface TermSource {
  termsAt(node: Node): readonly FoundTerm[];
  readonly drawsWithHighlightApi: boolean;
  /** An open shadow root was scanned: hit tests then also look inside roots under the point. */
  readonly scansShadowRoots?: boolean;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

type HighlightsWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[];
};

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function termAtPoint(doc: Document, source: TermSource, x: number, y: number): HitTerm | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry =
    source.drawsWithHighlightApi && view?.devicePixelRatio === 1
      ? (view.CSS?.highlights as HighlightsWithHitTest | undefined)
      : undefined;
  if (registry?.highlightsFromPoint) {
    const ours = new Set(
      Object.values(HIGHLIGHT_NAME)
        .map((n) => registry.get(n))
        .filter(Boolean),
    );
    for (const hit of registry.highlightsFromPoint(x, y)) {
      if (!ours.has(hit.highlight)) continue;
      for (const r of hit.ranges) {
        if (!(r instanceof Range)) continue;
        const found = source.termsAt(r.startContainer).find((f) => f.range === r);
        if (found) return { termId: found.termId, range: found.range, key: found };
      }
    }
    // It does not see ranges inside shadow roots (Chromium 156).
    return source.scansShadowRoots ? inShadowRootAt(doc, source, x, y) : null;
  }

  const caret = caretAt(doc as CaretDocument, x, y);
  if (caret) {
    for (const found of source.termsAt(caret.node)) {
      if (found.range.isPointInRange(caret.node, caret.offset) && containsPoint(found.range, x, y)) {
        return { termId: found.termId, range: found.range, key: found };
      }
    }
  }
  return source.scansShadowRoots ? inShadowRootAt(doc, source, x, y) : null;
}

/**
 * A caret position stops at a shadow host: the text under the point is in an open shadow root
 * (shadow-roots.ts). There the deepest element under the point is found root by root, and the
 * terms of its own text nodes are checked against the point. Only pages with an open root at
 * the point pay for it.
 */
function inShadowRootAt(doc: Document, source: TermSource, x: number, y: number): HitTerm | null {
  let el = doc.elementFromPoint(x, y);
  if (!el?.shadowRoot) return null;
  for (let depth = 0; el?.shadowRoot && depth < 32; depth++) {
    const inner: Element | null = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  for (const child of el?.childNodes ?? []) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    for (const found of source.termsAt(child)) {
      if (containsPoint(found.range, x, y)) return { termId: found.termId, range: found.range, key: found };
    }
  }
  return null;
}
