import type { Source } from '../../utils/glossary/schema';
import { Heading, type Level } from './Heading';

export function formatReviewed(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en', { timeZone: 'UTC', dateStyle: 'long' });
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
        Sources
      </Heading>
      <ul class="hn-sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
              <span class="hn-visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="hn-note">
        Reviewed <time dateTime={reviewed}>{formatReviewed(reviewed)}</time>
      </p>
    </section>
  );
}
