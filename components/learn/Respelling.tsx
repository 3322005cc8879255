import { i18n } from '#i18n';
import type { Pronunciation } from '../../utils/glossary/schema';

/** "hy-po-mag-nuh-SEE-mee-uh" read aloud: hyphens read as "dash", so syllables are split by spaces. */
export function spokenRespelling(respelling: string): string {
  return respelling.replace(/-/gu, ' ');
}

/** The respelling under a title; screen readers get it without the hyphens. */
export function Respelling({ pronunciation, className }: { pronunciation: Pronunciation; className: string }) {
  return (
    <p class={className} data-testid="respelling">
      <span aria-hidden="true">
        <span class="hn-say-label">{`${i18n.t('learn.sayIt')} `}</span>
        <span class="hn-say-word">{pronunciation.respelling}</span>
      </span>
      <span class="hn-visually-hidden">
        {i18n.t('learn.sayItSpoken', [spokenRespelling(pronunciation.respelling)])}
      </span>
    </p>
  );
}
