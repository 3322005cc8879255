import { i18n } from '#i18n';
import { getEntry } from '../../utils/glossary/entries';
import type { Action, Source } from '../../utils/glossary/schema';
import { Heading, type Level } from '../entry/Heading';
import { nutrientInText } from '../entry/FoodTable';

/** Where an action's `see` leads: the entry, or straight to its food table when it has one. */
function SeeLink({ id, hrefFor }: { id: string; hrefFor: (id: string, section?: 'foods') => string }) {
  const target = getEntry(id);
  if (!target) return null;
  if (target.nutrient && target.foods && target.foods.length > 0) {
    return (
      <a class="hn-action-see" href={hrefFor(id, 'foods')}>
        {i18n.t('entry.foodsWith', [nutrientInText(target.nutrient)])}
      </a>
    );
  }
  return (
    <a class="hn-action-see" href={hrefFor(id)}>
      {i18n.t('learn.actionSee', [target.title])}
    </a>
  );
}

/** "What you can do": every action with the source it comes from. */
export function ActionList({
  actions,
  sources,
  level,
  idPrefix,
  hrefFor,
}: {
  actions: Action[];
  sources: Source[];
  level: Level;
  idPrefix: string;
  hrefFor: (id: string, section?: 'foods') => string;
}) {
  const headingId = `${idPrefix}-actions`;
  return (
    <section class="hn-section" aria-labelledby={headingId} data-testid="actions">
      <Heading level={level} id={headingId}>
        {i18n.t('learn.whatYouCanDo')}
      </Heading>
      <ul class="hn-actions">
        {actions.map((a) => {
          const source = sources[a.source];
          return (
            <li key={a.text}>
              <p>{a.text}</p>
              <p class="hn-action-links">
                {a.see && <SeeLink id={a.see} hrefFor={hrefFor} />}
                {source && (
                  <a class="hn-action-source" href={source.url} target="_blank" rel="noopener noreferrer">
                    {i18n.t('learn.actionSource', [source.title])}
                    <span class="hn-visually-hidden">{` ${i18n.t('entry.opensInNewTab')}`}</span>
                  </a>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
