/**
 * Site access is the content script's reach and nothing more (no host permissions, ADR 17).
 * Chrome can restrict it per site and Firefox MV3 lets the user withhold it, so the extension
 * asks the browser instead of assuming it.
 */
import { browser, type Browser } from 'wxt/browser';

/** The content script's match patterns, read from the built manifest so the two cannot drift. */
export function siteAccessRequest(): Browser.permissions.Permissions {
  const origins = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return { origins: [...new Set(origins)] };
}

export async function hasSiteAccess(): Promise<boolean> {
  return browser.permissions.contains(siteAccessRequest());
}

/**
 * Must be called straight from a click handler, before any await: browsers allow the request
 * only while handling a user action.
 */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request(siteAccessRequest());
}

/** Calls `listener` whenever the user grants or withdraws access (no-op where the events are missing: Firefox for Android). */
export function watchSiteAccess(listener: () => void): void {
  browser.permissions.onAdded?.addListener(listener);
  browser.permissions.onRemoved?.addListener(listener);
}
