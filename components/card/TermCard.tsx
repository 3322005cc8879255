/**
 * The hover card: a short, safe explanation of one term. Shared by the in-page card and
 * the options page preview. Pure: it renders what it is given and reports user actions.
 *
 * Only the user's own clicks count: a page script that gets hold of a button and calls
 * `.click()` dispatches an untrusted event, which closes nothing and opens no tab.
 */
import { i18n } from '#i18n';
import type { TermEntry } from '../../utils/glossary/schema';
import { categoryLabel } from '../category-label';
import { Respelling } from '../learn/Respelling';

export type CardState =
  { kind: 'loading'; title: string } | { kind: 'ready'; entry: TermEntry } | { kind: 'error'; title: string };

export interface TermCardProps {
  state: CardState;
  disclaimer: string;
  /** Prefix for element ids, unique per document (aria-labelledby). */
  idPrefix?: string;
  onClose: () => void;
  onMore?: (id: string) => void;
}

export function TermCard({ state, disclaimer, idPrefix = 'hn-card', onClose, onMore }: TermCardProps) {
  const titleId = `${idPrefix}-title`;
  const title = state.kind === 'ready' ? state.entry.title : state.title;
  return (
    <div class="hn-card" role="dialog" aria-modal="false" aria-labelledby={titleId} data-state={state.kind}>
      <header class="hn-card__header">
        <div class="hn-card__heading">
          {state.kind === 'ready' && <p class="hn-card__category">{categoryLabel(state.entry.category)}</p>}
          <h2 id={titleId} class="hn-card__title" tabIndex={-1}>
            {title}
          </h2>
          {state.kind === 'ready' && state.entry.pronunciation && (
            <Respelling pronunciation={state.entry.pronunciation} className="hn-card__say" />
          )}
        </div>
        <button
          type="button"
          class="hn-card__close"
          aria-label={i18n.t('card.close')}
          title={i18n.t('card.closeTitle')}
          onClick={userOnly(onClose)}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </header>
      <CardBody state={state} />
      <p class="hn-card__disclaimer">{disclaimer}</p>
      {state.kind === 'ready' && (
        <footer class="hn-card__footer">
          <SourceLink entry={state.entry} />
          {onMore && (
            <button type="button" class="hn-card__more" onClick={userOnly(() => onMore(state.entry.id))}>
              {i18n.t('card.more', [state.entry.title])}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}

function CardBody({ state }: { state: CardState }) {
  if (state.kind === 'loading') return <p class="hn-card__summary hn-card__summary--muted">{i18n.t('loading')}</p>;
  if (state.kind === 'error') {
    return <p class="hn-card__summary hn-card__summary--muted">{i18n.t('card.loadFailed')}</p>;
  }
  const { summary, seekCare, actions } = state.entry;
  const action = actions?.[0];
  return (
    <>
      <p class="hn-card__summary">{summary}</p>
      {action && (
        <p class="hn-card__action" data-testid="card-action">
          <strong>{`${i18n.t('learn.whatYouCanDoLabel')} `}</strong>
          {action.text}
        </p>
      )}
      {seekCare && (
        <div class="hn-card__care">
          <p>
            <strong>{`${i18n.t('card.whenToGetCare')} `}</strong>
            {seekCare.soon}
          </p>
          {seekCare.emergency && (
            <p class="hn-card__emergency">
              <strong>{`${i18n.t('emergencyLabel')} `}</strong>
              {seekCare.emergency}
            </p>
          )}
        </div>
      )}
    </>
  );
}

function SourceLink({ entry }: { entry: TermEntry }) {
  const source = entry.sources[0];
  if (!source) return null;
  return (
    <a
      class="hn-card__source"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (!e.isTrusted) e.preventDefault();
      }}
    >
      {i18n.t('card.source', [source.title])}
    </a>
  );
}

/** Runs `action` for the user's own clicks only (see the file comment). */
function userOnly(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
    else event.preventDefault();
  };
}
