import { i18n } from '#i18n';
import type { TermEntry } from '../../utils/glossary/schema';
import { Heading, type Level } from './Heading';

export function SeekCare({
  care,
  level,
  idPrefix,
}: {
  care: NonNullable<TermEntry['seekCare']>;
  level: Level;
  idPrefix: string;
}) {
  const headingId = `${idPrefix}-care`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('entry.care')}
      </Heading>
      <p>{care.soon}</p>
      {care.emergency && (
        <p class="hn-emergency">
          <strong>{`${i18n.t('emergencyLabel')} `}</strong>
          {care.emergency}
        </p>
      )}
    </section>
  );
}
