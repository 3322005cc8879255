/**
 * Every message the extension's parts exchange, in one place, with its reply type.
 * Content scripts never see full entries in bulk: they ask the background for one at a time.
 */
import type { TermEntry } from '../glossary/schema';

/** A message with nothing but its type. */
export type NoPayload = Record<never, never>;

export interface PageTerm {
  id: string;
  count: number;
}

export interface PageStatus {
  /** Highlighting runs on this page (global switch on and the site not switched off). */
  active: boolean;
  host: string;
  /** The page's address, so a caller holding several tabs can tell them apart. */
  url: string;
  /** The first read of the page, or of recent changes, is still under way. */
  scanning: boolean;
  /**
   * Work waiting: scan jobs queued, and changed elements kept for the next re-scan (bounded on
   * long-lived pages; the soak bench reads it).
   */
  backlog: { jobs: number; roots: number };
  terms: PageTerm[];
}

/** A rectangle in a frame's viewport, in CSS pixels. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A term of a small frame whose card the top frame draws (ADR 29). */
export interface FrameCardSpot {
  termId: string;
  /** The term's box in the frame's own viewport. */
  rect: ViewRect;
  /** The frame's viewport size, which the top frame matches against its <iframe> elements. */
  viewport: { width: number; height: number };
}

/** What happened to the card the top frame draws for a frame's term: the pointer entered it, or it closed. */
export type FrameCardEvent = 'enter' | 'closed';

/**
 * Requests handled by the content script of a tab. The top frame answers for the page (popup,
 * commands) and draws the cards of small frames; a frame hears about the card drawn for it.
 */
export interface ContentMessages {
  'page-status': { request: NoPayload; reply: PageStatus };
  'reveal-term': { request: { termId: string }; reply: { revealed: boolean } };
  'start-term-navigation': { request: NoPayload; reply: { terms: number } };
  /** To the top frame: draw (or move) the card of a term in frame `frameId`. */
  'show-frame-card': { request: FrameCardSpot & { frameId: number }; reply: { shown: boolean } };
  /** To the top frame: the card drawn for frame `frameId` is no longer wanted. */
  'hide-frame-card': { request: { frameId: number }; reply: void };
  /** To a frame: the pointer entered the card drawn for it, or the card closed. */
  'frame-card-event': { request: { event: FrameCardEvent }; reply: void };
}

/** Requests handled by the background. */
export interface BackgroundMessages {
  'get-entry': { request: { id: string }; reply: TermEntry | null };
  /**
   * The top frame's highlighting state changed. `active: false` (site or global switch off) greys
   * the tab's toolbar icon.
   */
  'page-terms-changed': { request: { distinctTerms: number; active: boolean }; reply: void };
  /** From the card only: a glossary id, at most one tab per moment per tab (entry-opener.ts). */
  'open-entry': { request: { id: string }; reply: void };
  /** From a frame (never the top one): its term's card, drawn by the top frame (ADR 29). */
  'frame-card-show': { request: FrameCardSpot; reply: { shown: boolean } };
  'frame-card-hide': { request: NoPayload; reply: void };
  /** From the top frame only: tells frame `frameId` what happened to its card. */
  'frame-card-event': { request: { frameId: number; event: FrameCardEvent }; reply: void };
}

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { request: infer R } ? R : never)
  : never;

export type ReplyOf<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
