/**
 * The toolbar button shows whether highlighting runs in a tab: the normal icon, or a grey one
 * while the site or the global switch is off. The tooltip says the same in words, for people
 * who cannot tell the icons apart (and it is the one part of the state the browser lets
 * anyone read back: there is no getIcon).
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

const NORMAL = { 16: '/icon/16.png', 32: '/icon/32.png' };
const DISABLED = { 16: '/icon/disabled-16.png', 32: '/icon/disabled-32.png' };
/** Badge colour of every warning on the button (no site access, a command that could not act). */
export const WARNING_COLOR = '#b45309';

export function iconPaths(active: boolean) {
  return active ? NORMAL : DISABLED;
}

/** Without a tab id this sets the default for every tab that has no icon of its own. */
export async function showHighlightingState(active: boolean, tabId?: number): Promise<void> {
  const title = active ? i18n.t('extName') : i18n.t('toolbarOffHere');
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    browser.action.setIcon({ ...target, path: iconPaths(active) }),
    browser.action.setTitle({ ...target, title }),
  ]);
}

/**
 * The default every tab starts from: the global switch, and whether the browser lets the content
 * script run at all. Without site access nothing is highlighted anywhere, so the button says so
 * with a "!" until the user allows it from the popup.
 */
export async function showGlobalState(enabled: boolean, siteAccess: boolean): Promise<void> {
  await showHighlightingState(enabled && siteAccess);
  await browser.action.setBadgeText({ text: siteAccess ? '' : i18n.t('siteCommand.badge') });
  if (siteAccess) return;
  await Promise.all([
    browser.action.setBadgeBackgroundColor({ color: WARNING_COLOR }),
    browser.action.setTitle({ title: i18n.t('toolbarNoSiteAccess') }),
  ]);
}
