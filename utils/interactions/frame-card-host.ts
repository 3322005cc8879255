/**
 * The top frame's side of cards for small frames (ADR 29): turns a frame's request into a hit
 * the top frame's card can show next to the <iframe>, and tells the frame when that card
 * closes for a reason of the top frame's own (the pointer left it here, Esc, the close button,
 * a tap elsewhere, or a term of the top frame took its place) or when the pointer entered it.
 *
 * The hit's range selects the <iframe> element itself: when the page removes the frame, the
 * range collapses and the card closes, as for any term that leaves the page. Where the card
 * goes comes from its `reference`: the frame's viewport on screen now plus the term's box in it.
 */
import { browser } from 'wxt/browser';
import type { CardReference } from '../../components/card/card-placement';
import { sendToBackground } from '../messaging/client';
import type { FrameCardEvent, FrameCardSpot } from '../messaging/protocol';
import { frameIdLookup, locateFrame } from './frame-locator';
import type { HitTerm } from './hit-test';

export interface FrameHit extends HitTerm {
  reference: CardReference;
}

type Tell = (frameId: number, event: FrameCardEvent) => void;

const tellThroughBackground: Tell = (frameId, event) =>
  void sendToBackground({ type: 'frame-card-event', frameId, event }).catch(() => undefined);

/** Where a frame's term is: replaced when the frame reports a scroll or resize. */
interface FrameSpot {
  frameId: number;
  spot: FrameCardSpot;
}

export class FrameCardHost {
  private shown: { hit: FrameHit; at: FrameSpot } | null = null;
  /** The last hit made by hitFor, until the card shows it. */
  private candidate: { hit: FrameHit; at: FrameSpot } | null = null;
  /** The frame itself asked to hide: it needs no "closed" back. */
  private hidingForFrame = false;

  constructor(
    private readonly doc: Document,
    private readonly tell: Tell = tellThroughBackground,
    private readonly getFrameId = frameIdLookup(browser.runtime),
  ) {}

  /**
   * The hit to show for a frame's term, or null when the frame cannot be told apart. A second
   * request for the same term of the same frame (it scrolled) moves the shown card's reference.
   */
  hitFor(request: FrameCardSpot & { frameId: number }): { hit: FrameHit; moved: boolean } | null {
    const { frameId, ...spot } = request;
    const shown = this.shown;
    if (shown && shown.at.frameId === frameId && shown.at.spot.termId === spot.termId) {
      shown.at.spot = spot;
      return { hit: shown.hit, moved: true };
    }
    const frame = locateFrame(this.doc, request, this.getFrameId);
    if (!frame) return null;
    const at: FrameSpot = { frameId, spot };
    const box = (): DOMRect => {
      const view = frame.viewportRect();
      const { rect } = at.spot;
      return new DOMRect(view.x + rect.x, view.y + rect.y, rect.width, rect.height);
    };
    const range = this.doc.createRange();
    range.selectNode(frame.element);
    const hit: FrameHit = {
      termId: spot.termId,
      range,
      key: {},
      reference: {
        getBoundingClientRect: box,
        getClientRects: () => [box()] as unknown as DOMRectList,
        contextElement: frame.element,
      },
    };
    this.candidate = { hit, at };
    return { hit, moved: false };
  }

  /** Called once the card shows `hit`: remembers which frame it belongs to. */
  showing(hit: HitTerm): void {
    if (this.candidate?.hit === hit) this.shown = this.candidate;
    this.candidate = null;
  }

  isFrameHit(key: object): boolean {
    return this.shown?.hit.key === key;
  }

  /** The hit shown for `frameId`, for the frame's own request to hide it. */
  shownFor(frameId: number): FrameHit | null {
    return this.shown?.at.frameId === frameId ? this.shown.hit : null;
  }

  /** Runs `hide` (which ends in `cardGone`) without telling the frame, which asked for it. */
  hideForFrame(hide: () => void): void {
    this.hidingForFrame = true;
    try {
      hide();
    } finally {
      this.hidingForFrame = false;
    }
  }

  /** The top frame's card closed or now shows something else. */
  cardGone(nowShowing: object | null = null): void {
    const shown = this.shown;
    if (!shown || shown.hit.key === nowShowing) return;
    this.shown = null;
    if (!this.hidingForFrame) this.tell(shown.at.frameId, 'closed');
  }

  pointerEnteredCard(): void {
    if (this.shown) this.tell(this.shown.at.frameId, 'enter');
  }
}
