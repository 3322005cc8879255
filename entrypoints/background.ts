/**
 * Background: entries for the content script, the toolbar badge and icon, the selection
 * context menu, and the keyboard commands. No tab URLs are needed: a tab's host comes from its
 * own content script, which is also what knows whether highlighting runs there.
 */
import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entries, getEntry } from '../utils/glossary/entries';
import { handleMessages, senderFrame, sendToFrame, sendToTab } from '../utils/messaging/client';
import { createFrameCardRelay } from '../utils/messaging/frame-card-relay';
import { createEntryOpener } from '../utils/messaging/entry-opener';
import type { BackgroundMessages } from '../utils/messaging/protocol';
import { cleanSelection, createSurfaceLookup } from '../utils/search/surface-lookup';
import { pdfReaderUrl } from '../utils/reader/pdf-reader-url';
import { getSettings, watchSettings } from '../utils/settings/store';
import type { Settings } from '../utils/settings/schema';
import { toggleSiteFromCommand } from '../utils/settings/site-command';
import { hasSiteAccess, watchSiteAccess } from '../utils/permissions/site-access';
import { showGlobalState, showHighlightingState } from '../utils/toolbar/toolbar-icon';

const LOOKUP_MENU_ID = 'health-notes-lookup';
const PDF_MENU_ID = 'health-notes-read-pdf';
const PDF_LINK_MENU_ID = 'health-notes-read-pdf-link';
/** Where the "Read this PDF" items show: a tab showing a PDF file, or a link to one. */
const PDF_ADDRESSES = ['http://*/*.pdf', 'https://*/*.pdf', 'http://*/*.PDF', 'https://*/*.PDF'];
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
  const frameCards = createFrameCardRelay({
    isEntryId: (id) => getEntry(id) !== undefined,
    showInTop: (tabId, spot) => sendToFrame(tabId, 0, { type: 'show-frame-card', ...spot }),
    hideInTop: (tabId, frameId) => sendToFrame(tabId, 0, { type: 'hide-frame-card', frameId }),
    tellFrame: (tabId, frameId, event) => sendToFrame(tabId, frameId, { type: 'frame-card-event', event }),
  });
  handleMessages<BackgroundMessages>({
    'get-entry': ({ id }) => getEntry(id) ?? null,
    'page-terms-changed': async ({ distinctTerms, active }, sender) => {
      const tabId = senderFrame(sender)?.tabId;
      if (tabId === undefined) return;
      await paintTab(tabId, { distinctTerms, active }).catch(() => undefined); // the tab may have closed meanwhile
    },
    'open-entry': ({ id }, sender) => openEntry(id, sender),
    'frame-card-show': (request, sender) => frameCards.show(request, senderFrame(sender)),
    'frame-card-hide': (_request, sender) => frameCards.hide(senderFrame(sender)),
    'frame-card-event': (request, sender) => frameCards.event(request, senderFrame(sender)),
  });
  // Global switch and site access → the default icon, badge and tooltip (tabs with no content
  // script keep them). Checked at every startup: Firefox MV3 lets the user withhold site access.
  const paintGlobal = async (settings?: Settings) => {
    const [{ enabled }, access] = await Promise.all([settings ?? getSettings(), hasSiteAccess()]);
    await showGlobalState(enabled, access);
  };
  void paintGlobal().catch(() => undefined);
  watchSettings((settings) => void paintGlobal(settings).catch(() => undefined));
  watchSiteAccess(() => void paintGlobal().catch(() => undefined));

  // At every background start, not only on install: on its former MV2 build Firefox dropped the
  // item at each browser restart, and onInstalled does not fire then (ADR 17). removeAll first so
  // a second start does not fail on the existing id. Firefox for Android has no menus at all.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus) {
    void menus
      .removeAll()
      .then(() => {
        menus.create({ id: LOOKUP_MENU_ID, title: i18n.t('lookupMenuTitle'), contexts: ['selection'] });
        menus.create({
          id: PDF_MENU_ID,
          title: i18n.t('pdfMenuTitle'),
          contexts: ['page', 'frame'],
          documentUrlPatterns: PDF_ADDRESSES,
        });
        menus.create({
          id: PDF_LINK_MENU_ID,
          title: i18n.t('pdfMenuTitle'),
          contexts: ['link'],
          targetUrlPatterns: PDF_ADDRESSES,
        });
      })
      .catch((error: unknown) => console.warn('Health Notes: the menus could not be created', error));
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === LOOKUP_MENU_ID) void openLookup(info.selectionText ?? '', tab);
      if (info.menuItemId === PDF_MENU_ID) void openPdfReader(info.frameUrl ?? info.pageUrl, tab);
      if (info.menuItemId === PDF_LINK_MENU_ID) void openPdfReader(info.linkUrl, tab);
    });
  }

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

  /** The PDF reader for the PDF the user right-clicked; the reader fetches it (ADR 26). */
  async function openPdfReader(pdfUrl: string | undefined, tab?: Browser.tabs.Tab): Promise<void> {
    const target = pdfReaderUrl(pdfUrl);
    if (!target) return;
    await browser.tabs.create({
      url: browser.runtime.getURL(target as '/pdf.html'),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
    });
  }

  // Firefox for Android has no keyboard commands.
  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((command) => {
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
    if (status?.host) await toggleSiteFromCommand(tabId, status.host);
  }

  async function startNavigationInActiveTab(): Promise<void> {
    const tabId = await activeTabId();
    if (tabId !== undefined) await sendToTab(tabId, { type: 'start-term-navigation' }).catch(() => undefined);
  }
});
