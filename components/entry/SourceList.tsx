import { i18n } from '#i18n';
import type { Source } from '../../utils/glossary/schema';
import { formatDate } from '../../utils/i18n/format';
import { Heading, type Level } from './Heading';

export function formatReviewed(isoDate: string): string {
  return formatDate(isoDate);
}

export function SourceList({
  sources,
  reviewed,
  level,
  idPrefix,
}: {
  sources: Source[];
  reviewed: string;
  level: Level;
  idPrefix: string;
}) {
  const headingId = `${idPrefix}-sources`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('entry.sources')}
      </Heading>
      <ul class="hn-sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
              <span class="hn-visually-hidden"> {i18n.t('entry.opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="hn-note">
        {i18n.t('entry.reviewed')} <time dateTime={reviewed}>{formatReviewed(reviewed)}</time>
      </p>
    </section>
  );
}
