/**
 * A live sample of what a page looks like with the current choices. The term is marked by the
 * same means as on real pages: a CSS highlight named as the content script names it, painted by
 * the shipped highlights.css, or the <health-note> wrapper element in wrap mode. The card is a
 * stand-in built from the theme tokens (the real hover card lives in the page's shadow root);
 * it follows the theme through the page root, as the real card follows it through its host.
 */
import { i18n } from '#i18n';
import { createElement } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { disclaimer, getEntry } from '../../utils/glossary/entries';
import { HIGHLIGHT_NAME, WRAPPER_TAG, WRAPPER_TERM_ATTRIBUTE } from '../../utils/render/page-contract';
import { ELEMENT_MARKER, splitAtMarker } from '../../utils/i18n/format';
import { TEXT_SIZE_PX, type Settings } from '../../utils/settings/schema';
import { categoryLabel } from '../category-label';
import { defaultLabUnit, labRangeIn } from '../entry/lab-display';

const SAMPLE_ID = 'hypomagnesemia';
const SAMPLE_TEXT = 'hypomagnesemia';
/** Glossary data, not UI: the sample entry's title if the entry were ever missing. */
const SAMPLE_TITLE = 'Hypomagnesemia';

function PaintedTerm({ style }: { style: 'underline' | 'background' }) {
  const term = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const node = term.current?.firstChild;
    if (!node || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const name = HIGHLIGHT_NAME[style];
    CSS.highlights.set(name, new Highlight(range));
    return () => {
      CSS.highlights.delete(name);
    };
  }, [style]);
  return (
    <span ref={term} data-preview-term="">
      {SAMPLE_TEXT}
    </span>
  );
}

export function Preview({ settings }: { settings: Settings }) {
  const entry = getEntry(SAMPLE_ID);
  const style = settings.highlightStyle;
  const range =
    entry?.labRange && entry.nutrient
      ? labRangeIn(entry.labRange, entry.nutrient, defaultLabUnit(settings.units, entry.nutrient))
      : null;
  const term =
    style === 'wrap' ? (
      createElement(WRAPPER_TAG, { [WRAPPER_TERM_ATTRIBUTE]: SAMPLE_ID, 'data-preview-term': '' }, SAMPLE_TEXT)
    ) : (
      <PaintedTerm style={style} />
    );

  const [before, after] = splitAtMarker(i18n.t('preview.sentence', [ELEMENT_MARKER]));
  return (
    <section class="hn-section hn-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{i18n.t('preview.heading')}</h2>
      <p class="hn-preview-page" id="preview-text">
        {before}
        {term}
        {after}
      </p>
      <div
        class="hn-card-sample"
        style={{ fontSize: `${TEXT_SIZE_PX[settings.textSize]}px` }}
        role="group"
        aria-label={i18n.t('preview.sampleCard')}
      >
        <div class="hn-card-surface">
          <p class="hn-card-title">
            {entry?.title ?? SAMPLE_TITLE}
            {entry && <span class="hn-card-category">{categoryLabel(entry.category)}</span>}
          </p>
          {entry && <p>{entry.summary}</p>}
          {range && (
            <p>
              {i18n.t('preview.typical', [entry?.labRange?.measure ?? ''])} <strong>{range.text}</strong>
            </p>
          )}
          <p class="hn-card-disclaimer">{disclaimer.short}</p>
        </div>
      </div>
      {!settings.enabled && <p class="hn-muted">{i18n.t('preview.off')}</p>}
    </section>
  );
}
