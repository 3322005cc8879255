import type { Settings } from './schema';
import { isSiteDisabled, parseSitePattern, patternForHost, siteMatches, sitesFit } from './site-patterns';

/** Why a site cannot be switched off: its host is no site pattern, or the list has no room. */
export type SiteSwitchRefusal = 'unsupported-host' | 'list-full';

export type SiteSwitch = { ok: true; disabledSites: string[] } | { ok: false; reason: SiteSwitchRefusal };

/**
 * The disabled-site list after switching highlighting on `host` on or off. Switching on removes
 * every pattern that covers the host (a `*.example.com` wildcard included), or the switch would
 * not work; switching off adds the host's own pattern, if it is one the list can hold: hosts
 * such as `[::1]` or `my_host.intranet` are not, and older copies of the extension on other
 * synced devices would throw away a whole list holding one (they read it as invalid).
 */
export function disabledSitesAfter(disabledSites: readonly string[], host: string, on: boolean): SiteSwitch {
  if (on) return { ok: true, disabledSites: disabledSites.filter((p) => !siteMatches(p, host)) };
  const pattern = patternForHost(host);
  const parsed = parseSitePattern(pattern);
  if (!parsed.ok || parsed.pattern !== pattern || pattern.startsWith('*.')) {
    return { ok: false, reason: 'unsupported-host' };
  }
  if (disabledSites.includes(pattern)) return { ok: true, disabledSites: [...disabledSites] };
  const next = [...disabledSites, pattern];
  return sitesFit(next) ? { ok: true, disabledSites: next } : { ok: false, reason: 'list-full' };
}

/** Highlighting runs in a tab on `host` with these settings (`null`: host unknown, global switch decides). */
export function highlightingOn(settings: Pick<Settings, 'enabled' | 'disabledSites'>, host: string | null): boolean {
  return settings.enabled && (host === null || !isSiteDisabled(settings.disabledSites, host));
}
