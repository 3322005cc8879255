import { i18n } from '#i18n';
import { disclaimer } from '../../utils/glossary/entries';

/**
 * The disclaimer is never optional. `short`: the one-line form with an expander for the rest
 * (popup); `line`: the one-line form alone (top of the entry page); `full`: every paragraph.
 */
export function DisclaimerNote({ form }: { form: 'short' | 'line' | 'full' }) {
  if (form === 'line') {
    return (
      <p class="hn-disclaimer hn-disclaimer-line" role="note">
        {disclaimer.short}
      </p>
    );
  }
  const paragraphs = disclaimer.long.map((paragraph) => <p key={paragraph}>{paragraph}</p>);
  return (
    <div class="hn-disclaimer" role="note" aria-label={i18n.t('entry.disclaimer')}>
      <p>
        <strong>{disclaimer.short}</strong>
      </p>
      {form === 'full' ? (
        paragraphs
      ) : (
        <details>
          <summary>{i18n.t('entry.readDisclaimer')}</summary>
          {paragraphs}
        </details>
      )}
    </div>
  );
}
