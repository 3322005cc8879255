import { useState } from 'preact/hooks';
import { sendToTab } from '../../utils/messaging/client';
import type { PageTerm } from '../../utils/messaging/protocol';
import type { PageState } from './page-status';
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
      <h2 id="on-page-title">On this page</h2>
      {state.kind === 'loading' && <p class="hn-muted">Looking at this page…</p>}
      {state.kind === 'unsupported' && (
        <p class="hn-muted" data-testid="page-unsupported">
          {state.reason.message}
        </p>
      )}
      {state.kind === 'ready' && !active && (
        <p class="hn-muted">Highlighting is off here, so terms on this page are not listed. Switch it on below.</p>
      )}
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
          That term could not be shown. The page may have changed; reload it and try again.
        </p>
      )}
    </section>
  );
}

function TermList({ terms, onReveal }: { terms: (PageTerm & { title: string })[]; onReveal: (id: string) => void }) {
  if (terms.length === 0) return <p class="hn-muted">No glossary terms found on this page yet.</p>;
  return (
    <ul class="hn-page-terms" data-testid="page-terms">
      {terms.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            class="hn-page-term"
            data-term-id={t.id}
            aria-label={`${t.title}, ${t.count === 1 ? '1 time' : `${t.count} times`}`}
            onClick={() => onReveal(t.id)}
          >
            <span class="hn-page-term-title">{t.title}</span>
            <span class="hn-count">{t.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
