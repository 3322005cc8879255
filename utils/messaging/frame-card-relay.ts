/**
 * The background's part in cards for small frames (ADR 29): a frame asks for its term's card,
 * the top frame of the same tab draws it, and the top frame tells that frame when the pointer
 * enters the card or the card closes. Messages go only through the extension's own
 * messaging (never the page's postMessage), and each crossing is checked here: who sent it (a
 * frame of a tab, the top frame for events), that the term is a glossary id, and that every
 * number is a finite, bounded pixel value.
 */
import type { FrameCardEvent, FrameCardSpot, ViewRect } from './protocol';

/** Larger than any real viewport or page offset, small enough to keep arithmetic exact. */
const MAX_PX = 1_000_000;
const EVENTS: readonly FrameCardEvent[] = ['enter', 'closed'];

export interface FrameCardRelayDeps {
  isEntryId(id: string): boolean;
  showInTop(tabId: number, spot: FrameCardSpot & { frameId: number }): Promise<{ shown: boolean }>;
  hideInTop(tabId: number, frameId: number): Promise<void>;
  tellFrame(tabId: number, frameId: number, event: FrameCardEvent): Promise<void>;
}

interface Sender {
  tabId: number;
  frameId: number;
}

function isPx(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= MAX_PX;
}

function isRect(value: unknown): value is ViewRect {
  const r = value as Partial<ViewRect> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    isPx(r.x, -MAX_PX) &&
    isPx(r.y, -MAX_PX) &&
    isPx(r.width, 0) &&
    isPx(r.height, 0)
  );
}

/** The request as a clean spot (only the known fields, checked), or null. */
export function cleanSpot(request: unknown, isEntryId: (id: string) => boolean): FrameCardSpot | null {
  const r = request as Partial<FrameCardSpot> | null;
  if (typeof r !== 'object' || r === null) return null;
  if (typeof r.termId !== 'string' || !isEntryId(r.termId) || !isRect(r.rect)) return null;
  const viewport = r.viewport as Partial<FrameCardSpot['viewport']> | undefined;
  if (!viewport || !isPx(viewport.width, 1) || !isPx(viewport.height, 1)) return null;
  const { x, y, width, height } = r.rect;
  return {
    termId: r.termId,
    rect: { x, y, width, height },
    viewport: { width: viewport.width, height: viewport.height },
  };
}

export function createFrameCardRelay(deps: FrameCardRelayDeps) {
  const isFrame = (sender: Sender | null): sender is Sender => sender !== null && sender.frameId > 0;
  return {
    /** A frame's term: the top frame draws the card, or answers that it cannot (then the frame does). */
    async show(request: unknown, sender: Sender | null): Promise<{ shown: boolean }> {
      const spot = cleanSpot(request, deps.isEntryId);
      if (!isFrame(sender) || !spot) return { shown: false };
      return deps.showInTop(sender.tabId, { ...spot, frameId: sender.frameId }).catch(() => ({ shown: false }));
    },
    async hide(sender: Sender | null): Promise<void> {
      if (isFrame(sender)) await deps.hideInTop(sender.tabId, sender.frameId).catch(() => undefined);
    },
    /** Only the top frame draws cards for frames, so only it may tell a frame about one. */
    async event(request: unknown, sender: Sender | null): Promise<void> {
      const r = request as { frameId?: unknown; event?: unknown } | null;
      if (sender === null || sender.frameId !== 0 || typeof r !== 'object' || r === null) return;
      const { frameId, event } = r;
      if (typeof frameId !== 'number' || !Number.isInteger(frameId) || frameId <= 0) return;
      if (!EVENTS.includes(event as FrameCardEvent)) return;
      await deps.tellFrame(sender.tabId, frameId, event as FrameCardEvent).catch(() => undefined);
    },
  };
}
