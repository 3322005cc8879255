/**
 * read.html, "Read text": the reader pastes text (a portal message, an email, text copied from
 * a PDF) and sees it with its health terms highlighted, with cards and the list of terms. The
 * text lives in this page only: nothing is stored or sent.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { TermsFound } from '../../components/reader/TermsFound';
import { useReaderTerms } from '../../components/reader/use-reader-terms';
import { useSettings } from '../../components/settings/use-settings';
import { formatNumber } from '../../utils/i18n/format';
import { MAX_PASTE_BYTES, readPastedText, type PastedText } from '../../utils/reader/pasted-text';
import type { Settings } from '../../utils/settings/schema';

const kb = (bytes: number) => formatNumber(Math.ceil(bytes / 1024));

function problem(result: Exclude<PastedText, { ok: true }>): string {
  if (result.reason === 'too-large') return i18n.t('readText.tooLarge', [kb(result.bytes), kb(MAX_PASTE_BYTES)]);
  if (result.reason === 'binary') return i18n.t('readText.binary');
  return i18n.t('readText.empty');
}

export function ReadTextApp({ initialSettings }: { initialSettings?: Settings }) {
  useSettings(initialSettings);
  const { reader, terms, scanning } = useReaderTerms();
  const [draft, setDraft] = useState('');
  const [shown, setShown] = useState<{ paragraphs: string[]; version: number } | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    document.title = i18n.t('readText.documentTitle');
  }, []);

  const show = (event: Event) => {
    event.preventDefault();
    const result = readPastedText(draft);
    if (!result.ok) {
      // The text box keeps what was pasted, and what was shown before stays.
      setMessage(problem(result));
      return;
    }
    setMessage('');
    setShown({ paragraphs: result.paragraphs, version: (shown?.version ?? 0) + 1 });
  };

  const clear = () => {
    setDraft('');
    setShown(null);
    setMessage('');
  };

  return (
    <div class="hn-reader">
      <header class="hn-reader-head" data-health-notes="off">
        <h1>{i18n.t('readText.heading')}</h1>
        <nav aria-label={i18n.t('readerNav.label')}>
          <a href="/entry.html">{i18n.t('readerNav.search')}</a>
          <a href="/pdf.html">{i18n.t('readerNav.pdf')}</a>
        </nav>
      </header>
      <div class="hn-reader-layout">
        <main>
          <form class="hn-read-form" onSubmit={show} data-health-notes="off">
            <p class="hn-muted">{i18n.t('readText.intro')}</p>
            <label for="read-text-input">{i18n.t('readText.label')}</label>
            <textarea
              id="read-text-input"
              value={draft}
              spellcheck={false}
              aria-describedby="read-text-privacy read-text-message"
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
            <p id="read-text-privacy" class="hn-muted hn-privacy-note">
              {i18n.t('readText.privacy', [kb(MAX_PASTE_BYTES)])}
            </p>
            <p id="read-text-message" class="hn-reader-message" role="alert">
              {message}
            </p>
            <div class="hn-read-actions">
              <button type="submit" class="hn-reader-button">
                {i18n.t('readText.show')}
              </button>
              <button type="button" class="hn-reader-button hn-secondary" onClick={clear}>
                {i18n.t('readText.clear')}
              </button>
            </div>
          </form>
          {shown && (
            <article
              key={shown.version}
              class="hn-read-text"
              aria-label={i18n.t('readText.yourText')}
              data-testid="read-text-output"
            >
              {shown.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </article>
          )}
        </main>
        <aside class="hn-reader-side">
          <TermsFound
            terms={terms}
            scanning={scanning}
            empty={shown === null}
            onReveal={(id) => reader.reveal(id)}
            onNavigate={() => void reader.navigate()}
          />
        </aside>
      </div>
    </div>
  );
}
