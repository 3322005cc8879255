/**
 * Where the card goes: below its term (above when there is no room), inside the viewport, as
 * tall as fits between the card's minimum and maximum height.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

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

/** The card's slot on screen: placed, revealed, and kept next to its term while the page scrolls. */
export class CardPosition {
  private scrollAtPlacement = { x: 0, y: 0, w: 0, h: 0 };
  private stopTracking: (() => void) | null = null;

  constructor(private readonly slot: HTMLElement) {}

  /** Whether the page has neither scrolled nor resized since the last placement. */
  scrollUnchanged(): boolean {
    const at = this.scrollAtPlacement;
    return at.x === scrollX && at.y === scrollY && at.w === innerWidth && at.h === innerHeight;
  }

  reveal(): void {
    this.slot.style.visibility = 'visible';
  }

  async place(reference: CardReference, { reveal = true }: { reveal?: boolean } = {}): Promise<void> {
    this.scrollAtPlacement = { x: scrollX, y: scrollY, w: innerWidth, h: innerHeight };
    await placeCard(reference, this.slot);
    if (reveal) this.reveal();
  }

  /** Places the card again on scrolls and resizes while `current` holds. */
  follow(reference: CardReference, current: () => boolean): void {
    this.stopFollowing();
    let first = true;
    this.stopTracking = autoUpdate(
      reference,
      this.slot,
      () => {
        // autoUpdate calls back at once; the card was just placed.
        if (first) first = false;
        else if (current()) void this.place(reference);
      },
      { animationFrame: false },
    );
  }

  stopFollowing(): void {
    this.stopTracking?.();
    this.stopTracking = null;
  }
}
