/**
 * The "switch highlighting on this site" command (Alt+Shift+S). It has no window to answer in,
 * so a site that cannot be switched off, or a change that was not saved, is told on the tab's
 * toolbar button (action-notice.ts) and the stored list is left as it was.
 */
import { showActionNotice } from '../toolbar/action-notice';
import { showHighlightingState } from '../toolbar/toolbar-icon';
import { patternForHost } from './site-patterns';
import { disabledSitesAfter, highlightingOn } from './site-toggle';
import { getSettings, updateSettings } from './store';
import { siteSwitchRefusalMessage, writeFailureMessage } from './write-messages';

/** Switches highlighting on `host` (the page in tab `tabId`) the other way. */
export async function toggleSiteFromCommand(tabId: number, host: string): Promise<void> {
  const settings = await getSettings();
  const on = !highlightingOn({ enabled: true, disabledSites: settings.disabledSites }, host);
  const result = disabledSitesAfter(settings.disabledSites, host, on);
  let notice: string | null = null;
  if (!result.ok) {
    notice = siteSwitchRefusalMessage(result.reason, patternForHost(host));
  } else {
    try {
      await updateSettings({ disabledSites: result.disabledSites });
    } catch (error) {
      console.warn('Health Notes: could not save settings', error);
      notice = writeFailureMessage(error);
    }
  }
  // The tab may have closed meanwhile: nothing to tell then. Without a notice the button shows
  // the tab's state again (its title said "Health Notes" even with the site just switched off,
  // when this ran after the page's own report).
  await (
    notice === null ? showHighlightingState(settings.enabled && on, tabId) : showActionNotice(tabId, notice)
  ).catch(() => undefined);
}
