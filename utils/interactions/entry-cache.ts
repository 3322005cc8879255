/**
 * Entries for the card, fetched from the background one at a time and kept for the life
 * of the page. Hovering starts the fetch, so the text is there when the dwell ends.
 */
import type { TermEntry } from '../glossary/schema';
import { sendToBackground } from '../messaging/client';

export class EntryCache {
  private readonly entries = new Map<string, Promise<TermEntry | null>>();

  get(id: string): Promise<TermEntry | null> {
    let pending = this.entries.get(id);
    if (!pending) {
      pending = sendToBackground({ type: 'get-entry', id }).catch(() => {
        this.entries.delete(id); // a sleeping or restarting background: try again next time
        return null;
      });
      this.entries.set(id, pending);
    }
    return pending;
  }
}
