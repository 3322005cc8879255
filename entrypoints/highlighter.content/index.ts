import termIndex from 'virtual:health-notes/term-index';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageHighlighter } from '../../utils/highlight/highlighter';
import { highlightConfigFor } from '../../utils/settings/page-config';
import { getSettings, watchSettings } from '../../utils/settings/store';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Plain-text, XML and image documents have no HTML body to annotate.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;

    const highlighter = new PageHighlighter(document, termIndex);
    const apply = (settings: Awaited<ReturnType<typeof getSettings>>) =>
      highlighter.configure(highlightConfigFor(settings, location.hostname));

    apply(await getSettings());
    const unwatch = watchSettings(apply);
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.rescan());
    ctx.onInvalidated(() => {
      unwatch();
      highlighter.destroy();
    });
  },
});
