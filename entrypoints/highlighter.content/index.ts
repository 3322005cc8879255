import disclaimer from 'virtual:health-notes/disclaimer';
import compiledMatcher from 'virtual:health-notes/matcher';
import termIndex from 'virtual:health-notes/term-index';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CardSession } from '../../utils/card/card-session';
import { PageHighlighter } from '../../utils/highlight/highlighter';
import { handleMessages, sendToBackground } from '../../utils/messaging/client';
import type { ContentMessages } from '../../utils/messaging/protocol';
import { highlightConfigFor } from '../../utils/settings/page-config';
import type { Settings } from '../../utils/settings/schema';
import { readSettings, watchStoredSettings } from '../../utils/settings/page-reader';
import './highlights.css';

/** The badge is updated at most this often while a page is being scanned. */
const BADGE_THROTTLE_MS = 400;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Plain-text, XML and image documents have no HTML body to annotate.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;

    let settings = await readSettings();
    const highlighter = new PageHighlighter(document, termIndex, compiledMatcher);
    const session = new CardSession(ctx, highlighter, termIndex, disclaimer.short, settings);
    const config = () => highlightConfigFor(settings, location.hostname);
    const isTop = window === window.top;
    const report = isTop ? reporter(ctx, highlighter, () => config().active) : () => undefined;
    highlighter.onChange(report);
    const apply = (next: Settings) => {
      settings = next;
      highlighter.configure(config());
      session.applySettings(next);
      report();
    };

    apply(settings);
    const unwatch = watchStoredSettings(apply);
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.rescan());

    // Only the top frame answers the popup: it speaks for the page the user sees.
    const unhandle = isTop
      ? handleMessages<ContentMessages>({
          'page-status': () => ({
            active: config().active,
            host: location.hostname,
            url: location.href,
            scanning: highlighter.scanning,
            terms: [...highlighter.counts()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
          }),
          'reveal-term': ({ termId }) => ({ revealed: session.reveal(termId) }),
          'start-term-navigation': async () => ({ terms: await session.startNavigation() }),
        })
      : () => undefined;

    ctx.onInvalidated(() => {
      unwatch();
      unhandle();
      session.destroy();
      highlighter.destroy();
    });
  },
});

/**
 * Tells the background how many distinct terms the page has and whether highlighting runs
 * here (badge and toolbar icon), at most every BADGE_THROTTLE_MS and only when it changed.
 */
function reporter(ctx: ContentScriptContext, highlighter: PageHighlighter, active: () => boolean): () => void {
  let timer: number | undefined;
  let reported = '';
  return () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const state = { distinctTerms: highlighter.counts().size, active: active() };
      const key = JSON.stringify(state);
      if (key === reported) return;
      reported = key;
      sendToBackground({ type: 'page-terms-changed', ...state }).catch(() => undefined);
    }, BADGE_THROTTLE_MS);
  };
}
