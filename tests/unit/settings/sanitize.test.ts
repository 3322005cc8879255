import { describe, expect, test } from 'vitest';
import { sanitizeSettings } from '../../../utils/settings/sanitize';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';

describe('sanitizeSettings', () => {
  test('missing settings give the defaults without complaint', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('a non-object falls back to every default and says so', () => {
    const { settings, problems } = sanitizeSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['stored settings are not an object; all defaults used']);
  });

  test('corrupt fields fall back one by one; good fields survive', () => {
    const { settings, problems } = sanitizeSettings({
      enabled: false,
      highlightStyle: 'sparkles',
      hoverDelayMs: 5,
      disabledSites: ['example.com', 'https://www.news.example.org/a/b'],
      categories: ['sign', 'symptom'],
      theme: 42,
    });
    expect(settings.enabled).toBe(false);
    expect(settings.disabledSites).toEqual(['example.com', 'news.example.org']);
    expect(settings.categories).toEqual(['sign', 'symptom']);
    expect(settings.highlightStyle).toBe(DEFAULT_SETTINGS.highlightStyle);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(problems).toEqual([
      'highlightStyle must be one of underline, background, wrap; using the default',
      'hoverDelayMs must be a whole number of milliseconds from 100 to 2000; using the default',
      'theme must be one of auto, light, dark; using the default',
    ]);
  });

  test('unknown categories and bad site entries are rejected as a whole field', () => {
    const { settings, problems } = sanitizeSettings({ categories: ['sign', 'gossip'], disabledSites: ['ok.com', 7] });
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories);
    expect(settings.disabledSites).toEqual([]);
    expect(problems).toEqual([
      'disabledSites has an invalid site: 7; using the default',
      'categories has unknown categories: "gossip"; using the default',
    ]);
  });
});
