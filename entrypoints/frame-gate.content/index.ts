import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { stopOnlyWhenOrphaned } from '../../utils/frame/started-event-guard';
import { loadScript } from '../../utils/on-demand/load-script';
import './highlights.css';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The frame gate: runs in every frame of every page, so it only decides whether the frame is
 * worth scanning; the frame's main is a script of its own (entrypoints/frame-main.ts), imported
 * only then and compiled off the page's main thread where the browser can (ADR 20).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT tells an older copy of this script to stop with a DOM event; its extra
  // window.postMessage would reach every page's own message listeners, in every frame.
  noScriptStartedPostMessage: true,
  async main(ctx: ContentScriptContext) {
    stopOnlyWhenOrphaned(ctx);
    const isTop = isTopFrame();
    // Plain text, images and media get an HTML wrapper from the browser (text in a <pre>, which
    // is skipped anyway). In a frame (a missing resource's error text, an embedded file) they
    // should cost nothing; a top frame still answers the popup.
    if (!isTop && !HTML_TYPES.has(document.contentType)) return;
    // XML documents have no HTML body to annotate.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    const { startFrame } = await loadScript('frame-main');
    if (!ctx.isInvalid) await startFrame(ctx, { isTop });
  },
});

/**
 * Whether this is the tab's top frame. `window.top` in a frame makes the browser set up the top
 * frame's window object in this frame's script world (measured in Chromium 156: ~1 ms per
 * frame, as much as the rest of a frame's start); the list of ancestor origins is plain strings.
 * Firefox lacks that list and gets the plain test.
 */
function isTopFrame(): boolean {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return ancestors ? ancestors.length === 0 : window === window.top;
}
