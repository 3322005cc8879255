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

/** Requests handled by the content script of a tab (top frame answers). */
export interface ContentMessages {
  'page-status': { request: NoPayload; reply: PageStatus };
  'reveal-term': { request: { termId: string }; reply: { revealed: boolean } };
  'start-term-navigation': { request: NoPayload; reply: { terms: number } };
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
}

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { request: infer R } ? R : never)
  : never;

export type ReplyOf<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
