import { describe, expect, test } from 'vitest';
import { disabledSitesAfter, highlightingOn } from '../../../utils/settings/site-toggle';

describe('the site switch', () => {
  test('switching off adds the host pattern once, without www', () => {
    expect(disabledSitesAfter([], 'www.example.com', false)).toEqual(['example.com']);
    expect(disabledSitesAfter(['example.com'], 'example.com', false)).toEqual(['example.com']);
  });

  test('switching on removes every pattern covering the host, and only those', () => {
    expect(disabledSitesAfter(['example.com', '*.example.com', 'other.org'], 'www.example.com', true)).toEqual([
      'other.org',
    ]);
  });

  test('highlighting runs only with the global switch on and the site not listed', () => {
    expect(highlightingOn({ enabled: true, disabledSites: [] }, 'example.com')).toBe(true);
    expect(highlightingOn({ enabled: true, disabledSites: ['example.com'] }, 'example.com')).toBe(false);
    expect(highlightingOn({ enabled: false, disabledSites: [] }, 'example.com')).toBe(false);
    expect(highlightingOn({ enabled: true, disabledSites: ['example.com'] }, null)).toBe(true);
  });
});
