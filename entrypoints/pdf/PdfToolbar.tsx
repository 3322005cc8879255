/** The PDF reader's page navigation and zoom. */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ZOOM_STEPS } from '../../components/reader/pdf/pdf-view';
import { formatNumber } from '../../utils/i18n/format';

interface Props {
  page: number;
  pages: number;
  zoom: number;
  onPage: (page: number) => void;
  onZoom: (zoom: number) => void;
}

export function PdfToolbar({ page, pages, zoom, onPage, onZoom }: Props) {
  const [typed, setTyped] = useState(String(page));
  const input = useRef<HTMLInputElement>(null);
  // Scrolling changes the page shown here, but not under the reader's fingers while they type.
  useEffect(() => {
    if (document.activeElement !== input.current) setTyped(String(page));
  }, [page]);
  const step = ZOOM_STEPS.indexOf(zoom as (typeof ZOOM_STEPS)[number]);
  const go = (n: number) => onPage(Math.min(pages, Math.max(1, n)));
  return (
    <div class="hn-pdf-toolbar" role="toolbar" aria-label={i18n.t('pdfReader.pages')} data-health-notes="off">
      <button type="button" class="hn-reader-button hn-secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        {i18n.t('pdfReader.previous')}
      </button>
      <form
        class="hn-pdf-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(typed);
          if (Number.isInteger(n) && n >= 1) go(n);
          setTyped(String(Number.isInteger(n) && n >= 1 ? Math.min(pages, n) : page));
        }}
      >
        <label for="pdf-page-number">{i18n.t('pdfReader.page')}</label>
        <input
          ref={input}
          id="pdf-page-number"
          type="number"
          min={1}
          max={pages}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onBlur={() => setTyped(String(page))}
        />
        <span>{i18n.t('pdfReader.pageOf', [formatNumber(pages)])}</span>
      </form>
      <button type="button" class="hn-reader-button hn-secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        {i18n.t('pdfReader.next')}
      </button>
      <span class="hn-pdf-zoom" role="group" aria-label={i18n.t('pdfReader.zoom')}>
        <button
          type="button"
          class="hn-reader-button hn-secondary"
          aria-label={i18n.t('pdfReader.zoomOut')}
          disabled={step <= 0}
          onClick={() => onZoom(ZOOM_STEPS[step - 1]!)}
        >
          −
        </button>
        <output aria-live="polite">{i18n.t('pdfReader.zoomLevel', [formatNumber(Math.round(zoom * 100))])}</output>
        <button
          type="button"
          class="hn-reader-button hn-secondary"
          aria-label={i18n.t('pdfReader.zoomIn')}
          disabled={step >= ZOOM_STEPS.length - 1}
          onClick={() => onZoom(ZOOM_STEPS[step + 1]!)}
        >
          +
        </button>
      </span>
    </div>
  );
}
