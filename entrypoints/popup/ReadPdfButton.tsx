/**
 * "Read this PDF with Health Notes": shown when the popup's tab shows a PDF, whose address the
 * popup knows from the click that opened it (activeTab). Opens the PDF reader with that address.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { pdfReaderUrl } from '../../utils/reader/pdf-reader-url';
import type { PageState } from './page-status';

export function ReadPdfButton({ state }: { state: PageState }) {
  if (state.kind !== 'unsupported' || state.reason.kind !== 'pdf' || !state.tab) return null;
  const target = pdfReaderUrl(state.tab.url);
  if (!target) return null;
  const tabId = state.tab.id;
  return (
    <button
      type="button"
      class="hn-link-button"
      onClick={() =>
        void browser.tabs
          .create({ url: browser.runtime.getURL(target as '/pdf.html'), openerTabId: tabId })
          .then(() => window.close())
      }
    >
      {i18n.t('pdfReader.openFromTab')}
    </button>
  );
}
