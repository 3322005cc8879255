/**
 * A frame's side of cards drawn by the top frame (ADR 29). In a frame too small for a whole
 * card, the card of a term here is drawn by the top frame next to this frame's term, so the
 * frame's edges never cut it off. This frame still decides when the card opens and closes
 * (its own hover intent, tap and Esc); it sends the term's box, and again when this frame
 * scrolls or resizes, and hears back when the pointer entered the card or the card closed.
 * When the top frame cannot draw it (no content script there, or it cannot tell which
 * <iframe> this is), the frame draws the card itself, as before.
 */
import { sendToBackground } from '../messaging/client';
import type { FrameCardSpot } from '../messaging/protocol';
import type { HitTerm } from './hit-test';

/** The card's full width and height plus the margin kept from the viewport's edges (card.css). */
export const FULL_CARD_PX = { width: 360 + 16, height: 420 + 16 };

export interface FrameCardTransport {
  show(spot: FrameCardSpot): Promise<{ shown: boolean }>;
  hide(): Promise<void>;
}

const backgroundTransport: FrameCardTransport = {
  show: (spot) => sendToBackground({ type: 'frame-card-show', ...spot }),
  hide: () => sendToBackground({ type: 'frame-card-hide' }),
};

export class FrameCardClient {
  /** The occurrence whose card the top frame shows, as far as this frame knows. */
  private shown: HitTerm | null = null;
  private wanted: object | null = null;
  private frame = 0;
  private listening: AbortController | null = null;

  constructor(
    private readonly view: Window,
    private readonly transport: FrameCardTransport = backgroundTransport,
  ) {}

  /** Whether a whole card fits in this frame's viewport; when it does, the frame draws its own. */
  get frameTooSmall(): boolean {
    return this.view.innerWidth < FULL_CARD_PX.width || this.view.innerHeight < FULL_CARD_PX.height;
  }

  get isShowing(): boolean {
    return this.shown !== null;
  }

  /** Asks the top frame to draw the card; false when it cannot (the caller then draws it here). */
  async show(hit: HitTerm): Promise<boolean> {
    this.wanted = hit.key;
    const { shown } = await this.transport.show(this.spotOf(hit)).catch(() => ({ shown: false }));
    if (this.wanted !== hit.key) {
      // Hidden or replaced while the top frame was drawing it: that answer came too late.
      if (shown && this.shown === null) void this.transport.hide().catch(() => undefined);
      return true;
    }
    if (!shown) return false;
    this.shown = hit;
    this.followFrameMoves();
    return true;
  }

  hide(): void {
    this.wanted = null;
    if (this.shown === null) return;
    this.forget();
    void this.transport.hide().catch(() => undefined);
  }

  /** The top frame closed the card (the user, or another card took its place). */
  closedByTop(): void {
    this.wanted = null;
    this.forget();
  }

  private forget(): void {
    this.shown = null;
    this.listening?.abort();
    this.listening = null;
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private spotOf(hit: HitTerm): FrameCardSpot {
    const box = hit.range.getBoundingClientRect();
    return {
      termId: hit.termId,
      rect: { x: box.x, y: box.y, width: box.width, height: box.height },
      viewport: { width: this.view.innerWidth, height: this.view.innerHeight },
    };
  }

  /** The term moves when this frame scrolls or resizes: the top frame moves the card with it. */
  private followFrameMoves(): void {
    this.listening?.abort();
    this.listening = new AbortController();
    const update = () => {
      this.frame = 0;
      const hit = this.shown;
      if (hit?.range.startContainer.isConnected) void this.transport.show(this.spotOf(hit)).catch(() => undefined);
    };
    const schedule = () => {
      if (this.frame === 0) this.frame = this.view.requestAnimationFrame(update);
    };
    const options = { capture: true, passive: true, signal: this.listening.signal };
    this.view.addEventListener('scroll', schedule, options);
    this.view.addEventListener('resize', schedule, options);
  }
}
