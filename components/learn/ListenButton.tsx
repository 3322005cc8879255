import { i18n } from '#i18n';
import { speak, useLocalVoice } from './use-local-voice';

/** "Listen": says the term with an installed voice; absent when the device has none. */
export function ListenButton({ text }: { text: string }) {
  const voice = useLocalVoice();
  if (!voice) return null;
  return (
    <button
      type="button"
      class="hn-listen"
      aria-label={i18n.t('learn.listenTo', [text])}
      onClick={(e) => {
        if (e.isTrusted) speak(text, voice);
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
        <path d="M11 5.5a3.5 3.5 0 0 1 0 5" stroke="currentColor" stroke-width="1.5" fill="none" />
      </svg>
      {i18n.t('learn.listen')}
    </button>
  );
}
