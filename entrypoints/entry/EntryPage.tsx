/**
 * entry.html: one entry on a full page (`#<id>`, opened by "More" links and the context menu),
 * or a search over the glossary (`?q=<text>`, or neither) when there is no such entry.
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EntryView } from '../../components/entry/EntryView';
import { useSettings } from '../../components/settings/use-settings';
import { SearchCombobox } from '../../components/search/SearchCombobox';
import { DisclaimerNote } from '../../components/entry/DisclaimerNote';
import { entryHref, entryIdFromHash, focusEntryTarget } from '../../components/entry/entry-hash';
import { entries, getEntry } from '../../utils/glossary/entries';
import { createGlossarySearch } from '../../utils/search/glossary-search';
import type { Settings } from '../../utils/settings/schema';

const readHash = () => entryIdFromHash(location.hash);
const search = createGlossarySearch(entries);

export function EntryPage({ initialSettings }: { initialSettings?: Settings }) {
  const { settings } = useSettings(initialSettings);
  const [entryId, setEntryId] = useState(readHash);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const hits = useMemo(() => (query.trim() ? search.search(query) : search.all), [query]);
  const entry = entryId ? getEntry(entryId) : undefined;

  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => search.prepare(), 0));
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const onHash = () => {
      setEntryId(readHash());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = entry ? i18n.t('entryPage.documentTitle', [entry.title]) : i18n.t('entryPage.searchDocumentTitle');
    if (entry) focusEntryTarget(entry.id);
  }, [entry]);

  return (
    <div class="hn-page">
      <header class="hn-page-head">
        <p class="hn-brand">
          <a href="#" onClick={() => setQuery('')}>
            {i18n.t('extName')}
          </a>
        </p>
        <nav class="hn-page-nav" aria-label={i18n.t('readerNav.label')}>
          <a href="/read.html">{i18n.t('readerNav.readText')}</a>
          <a href="/pdf.html">{i18n.t('readerNav.pdf')}</a>
        </nav>
      </header>
      <main>
        {entry ? (
          <EntryView entry={entry} units={settings.units} variant="page" hrefFor={entryHref} />
        ) : (
          <>
            {entryId ? (
              <div class="hn-empty" data-testid="entry-not-found">
                <h1 id="entry-title">{i18n.t('entryNotFound.title')}</h1>
                <p>{i18n.t('entryNotFoundPage', [entryId])}</p>
              </div>
            ) : (
              <h1 id="entry-title">{i18n.t('search.pageHeading')}</h1>
            )}
            <SearchCombobox
              idBase="page-search"
              label={i18n.t('search.pageLabel')}
              query={query}
              onQuery={setQuery}
              hits={hits}
              onChoose={(id) => (location.hash = encodeURIComponent(id))}
              listTitle={query.trim() ? i18n.t('search.results') : i18n.t('search.allTerms')}
              autoFocus
            />
            <DisclaimerNote form="full" />
          </>
        )}
      </main>
    </div>
  );
}
