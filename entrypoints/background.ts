import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getEntry } from '../utils/glossary/entries';
import { handleMessages } from '../utils/messaging/client';
import type { BackgroundMessages } from '../utils/messaging/protocol';
import { getSettings } from '../utils/settings/store';

export default defineBackground(() => {
  handleMessages<BackgroundMessages>({
    'get-entry': ({ id }) => getEntry(id) ?? null,
    'page-terms-changed': async ({ distinctTerms }, sender) => {
      const tabId = (sender as { tab?: { id?: number } }).tab?.id;
      if (tabId === undefined) return;
      const { showBadge } = await getSettings();
      await browser.action.setBadgeText({ tabId, text: showBadge && distinctTerms > 0 ? String(distinctTerms) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
    },
    'open-entry': async ({ id }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/entry.html#${encodeURIComponent(id)}`) });
    },
  });
});
