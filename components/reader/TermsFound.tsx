/**
 * "Terms in this text": the reading pages' version of the popup's "On this page". Each term
 * scrolls to its first occurrence and opens its card; one button starts keyboard navigation
 * through every highlighted term. Not scanned itself (`data-health-notes="off"`).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { formatNumber } from '../../utils/i18n/format';
import type { FoundTermCount } from './reader-terms';

interface Props {
  terms: readonly FoundTermCount[];
  /** The first read of the text is still under way. */
  scanning: boolean;
  /** Nothing to read yet (no text, no PDF). */
  empty: boolean;
  onReveal: (termId: string) => boolean;
  onNavigate: () => void;
}

export function TermsFound({ terms, scanning, empty, onReveal, onNavigate }: Props) {
  const [failed, setFailed] = useState(false);
  return (
    <section
      class="hn-panel hn-reader-terms"
      aria-labelledby="reader-terms-title"
      aria-busy={scanning}
      data-health-notes="off"
    >
      <h2 id="reader-terms-title">{i18n.t('readerTerms.title')}</h2>
      {empty ? (
        <p class="hn-muted">{i18n.t('readerTerms.nothingYet')}</p>
      ) : terms.length === 0 ? (
        <p class="hn-muted" role="status">
          {scanning ? i18n.t('readerTerms.looking') : i18n.t('readerTerms.none')}
        </p>
      ) : (
        <>
          <p class="hn-muted" role="status">
            {i18n.t('readerTerms.count', terms.length, [formatNumber(terms.length)])}
          </p>
          <button type="button" class="hn-reader-button" onClick={onNavigate}>
            {i18n.t('readerTerms.navigate')}
          </button>
          <ul class="hn-page-terms" data-testid="reader-terms">
            {terms.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  class="hn-page-term"
                  data-term-id={t.id}
                  onClick={() => setFailed(!onReveal(t.id))}
                >
                  {/* The name says the count in words; the visible badge is the same number. */}
                  <span class="hn-page-term-title">
                    {t.title}
                    <span class="hn-visually-hidden">
                      {i18n.t('readerTerms.times', t.count, [formatNumber(t.count)])}
                    </span>
                  </span>
                  <span class="hn-count" aria-hidden="true">
                    {formatNumber(t.count)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {failed && (
        <p class="hn-error" role="alert">
          {i18n.t('onThisPage.revealFailed')}
        </p>
      )}
    </section>
  );
}
