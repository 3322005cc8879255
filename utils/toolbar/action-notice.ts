/**
 * A note on one tab's toolbar button, for commands that have no window of their own (Alt+Shift+S).
 * The badge is the part people see at once, but it holds about four characters, so it carries
 * only a mark; the button's title, shown on hover and read out by screen readers for the
 * button, carries the reason. Both belong to the tab and go away when it loads another page.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { WARNING_COLOR } from './toolbar-icon';

/** Shows `text` on the tab's button (showHighlightingState puts the tab's own title back). */
export async function showActionNotice(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: WARNING_COLOR });
  await browser.action.setBadgeText({ tabId, text: i18n.t('siteCommand.badge') });
  await browser.action.setTitle({ tabId, title: i18n.t('siteCommand.title', [text]) });
}
