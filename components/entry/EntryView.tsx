/**
 * One glossary entry, as the popup and the full-page entry view show it.
 */
import { i18n } from '#i18n';
import type { TermEntry } from '../../utils/glossary/schema';
import type { UnitSystem } from '../../utils/settings/schema';
import { categoryLabel } from '../category-label';
import { ActionList } from '../learn/ActionList';
import { ListenButton } from '../learn/ListenButton';
import { QuestionList } from '../learn/QuestionList';
import { Respelling } from '../learn/Respelling';
import { DisclaimerNote } from './DisclaimerNote';
import { FoodTable } from './FoodTable';
import { Heading, type Level } from './Heading';
import { LabRangeView } from './LabRangeView';
import { RelatedTerms } from './RelatedTerms';
import { SeekCare } from './SeekCare';
import { SourceList } from './SourceList';

export interface EntryViewProps {
  entry: TermEntry;
  units: UnitSystem;
  /** `popup`: h2 title, short disclaimer with an expander; `page`: h1 title, full disclaimer. */
  variant: 'popup' | 'page';
  /** The address of an entry, or of one of its sections (`foods`: its food table). */
  hrefFor: (id: string, section?: 'foods') => string;
  /** Id of the title heading, so the caller can move focus there. */
  titleId?: string;
}

export function EntryView({ entry, units, variant, hrefFor, titleId = 'entry-title' }: EntryViewProps) {
  const top: Level = variant === 'page' ? 1 : 2;
  const sub = (top + 1) as Level;
  const idPrefix = `entry-${entry.id}`;
  return (
    <article class="hn-entry" aria-labelledby={titleId} data-entry-id={entry.id}>
      <header class="hn-entry-head">
        <Heading level={top} id={titleId} focusable>
          {entry.title}
        </Heading>
        <p class="hn-category">{categoryLabel(entry.category)}</p>
        {entry.pronunciation && <Respelling pronunciation={entry.pronunciation} className="hn-say" />}
        <ListenButton text={entry.title} />
      </header>
      <p class="hn-summary">{entry.summary}</p>
      <DisclaimerNote form={variant === 'page' ? 'line' : 'short'} />
      <section class="hn-section" aria-labelledby={`${idPrefix}-details`}>
        <Heading level={sub} id={`${idPrefix}-details`}>
          {i18n.t('entry.details')}
        </Heading>
        {entry.details.map((d) => (
          <p key={d}>{d}</p>
        ))}
      </section>
      {entry.actions && entry.actions.length > 0 && (
        <ActionList actions={entry.actions} sources={entry.sources} level={sub} idPrefix={idPrefix} hrefFor={hrefFor} />
      )}
      {entry.questions && entry.questions.length > 0 && (
        <QuestionList questions={entry.questions} level={sub} idPrefix={idPrefix} />
      )}
      {entry.seekCare && <SeekCare care={entry.seekCare} level={sub} idPrefix={idPrefix} />}
      {entry.nutrient && entry.foods && entry.foods.length > 0 && (
        <FoodTable foods={entry.foods} nutrient={entry.nutrient} level={sub} idPrefix={idPrefix} />
      )}
      {entry.nutrient && entry.labRange && (
        <LabRangeView
          range={entry.labRange}
          nutrient={entry.nutrient}
          system={units}
          seekCare={entry.seekCare}
          level={sub}
          idPrefix={idPrefix}
        />
      )}
      <RelatedTerms ids={entry.related} level={sub} idPrefix={idPrefix} hrefFor={hrefFor} />
      <SourceList sources={entry.sources} reviewed={entry.reviewed} level={sub} idPrefix={idPrefix} />
      {variant === 'page' && <DisclaimerNote form="full" />}
    </article>
  );
}
