import type { Settings } from './schema';
import { isSiteDisabled, patternForHost, siteMatches } from './site-patterns';

/**
 * The disabled-site list after switching highlighting on `host` on or off. Switching on removes
 * every pattern that covers the host (a `*.example.com` wildcard included), or the switch would
 * not work; switching off adds the host's own pattern.
 */
export function disabledSitesAfter(disabledSites: readonly string[], host: string, on: boolean): string[] {
  if (on) return disabledSites.filter((p) => !siteMatches(p, host));
  const pattern = patternForHost(host);
  return disabledSites.includes(pattern) ? [...disabledSites] : [...disabledSites, pattern];
}

/** Highlighting runs in a tab on `host` with these settings (`null`: host unknown, global switch decides). */
export function highlightingOn(settings: Pick<Settings, 'enabled' | 'disabledSites'>, host: string | null): boolean {
  return settings.enabled && (host === null || !isSiteDisabled(settings.disabledSites, host));
}
