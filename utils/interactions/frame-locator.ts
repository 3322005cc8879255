/**
 * Which <iframe> of this document holds the frame a message came from, and where that frame's
 * viewport is on screen (ADR 29). The background knows the sender's frame id, not its element.
 *
 * Firefox maps an element to its frame id (`runtime.getFrameId`), an exact answer. Chrome has
 * no such call (and `webNavigation` would add an install-time warning), so there the frame is
 * the <iframe> whose content box has the sender's viewport size, and when several do, the one
 * the pointer is over (`:hover` reaches the frame's element while the pointer is inside it) or
 * the one holding focus (keyboard, tap). An ambiguous answer is no answer: the frame then draws
 * its own card, as before.
 *
 * Frames inside same-origin frames are searched too, with their offsets added; a frame inside a
 * cross-origin frame is out of this document's reach and keeps its own card.
 */
import type { FrameCardSpot, ViewRect } from '../messaging/protocol';

/** Rounding of fractional sizes at page zoom, in CSS pixels. */
const SIZE_TOLERANCE_PX = 1.5;
/** Deeper nesting is not searched: each level walks a document's frames. */
const MAX_DEPTH = 4;

export interface LocatedFrame {
  element: HTMLIFrameElement | HTMLFrameElement;
  /** The frame's viewport (its element's content box) in this document's viewport, now. */
  viewportRect(): ViewRect;
}

type FrameIdLookup = (element: Element) => number;

interface Candidate extends LocatedFrame {
  size: { width: number; height: number };
  hovered: boolean;
  focused: boolean;
}

function contentBox(element: HTMLIFrameElement | HTMLFrameElement): ViewRect {
  const box = element.getBoundingClientRect();
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const pad = (side: 'Left' | 'Top' | 'Right' | 'Bottom') => parseFloat(style?.[`padding${side}`] ?? '0') || 0;
  const x = box.left + element.clientLeft + pad('Left');
  const y = box.top + element.clientTop + pad('Top');
  return {
    x,
    y,
    width: Math.max(0, element.clientWidth - pad('Left') - pad('Right')),
    height: Math.max(0, element.clientHeight - pad('Top') - pad('Bottom')),
  };
}

/** Every frame element of `doc` and of its same-origin frames, with a way to place it in the top viewport. */
function candidates(doc: Document, offset: () => { x: number; y: number }, depth: number, out: Candidate[]): void {
  for (const element of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    const viewportRect = () => {
      const at = offset();
      const own = contentBox(element);
      return { ...own, x: own.x + at.x, y: own.y + at.y };
    };
    const own = contentBox(element);
    out.push({
      element,
      viewportRect,
      size: { width: own.width, height: own.height },
      hovered: element.matches(':hover'),
      focused: doc.activeElement === element,
    });
    if (depth + 1 >= MAX_DEPTH) continue;
    // Same-origin frames only; a cross-origin frame's document is null (or throws in old engines).
    const inner = sameOriginDocument(element);
    if (inner) {
      candidates(
        inner,
        () => {
          const r = viewportRect();
          return { x: r.x, y: r.y };
        },
        depth + 1,
        out,
      );
    }
  }
}

function sameOriginDocument(element: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return element.contentDocument;
  } catch {
    return null;
  }
}

function sameSize(a: { width: number; height: number }, b: { width: number; height: number }): boolean {
  return Math.abs(a.width - b.width) <= SIZE_TOLERANCE_PX && Math.abs(a.height - b.height) <= SIZE_TOLERANCE_PX;
}

function only<T>(list: T[]): T | null {
  return list.length === 1 ? list[0]! : null;
}

/** The browser's exact element-to-frame-id call, where there is one (Firefox). */
export function frameIdLookup(runtime: unknown): FrameIdLookup | null {
  const getFrameId = (runtime as { getFrameId?: unknown } | null)?.getFrameId;
  return typeof getFrameId === 'function' ? (element) => (getFrameId as FrameIdLookup).call(runtime, element) : null;
}

export function locateFrame(
  doc: Document,
  spot: Pick<FrameCardSpot, 'viewport'> & { frameId: number },
  getFrameId: FrameIdLookup | null,
): LocatedFrame | null {
  const all: Candidate[] = [];
  candidates(doc, () => ({ x: 0, y: 0 }), 0, all);
  if (getFrameId) {
    return (
      all.find((c) => {
        try {
          return getFrameId(c.element) === spot.frameId;
        } catch {
          return false;
        }
      }) ?? null
    );
  }
  const sized = all.filter((c) => sameSize(c.size, spot.viewport));
  if (sized.length <= 1) return sized[0] ?? null;
  return only(sized.filter((c) => c.hovered)) ?? only(sized.filter((c) => c.focused));
}
