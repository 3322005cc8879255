/**
 * The toolbar popup: search, "On this page", the highlighting switches, and one entry at a time.
 * The open entry lives in the URL hash (`#<id>`) so related-term links work like on entry.html.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { entryIdFromHash } from '../../components/entry/entry-hash';
import { useSettings } from '../../components/settings/use-settings';
import { SearchCombobox } from '../../components/search/SearchCombobox';
import type { GlossarySearch } from '../../utils/search/glossary-search';
import type { Settings } from '../../utils/settings/schema';
import { highlightingOn } from '../../utils/settings/site-toggle';
import type { EntryPanel as EntryPanelType } from './EntryPanel';
import { OnThisPage } from './OnThisPage';
import { usePageState } from './page-status';
import { SiteAccessNotice } from './SiteAccessNotice';
import { allTerms, loadGlossarySearch, titleOf } from './search-singleton';
import { SiteSwitches } from './SiteSwitches';
import { ReaderLinks } from './ReaderLinks';

let entryPanel: Promise<typeof EntryPanelType> | undefined;
const loadEntryPanel = () => (entryPanel ??= import('./EntryPanel').then((m) => m.EntryPanel));

const readHash = () => entryIdFromHash(location.hash);

export function PopupApp({ initialSettings }: { initialSettings?: Settings }) {
  const { settings } = useSettings(initialSettings);
  const [entryId, setEntryId] = useState(readHash);
  const [query, setQuery] = useState('');
  const [pageState, reloadPageState] = usePageState();
  const [search, setSearch] = useState<GlossarySearch | null>(null);
  const typed = query.trim() !== '';
  const hits = useMemo(() => (!typed ? allTerms : (search?.search(query) ?? [])), [query, search]);

  useEffect(() => {
    // After the first paint, before the first keystroke: a person needs far longer to start typing.
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => void loadGlossarySearch().then((loaded) => live && setSearch(loaded)), 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
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

  // An id no entry has (a stale or malformed link) gets the search, with a note, not an empty entry screen.
  const missingId = entryId !== '' && titleOf(entryId) === undefined ? entryId : null;
  if (entryId && missingId === null) {
    return (
      <EntryScreen onBack={() => (location.hash = '')}>
        <LazyEntryPanel key={entryId} entryId={entryId} units={settings.units} />
      </EntryScreen>
    );
  }

  return (
    <div class="hn-popup">
      <header class="hn-popup-head">
        <h1>{i18n.t('extName')}</h1>
      </header>
      <main>
        <SiteAccessNotice onGranted={reloadPageState} />
        {missingId !== null && (
          <div class="hn-empty" data-testid="entry-not-found">
            <h2>{i18n.t('entryNotFound.title')}</h2>
            <p>{i18n.t('entryNotFound.searchBelow', [missingId])}</p>
          </div>
        )}
        <SearchCombobox
          idBase="popup-search"
          label={i18n.t('search.popupLabel')}
          query={query}
          onQuery={setQuery}
          hits={hits}
          onChoose={(id) => (location.hash = encodeURIComponent(id))}
          listTitle={typed ? i18n.t('search.results') : i18n.t('search.allTerms')}
          pending={typed && search === null}
          autoFocus
        >
          {!typed && (
            <>
              <OnThisPage state={pageState} active={active} />
              <SiteSwitches settings={settings} host={host} tabId={tabId} />
              <ReaderLinks />
            </>
          )}
        </SearchCombobox>
      </main>
    </div>
  );
}

function LazyEntryPanel(props: Parameters<typeof EntryPanelType>[0]) {
  const [Panel, setPanel] = useState<typeof EntryPanelType | null>(null);
  useEffect(() => {
    let live = true;
    void loadEntryPanel().then((loaded) => live && setPanel(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : <p class="hn-muted">{i18n.t('loading')}</p>;
}

function EntryScreen({ onBack, children }: { onBack: () => void; children: ComponentChildren }) {
  return (
    <div class="hn-popup">
      <header class="hn-popup-head">
        <button type="button" class="hn-back" onClick={onBack}>
          <span aria-hidden="true">←</span> {i18n.t('popup.back')}
        </button>
        <h1>{i18n.t('extName')}</h1>
      </header>
      <main>{children}</main>
    </div>
  );
}
