import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { Heading, type Level } from '../entry/Heading';

type CopyState = 'idle' | 'copied' | 'failed';

/** "Questions to ask", with a button that puts them on the clipboard (one per line). */
export function QuestionList({ questions, level, idPrefix }: { questions: string[]; level: Level; idPrefix: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const headingId = `${idPrefix}-questions`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(questions.join('\n'));
      setState('copied');
    } catch {
      // No clipboard access (a browser setting, or the page lost focus): say so, the list stays selectable.
      setState('failed');
    }
  };
  return (
    <section class="hn-section" aria-labelledby={headingId} data-testid="questions">
      <Heading level={level} id={headingId}>
        {i18n.t('learn.questions')}
      </Heading>
      <p class="hn-note">{i18n.t('learn.questionsIntro')}</p>
      <ul class="hn-questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <button type="button" class="hn-learn-button" onClick={() => void copy()}>
        {i18n.t('learn.copy')}
      </button>
      <p class="hn-copy-status" role="status" data-testid="copy-status">
        {state === 'copied' ? i18n.t('learn.copied') : state === 'failed' ? i18n.t('learn.copyFailed') : ''}
      </p>
    </section>
  );
}
