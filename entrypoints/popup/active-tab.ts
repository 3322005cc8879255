import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Known only when the popup was opened from the toolbar (activeTab grants it then). */
  url?: string;
}

/**
 * The tab the popup is about: the active tab of the current window, or `?tab=<id>` when the
 * popup page is opened directly (end-to-end tests, and a deep link for opening the popup in a tab).
 */
export async function findTargetTab(search = location.search): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}
