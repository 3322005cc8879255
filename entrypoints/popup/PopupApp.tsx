/**
 * The toolbar popup: search, "On this page", the highlighting switches, and one entry at a time.
 * The open entry lives in the URL hash (`#<id>`) so related-term links work like on entry.html.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntryView } from '../../components/entry/EntryView';
import { useSettings } from '../../components/entry/use-settings';
import { SearchCombobox } from '../../components/search/SearchCombobox';
import { getEntry } from '../../utils/glossary/entries';
import { OnThisPage } from './OnThisPage';
import { usePageState } from './page-status';
import { glossarySearch } from './search-singleton';
import { highlightingOn } from '../../utils/settings/site-toggle';
import { SiteSwitches } from './SiteSwitches';

const readHash = () => decodeURIComponent(location.hash.slice(1));

export function PopupApp() {
  const { settings } = useSettings();
  const [entryId, setEntryId] = useState(readHash);
  const [query, setQuery] = useState('');
  const [pageState, reloadPageState] = usePageState();
  const search = glossarySearch();
  const hits = useMemo(() => (query.trim() ? search.search(query) : search.all), [query]);

  useEffect(() => {
    // After the first paint, before the first keystroke: a person needs far longer to start typing.
    const frame = requestAnimationFrame(() => setTimeout(() => search.prepare(), 0));
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const onHash = () => setEntryId(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const host = pageState.kind === 'ready' ? pageState.status.host || null : null;
  const tabId = pageState.kind === 'unsupported' || pageState.kind === 'ready' ? (pageState.tab?.id ?? null) : null;
  const active = highlightingOn(settings, host);

  // The scan of a page that was off starts only now; ask again once it has had time to run.
  const [wasActive, setWasActive] = useState(active);
  useEffect(() => {
    if (active === wasActive) return;
    setWasActive(active);
    if (!active) return;
    const timer = setTimeout(reloadPageState, 600);
    return () => clearTimeout(timer);
  }, [active]);

  if (entryId) {
    const entry = getEntry(entryId);
    return (
      <EntryScreen key={entryId} onBack={() => (location.hash = '')}>
        {entry ? (
          <>
            <EntryView
              entry={entry}
              units={settings.units}
              variant="popup"
              hrefFor={(id) => `#${encodeURIComponent(id)}`}
            />
            <p class="hn-more">
              <a
                href={browser.runtime.getURL(`/entry.html#${encodeURIComponent(entry.id)}`)}
                target="_blank"
                rel="noopener"
              >
                Open “{entry.title}” in a tab
              </a>
            </p>
          </>
        ) : (
          <div class="hn-empty">
            <h2 id="entry-title" tabIndex={-1}>
              Entry not found
            </h2>
            <p>There is no entry called “{entryId}”. Go back and search for the term instead.</p>
          </div>
        )}
      </EntryScreen>
    );
  }

  return (
    <div class="hn-popup">
      <header class="hn-popup-head">
        <h1>Health Notes</h1>
      </header>
      <main>
        <SearchCombobox
          idBase="popup-search"
          label="Search health terms"
          query={query}
          onQuery={setQuery}
          hits={hits}
          onChoose={(id) => (location.hash = encodeURIComponent(id))}
          listTitle={query.trim() ? 'Results' : 'All terms'}
          autoFocus
        >
          {!query.trim() && (
            <>
              <OnThisPage state={pageState} active={active} />
              <SiteSwitches settings={settings} host={host} tabId={tabId} />
            </>
          )}
        </SearchCombobox>
      </main>
    </div>
  );
}

function EntryScreen({ onBack, children }: { onBack: () => void; children: ComponentChildren }) {
  useEffect(() => {
    document.getElementById('entry-title')?.focus();
  }, []);
  return (
    <div class="hn-popup">
      <header class="hn-popup-head">
        <button type="button" class="hn-back" onClick={onBack}>
          <span aria-hidden="true">←</span> Back to search
        </button>
        <h1>Health Notes</h1>
      </header>
      <main>{children}</main>
    </div>
  );
}
