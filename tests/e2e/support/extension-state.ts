/**
 * Drives the extension the way its own pages do: settings through extension storage (the
 * content script reacts to storage events) and page status through the same message the
 * popup sends.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { PageStatus } from '../../../utils/messaging/protocol';
import type { StoredSettings } from '../../../utils/settings/schema';

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Merges `patch` into the stored settings (their stored shape), as the options page does. */
export async function setSettings(context: BrowserContext, patch: Partial<StoredSettings>): Promise<void> {
  const sw = await serviceWorker(context);
  await sw.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}

/** Asks the page's content script for its status, as the popup does. */
export async function pageStatus(context: BrowserContext, page: Page): Promise<PageStatus> {
  const sw = await serviceWorker(context);
  // Without the "tabs" permission the worker cannot read tab URLs, so it asks every tab
  // and keeps the answer from the page under test.
  return sw.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const status = await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }, { frameId: 0 }).catch(() => null);
      if (status?.url === url) return status;
    }
    throw new Error(`no content script answered for ${url}`);
  }, page.url());
}

/** Waits until the content script reports that it has read the page (and recent changes). */
export async function waitForScanDone(context: BrowserContext, page: Page, timeout = 30_000): Promise<PageStatus> {
  const deadline = Date.now() + timeout;
  let last: PageStatus | string = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const status = await pageStatus(context, page);
      if (!status.scanning) return status;
      last = status;
    } catch (error) {
      last = String(error); // the content script may not be listening yet
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`the content script was still reading the page after ${timeout} ms: ${JSON.stringify(last)}`);
}
