/**
 * The background's side of `open-entry` (the card's "More about …" button): the one message a
 * page could most want to abuse, since each one opens a tab. The card is its only sender, so
 * it is accepted only from a content script in a tab, only for a glossary id, and at most once
 * per OPEN_ENTRY_INTERVAL_MS per tab, so nothing a page does makes a tab open more than one.
 */
import { senderFrame } from './client';

/** Longer than a double click, shorter than reading a card and choosing another term. */
export const OPEN_ENTRY_INTERVAL_MS = 2000;

export interface EntryOpenerDeps {
  /** This extension's id: a message from any other sender is refused. */
  extensionId: string;
  isEntryId(id: string): boolean;
  open(id: string, tabId: number): Promise<void>;
  now?: () => number;
}

export function createEntryOpener({ extensionId, isEntryId, open, now = Date.now }: EntryOpenerDeps) {
  const openedAt = new Map<number, number>();
  return async (id: unknown, sender: unknown): Promise<void> => {
    const tabId = senderFrame(sender)?.tabId;
    if (tabId === undefined || (sender as { id?: unknown }).id !== extensionId) {
      throw new Error('Health Notes: entries are opened only from the card on a page');
    }
    if (typeof id !== 'string' || !isEntryId(id)) throw new Error('Health Notes: there is no such entry');
    const t = now();
    for (const [tab, at] of openedAt) if (t - at >= OPEN_ENTRY_INTERVAL_MS) openedAt.delete(tab);
    if (openedAt.has(tabId)) throw new Error('Health Notes: an entry was opened from this tab a moment ago');
    openedAt.set(tabId, t);
    await open(id, tabId);
  };
}
