/**
 * Full glossary entries for the pages that show them (popup, entry page, background).
 * Never imported by the content script, which gets entries from the background on demand.
 */
import disclaimer from 'virtual:health-notes/disclaimer';
import entries from 'virtual:health-notes/entries';
import type { TermEntry } from './schema';

const byId = new Map(entries.map((e) => [e.id, e]));

export { disclaimer, entries };

export function getEntry(id: string): TermEntry | undefined {
  return byId.get(id);
}
