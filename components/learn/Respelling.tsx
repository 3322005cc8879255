import { i18n } from '#i18n';
import { respellingForSpeech } from '../../utils/glossary/respelling';
import type { Pronunciation } from '../../utils/glossary/schema';

/**
 * The respelling under a title. Screen readers get it without hyphens (read as "dash") and in
 * lower case with the stress named, since some read short all-capital syllables letter by letter.
 */
export function Respelling({ pronunciation, className }: { pronunciation: Pronunciation; className: string }) {
  return (
    <p class={className} data-testid="respelling">
      <span aria-hidden="true">
        <span class="hn-say-label">{`${i18n.t('learn.sayIt')} `}</span>
        <span class="hn-say-word">{pronunciation.respelling}</span>
      </span>
      <span class="hn-visually-hidden">
        {i18n.t('learn.sayItSpoken', [respellingForSpeech(pronunciation.respelling, i18n.t('learn.stressed'))])}
      </span>
    </p>
  );
}
