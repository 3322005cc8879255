/** Links from the popup to the reading pages: "Read text" and the PDF reader, each in a new tab. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

const open = (page: '/read.html' | '/pdf.html') =>
  void browser.tabs.create({ url: browser.runtime.getURL(page) }).then(() => window.close());

export function ReaderLinks() {
  return (
    <nav class="hn-reader-links" aria-label={i18n.t('readerNav.label')}>
      <button type="button" class="hn-link-button" onClick={() => open('/read.html')}>
        {i18n.t('readerNav.readText')}
      </button>
      <button type="button" class="hn-link-button" onClick={() => open('/pdf.html')}>
        {i18n.t('readerNav.pdf')}
      </button>
    </nav>
  );
}
