import { describe, expect, test } from 'vitest';
import { isSiteDisabled, parseSitePattern, patternForHost, siteMatches } from '../../../utils/settings/site-patterns';
import { sitePatternMessage } from '../../../utils/settings/write-messages';

describe('site patterns', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/path?q=1', 'example.com'],
    ['example.com:8080/x', 'example.com'],
    ['*.example.co.uk', '*.example.co.uk'],
    ['localhost', 'localhost'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, pattern });
  });

  test.each(['', 'not a site', 'exa_mple.com', '*.', 'http://', '-bad.com', 'a..b'])(
    'rejects %j with a reason',
    (input) => {
      const result = parseSitePattern(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : sitePatternMessage(result.reason, input)).toMatch(/site|address/u);
    },
  );

  test('a host pattern covers www; a wildcard covers subdomains and the base', () => {
    expect(siteMatches('example.com', 'www.example.com')).toBe(true);
    expect(siteMatches('example.com', 'news.example.com')).toBe(false);
    expect(siteMatches('*.example.com', 'news.example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'badexample.com')).toBe(false);
    expect(isSiteDisabled(['a.org', 'b.org'], 'www.b.org')).toBe(true);
    expect(patternForHost('WWW.Example.com.')).toBe('example.com');
  });
});
