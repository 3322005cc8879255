import { i18n } from '#i18n';
import { getEntry } from '../../utils/glossary/entries';
import { Heading, type Level } from './Heading';

export function RelatedTerms({
  ids,
  level,
  idPrefix,
  hrefFor,
}: {
  ids: string[];
  level: Level;
  idPrefix: string;
  hrefFor: (id: string) => string;
}) {
  const related = ids.map((id) => getEntry(id)).filter((e) => e !== undefined);
  if (related.length === 0) return null;
  const headingId = `${idPrefix}-related`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('entry.related')}
      </Heading>
      <ul class="hn-related">
        {related.map((e) => (
          <li key={e.id}>
            <a href={hrefFor(e.id)}>{e.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
