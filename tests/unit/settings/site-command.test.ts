/**
 * Alt+Shift+S: the command switches the page's site off and on again, and when it cannot (a
 * host the list cannot hold, a full list, a write the browser refused) it keeps the list and
 * says why on the tab's toolbar button.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_DISABLED_SITES } from '../../../utils/settings/schema';
import { toggleSiteFromCommand } from '../../../utils/settings/site-command';
import { getSettings, updateSettings } from '../../../utils/settings/store';
import { englishMessage } from '../support/i18n';

const TAB = 7;
let badge: ReturnType<typeof spyOnAction>;
let title: ReturnType<typeof spyOnAction>;

/** The fake browser has no `action`; these record what the command shows on the button. */
function spyOnAction(method: 'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor') {
  return vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined as never);
}

beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  badge = spyOnAction('setBadgeText');
  title = spyOnAction('setTitle');
  spyOnAction('setBadgeBackgroundColor');
  vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined as never);
});

const noticeTitle = (text: string) => englishMessage('siteCommand_title', text);

describe('the toggle-site command', () => {
  test('switches a site off, then on again, with no notice', async () => {
    await updateSettings({ disabledSites: ['example.com'] });
    await toggleSiteFromCommand(TAB, 'www.health.example.org');
    expect((await getSettings()).disabledSites).toEqual(['example.com', 'health.example.org']);
    // The button's title says the site is now off, not just the extension's name.
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: englishMessage('toolbarOffHere') });
    await toggleSiteFromCommand(TAB, 'www.health.example.org');
    expect((await getSettings()).disabledSites).toEqual(['example.com']);
    expect(badge).not.toHaveBeenCalled();
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: englishMessage('extName') });
  });

  test.each(['my_host.intranet', '[::1]'])('on %s it keeps the list and says why on the button', async (host) => {
    await updateSettings({ disabledSites: ['example.com', '*.news.org'] });
    await toggleSiteFromCommand(TAB, host);
    expect((await getSettings()).disabledSites).toEqual(['example.com', '*.news.org']);
    expect(badge).toHaveBeenCalledWith({ tabId: TAB, text: '!' });
    expect(title).toHaveBeenCalledWith({
      tabId: TAB,
      title: noticeTitle(englishMessage('siteSwitch_unsupportedHost', host)),
    });
  });

  test('on a full list it keeps the list and says so', async () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.org`);
    await updateSettings({ disabledSites: full });
    await toggleSiteFromCommand(TAB, 'example.com');
    expect((await getSettings()).disabledSites).toEqual(full);
    expect(title).toHaveBeenCalledWith({ tabId: TAB, title: noticeTitle(englishMessage('siteSwitch_listFull')) });
  });

  test('a write the browser refuses is told on the button, not shown as done', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await toggleSiteFromCommand(TAB, 'example.com');
    expect(badge).toHaveBeenCalledWith({ tabId: TAB, text: '!' });
    expect(title).toHaveBeenCalledWith({ tabId: TAB, title: noticeTitle(englishMessage('settingsWrite_tooLarge')) });
  });
});
