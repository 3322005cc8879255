import { describe, expect, test } from 'vitest';
import { MAX_DISABLED_SITES, MAX_DISABLED_SITES_BYTES } from '../../../utils/settings/schema';
import { disabledSitesAfter, highlightingOn } from '../../../utils/settings/site-toggle';

const sitesOfLength = (count: number) => Array.from({ length: count }, (_, i) => `site${i}.org`);

describe('the site switch', () => {
  test('switching off adds the host pattern once, without www', () => {
    expect(disabledSitesAfter([], 'www.example.com', false)).toEqual({ ok: true, disabledSites: ['example.com'] });
    expect(disabledSitesAfter(['example.com'], 'example.com', false)).toEqual({
      ok: true,
      disabledSites: ['example.com'],
    });
  });

  test('switching on removes every pattern covering the host, and only those', () => {
    expect(disabledSitesAfter(['example.com', '*.example.com', 'other.org'], 'www.example.com', true)).toEqual({
      ok: true,
      disabledSites: ['other.org'],
    });
  });

  test('a host that is not a plain site name cannot be switched off, and the list is left as it is', () => {
    const sites = ['example.com', '*.news.org'];
    for (const host of ['[::1]', 'my_host.intranet', 'xn--.bad-', '']) {
      expect(disabledSitesAfter(sites, host, false)).toEqual({ ok: false, reason: 'unsupported-host' });
    }
    expect(sites).toEqual(['example.com', '*.news.org']);
    // Plain hosts, IPv4 addresses and single names are fine.
    for (const host of ['localhost', '127.0.0.1', 'intranet']) {
      expect(disabledSitesAfter(sites, host, false)).toMatchObject({ ok: true });
    }
  });

  test('a full list (by count or by size) refuses one more site', () => {
    const byCount = sitesOfLength(MAX_DISABLED_SITES);
    expect(disabledSitesAfter(byCount, 'new.org', false)).toEqual({ ok: false, reason: 'list-full' });
    const longLabel = 'a'.repeat(60);
    const bySize: string[] = [];
    while (JSON.stringify([...bySize, `${longLabel}${bySize.length}.org`]).length <= MAX_DISABLED_SITES_BYTES) {
      bySize.push(`${longLabel}${bySize.length}.org`);
    }
    expect(disabledSitesAfter(bySize, `${longLabel}.example.org`, false)).toEqual({ ok: false, reason: 'list-full' });
    // A site already listed is still "switched off" on a full list, and switching on always works.
    expect(disabledSitesAfter(byCount, 'site0.org', false)).toEqual({ ok: true, disabledSites: byCount });
    expect(disabledSitesAfter(byCount, 'site0.org', true)).toMatchObject({ ok: true });
  });

  test('highlighting runs only with the global switch on and the site not listed', () => {
    expect(highlightingOn({ enabled: true, disabledSites: [] }, 'example.com')).toBe(true);
    expect(highlightingOn({ enabled: true, disabledSites: ['example.com'] }, 'example.com')).toBe(false);
    expect(highlightingOn({ enabled: false, disabledSites: [] }, 'example.com')).toBe(false);
    expect(highlightingOn({ enabled: true, disabledSites: ['example.com'] }, null)).toBe(true);
  });
});
