/**
 * The toolbar icon shows whether highlighting runs in a tab: the normal icon, or a grey one
 * while the site or the global switch is off.
 */
import { browser } from 'wxt/browser';

const NORMAL = { 16: '/icon/16.png', 32: '/icon/32.png' };
const DISABLED = { 16: '/icon/disabled-16.png', 32: '/icon/disabled-32.png' };

export function iconPaths(active: boolean) {
  return active ? NORMAL : DISABLED;
}

/** Without a tab id this sets the default for every tab that has no icon of its own. */
export async function showHighlightingState(active: boolean, tabId?: number): Promise<void> {
  await browser.action.setIcon(tabId === undefined ? { path: iconPaths(active) } : { tabId, path: iconPaths(active) });
}
