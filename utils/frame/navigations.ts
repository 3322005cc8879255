/**
 * Single-page-app navigations: the app swaps its view without loading a page, so the terms of
 * the old view are dropped and the new view is scanned afresh.
 *
 * Only a new path or query is a new page. Apps rewrite the hash or `replaceState` the address
 * as the reader scrolls (section anchors, reading position) many times a minute; clearing and
 * rescanning for each would make the highlights flicker and redo the whole page's work. Real
 * navigations come in bursts too (a redirect, then the address fixed up while the view
 * renders): they cost one rescan, once the address has been still for a moment.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const NAVIGATION_DEBOUNCE_MS = 250;

export function rescanOnNavigation(ctx: ContentScriptContext, rescan: () => void): void {
  let timer: number | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    if (samePage(newUrl, oldUrl)) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      rescan();
    }, NAVIGATION_DEBOUNCE_MS);
  });
}

function samePage(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}
