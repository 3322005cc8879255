import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchShadowRoots } from '../utils/shadow-hint/page-world-watch';

/**
 * The page-world half of finding open shadow roots (ADR 30): runs before the page's scripts in
 * every frame and only tells the page scan that the document attached an open root. It has no
 * extension API and nothing of the extension's to give away.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    watchShadowRoots(window);
  },
});
