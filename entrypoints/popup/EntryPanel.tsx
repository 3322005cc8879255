/**
 * One entry inside the popup. Loaded on demand (with the full entries) so the popup's
 * first paint does not wait for them.
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntryView } from '../../components/entry/EntryView';
import { getEntry } from '../../utils/glossary/entries';
import type { UnitSystem } from '../../utils/settings/schema';

export function EntryPanel({ entryId, units }: { entryId: string; units: UnitSystem }) {
  const entry = getEntry(entryId);
  useEffect(() => {
    document.getElementById('entry-title')?.focus();
  }, [entryId]);
  if (!entry) {
    return (
      <div class="hn-empty">
        <h2 id="entry-title" tabIndex={-1}>
          Entry not found
        </h2>
        <p>There is no entry called “{entryId}”. Go back and search for the term instead.</p>
      </div>
    );
  }
  return (
    <>
      <EntryView entry={entry} units={units} variant="popup" hrefFor={(id) => `#${encodeURIComponent(id)}`} />
      <p class="hn-more">
        <a href={browser.runtime.getURL(`/entry.html#${encodeURIComponent(entry.id)}`)} target="_blank" rel="noopener">
          Open “{entry.title}” in a tab
        </a>
      </p>
    </>
  );
}
