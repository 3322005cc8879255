/**
 * Single-page-app navigations: the app swaps its view without loading a page, so the terms of
 * the old view are dropped and the new view is scanned afresh.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function rescanOnNavigation(ctx: ContentScriptContext, rescan: () => void): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => rescan());
}
