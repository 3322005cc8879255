/**
 * "Read this PDF with Health Notes": shown when the popup's tab shows a PDF, whose address the
 * popup knows from the click that opened it (activeTab). Opens the PDF reader with that address.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { pdfReaderUrl } from '../../utils/reader/pdf-reader-url';

export function ReadPdfButton({ url, tabId }: { url: string; tabId: number }) {
  const target = pdfReaderUrl(url);
  if (!target) return null;
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
