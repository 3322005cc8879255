/**
 * One entry inside the popup. Loaded on demand (with the full entries) so the popup's
 * first paint does not wait for them.
 */
import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entryHref, focusEntryTarget } from '../../components/entry/entry-hash';
import { EntryView } from '../../components/entry/EntryView';
import { getEntry } from '../../utils/glossary/entries';
import type { UnitSystem } from '../../utils/settings/schema';

export function EntryPanel({ entryId, units }: { entryId: string; units: UnitSystem }) {
  const entry = getEntry(entryId);
  useEffect(() => {
    focusEntryTarget(entryId);
  }, [entryId]);
  if (!entry) {
    return (
      <div class="hn-empty">
        <h2 id="entry-title" tabIndex={-1}>
          {i18n.t('entryNotFound.title')}
        </h2>
        <p>{i18n.t('entryNotFoundPopup', [entryId])}</p>
      </div>
    );
  }
  return (
    <>
      <EntryView entry={entry} units={units} variant="popup" hrefFor={entryHref} />
      <p class="hn-more">
        <a href={browser.runtime.getURL(`/entry.html#${encodeURIComponent(entry.id)}`)} target="_blank" rel="noopener">
          {i18n.t('popup.openInTab', [entry.title])}
        </a>
      </p>
    </>
  );
}
