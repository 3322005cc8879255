/**
 * Where the card goes: below its term (above when there is no room), inside the viewport, as
 * tall as fits between the card's minimum and maximum height.
 */
import { computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

/** Keeps the card this far from every viewport edge. */
export const VIEWPORT_MARGIN_PX = 8;
const MAX_HEIGHT_PX = 420;
const MIN_HEIGHT_PX = 120;

export interface CardReference {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
  contextElement?: Element;
}

export function referenceFor(range: Range): CardReference {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/** Places the slot (a fixed layer holding the card) next to the reference. */
export async function placeCard(reference: CardReference, slot: HTMLElement): Promise<void> {
  const card = slot.firstElementChild as HTMLElement | null;
  const boundary = document.documentElement;
  const { x, y } = await computePosition(reference, slot, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(),
      offset(VIEWPORT_MARGIN_PX),
      // The card sits in a fixed layer on <html>: the viewport is its only boundary, so
      // there is no need to walk its ancestors for clipping containers.
      flip({ padding: VIEWPORT_MARGIN_PX, boundary }),
      shift({ padding: VIEWPORT_MARGIN_PX, boundary }),
      size({
        padding: VIEWPORT_MARGIN_PX,
        boundary,
        apply: ({ availableHeight }) => {
          if (card) card.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.min(MAX_HEIGHT_PX, availableHeight))}px`;
        },
      }),
    ],
  });
  // Whole pixels: text on a fractional offset renders blurred.
  slot.style.left = `${Math.round(x)}px`;
  slot.style.top = `${Math.round(y)}px`;
}
