/**
 * Site patterns for the per-site switch. Deliberately simple and predictable: a host
 * (`example.com`, which also covers `www.example.com`) or a wildcard for subdomains
 * (`*.example.com`). No paths, schemes or ports: users think in sites, not URLs.
 */
import { MAX_DISABLED_SITES, MAX_DISABLED_SITES_BYTES } from './schema';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)*${LABEL}$`, 'u');

/**
 * Why a typed site was refused. A code, not a message: the page scan imports this file, and the
 * messages (write-messages.ts) would bring the i18n module into every page.
 */
export type PatternProblem = 'empty' | 'not-an-address' | 'not-a-site';
export type PatternCheck = { ok: true; pattern: string } | { ok: false; reason: PatternProblem };

/** Accepts what people paste (a URL, "www.site.com/path", upper case) and returns the pattern. */
export function parseSitePattern(input: string): PatternCheck {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, reason: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//u.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, reason: 'not-an-address' };
    }
  }
  text = text
    .replace(/[/?#].*$/u, '')
    .replace(/:\d+$/u, '')
    .replace(/\.$/u, '');
  if (text.startsWith('www.')) text = text.slice(4);
  if (text.length > 253 || !HOST.test(text)) {
    return { ok: false, reason: 'not-a-site' };
  }
  return { ok: true, pattern: text };
}

/** The pattern the "this site" switch adds for a page's host. */
export function patternForHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/u, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

export function siteMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/u, '');
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern || host === `www.${pattern}`;
}

export function isSiteDisabled(disabledSites: readonly string[], hostname: string): boolean {
  return disabledSites.some((p) => siteMatches(p, hostname));
}

/** The list is within what storage allows: the count cap and, as JSON, the sync item budget. */
export function sitesFit(sites: readonly string[]): boolean {
  return sites.length <= MAX_DISABLED_SITES && JSON.stringify(sites).length <= MAX_DISABLED_SITES_BYTES;
}
