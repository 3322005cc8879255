/**
 * Background: entries for the content script, the toolbar badge and icon, the selection
 * context menu, and the keyboard commands. No tab URLs are needed: a tab's host comes from its
 * own content script, which is also what knows whether highlighting runs there.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entries, getEntry } from '../utils/glossary/entries';
import { handleMessages, senderFrame, sendToTab } from '../utils/messaging/client';
import { createEntryOpener } from '../utils/messaging/entry-opener';
import type { BackgroundMessages } from '../utils/messaging/protocol';
import { cleanSelection, createSurfaceLookup } from '../utils/search/surface-lookup';
import { getSettings, updateSettings, watchSettings } from '../utils/settings/store';
import type { Settings } from '../utils/settings/schema';
import { disabledSitesAfter, highlightingOn } from '../utils/settings/site-toggle';
import { showHighlightingState } from '../utils/toolbar/toolbar-icon';

const LOOKUP_MENU_ID = 'health-notes-lookup';
const BADGE_COLOR = '#0f766e';
/** Longest search text passed on from a selection; a paragraph is not a query. */
const MAX_QUERY_LENGTH = 100;

const entryUrl = (suffix: string) => browser.runtime.getURL(`/entry.html${suffix}` as '/entry.html');

export default defineBackground(() => {
  const lookup = createSurfaceLookup(entries);

  // A tab's own badge and icon. The browser drops both when the tab loads a new page, which
  // leaves the defaults (no badge, the global icon): a page with no terms says nothing.
  // Content scripts report again after every settings change, so nothing is kept here.
  async function paintTab(tabId: number, report: { distinctTerms: number; active: boolean }): Promise<void> {
    const { showBadge } = await getSettings();
    const text = showBadge && report.active && report.distinctTerms > 0 ? String(report.distinctTerms) : '';
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await showHighlightingState(report.active, tabId);
  }

  const openEntry = createEntryOpener({
    extensionId: browser.runtime.id,
    isEntryId: (id) => getEntry(id) !== undefined,
    open: async (id, tabId) => {
      await browser.tabs.create({ url: entryUrl(`#${encodeURIComponent(id)}`), openerTabId: tabId });
    },
  });
  handleMessages<BackgroundMessages>({
    'get-entry': ({ id }) => getEntry(id) ?? null,
    'page-terms-changed': async ({ distinctTerms, active }, sender) => {
      const tabId = senderFrame(sender)?.tabId;
      if (tabId === undefined) return;
      await paintTab(tabId, { distinctTerms, active }).catch(() => undefined); // the tab may have closed meanwhile
    },
    'open-entry': ({ id }, sender) => openEntry(id, sender),
  });
  // Global switch → default icon (covers tabs with no content script).
  const applyGlobal = (settings: Settings) => void showHighlightingState(settings.enabled).catch(() => undefined);
  void getSettings().then(applyGlobal);
  watchSettings(applyGlobal);

  // Menus persist across browser restarts; (re)create them when the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: LOOKUP_MENU_ID,
        title: 'Look up “%s” in Health Notes',
        contexts: ['selection'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID) return;
    void openLookup(info.selectionText ?? '', tab);
  });

  async function openLookup(selection: string, tab?: Browser.tabs.Tab): Promise<void> {
    const id = lookup(selection);
    const query = cleanSelection(selection).replace(/\s+/gu, ' ').slice(0, MAX_QUERY_LENGTH);
    const url = id ? entryUrl(`#${encodeURIComponent(id)}`) : entryUrl(`?q=${encodeURIComponent(query)}`);
    await browser.tabs.create({
      url,
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
    });
  }

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-site') void toggleSiteInActiveTab();
    if (command === 'navigate-terms') void startNavigationInActiveTab();
  });

  async function activeTabId(): Promise<number | undefined> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  }

  async function toggleSiteInActiveTab(): Promise<void> {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    // Only a page running the content script can be switched; elsewhere there is nothing to toggle.
    const status = await sendToTab(tabId, { type: 'page-status' }).catch(() => null);
    if (!status?.host) return;
    const settings = await getSettings();
    const on = !highlightingOn({ enabled: true, disabledSites: settings.disabledSites }, status.host);
    await updateSettings({ disabledSites: disabledSitesAfter(settings.disabledSites, status.host, on) });
  }

  async function startNavigationInActiveTab(): Promise<void> {
    const tabId = await activeTabId();
    if (tabId !== undefined) await sendToTab(tabId, { type: 'start-term-navigation' }).catch(() => undefined);
  }
});
