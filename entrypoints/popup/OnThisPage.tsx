import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { sendToTab } from '../../utils/messaging/client';
import { formatNumber } from '../../utils/i18n/format';
import type { PageTerm } from '../../utils/messaging/protocol';
import type { PageState } from './page-status';
import { ReadPdfButton } from './ReadPdfButton';
import { titleOf } from './search-singleton';

interface Props {
  state: PageState;
  /** Highlighting runs in this tab according to the current settings. */
  active: boolean;
}

function sortTerms(terms: PageTerm[]) {
  return terms
    .map((t) => ({ ...t, title: titleOf(t.id) }))
    .filter((t): t is PageTerm & { title: string } => t.title !== undefined && t.count > 0)
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
}

export function OnThisPage({ state, active }: Props) {
  const [failed, setFailed] = useState(false);
  return (
    <section class="hn-panel" aria-labelledby="on-page-title" aria-busy={state.kind === 'loading'}>
      <h2 id="on-page-title">{i18n.t('onThisPage.title')}</h2>
      {state.kind === 'loading' && <p class="hn-muted">{i18n.t('onThisPage.looking')}</p>}
      {state.kind === 'unsupported' && (
        <p class="hn-muted" data-testid="page-unsupported">
          {state.reason.message}
        </p>
      )}
      <ReadPdfButton state={state} />
      {state.kind === 'ready' && !active && <p class="hn-muted">{i18n.t('onThisPage.off')}</p>}
      {state.kind === 'ready' && active && (
        <TermList
          terms={sortTerms(state.status.terms)}
          onReveal={async (termId) => {
            try {
              const { revealed } = await sendToTab(state.tab.id, { type: 'reveal-term', termId });
              if (!revealed) throw new Error('not revealed');
              window.close();
            } catch {
              setFailed(true);
            }
          }}
        />
      )}
      {failed && (
        <p class="hn-error" role="alert">
          {i18n.t('onThisPage.revealFailed')}
        </p>
      )}
    </section>
  );
}

function TermList({ terms, onReveal }: { terms: (PageTerm & { title: string })[]; onReveal: (id: string) => void }) {
  if (terms.length === 0) return <p class="hn-muted">{i18n.t('onThisPage.none')}</p>;
  return (
    <ul class="hn-page-terms" data-testid="page-terms">
      {terms.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            class="hn-page-term"
            data-term-id={t.id}
            aria-label={i18n.t('onThisPage.termTimes', t.count, [formatNumber(t.count), t.title])}
            onClick={() => onReveal(t.id)}
          >
            <span class="hn-page-term-title">{t.title}</span>
            <span class="hn-count">{formatNumber(t.count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
