import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../utils/glossary/categories';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import {
  parseSettingsFile,
  readSettingsFile,
  serializeSettingsFile,
  SETTINGS_FILE_MAX_BYTES,
} from '../../../utils/settings/transfer';

const CUSTOM: Settings = {
  enabled: false,
  disabledSites: ['example.com', '*.news.org'],
  categories: ['sign', 'symptom'],
  highlightStyle: 'background',
  density: 'page',
  hoverDelayMs: 450,
  theme: 'dark',
  textSize: 'small',
  units: 'si',
  showBadge: false,
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'health-notes-settings', version: 3, settings, ...extra });

describe('export file', () => {
  test('has the format marker, the version and every stored field', () => {
    const text = serializeSettingsFile(CUSTOM, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'health-notes-settings',
      version: 3,
      exportedAt: '2026-01-02T03:04:05.000Z',
      settings: {
        enabled: false,
        disabledSites: ['example.com', '*.news.org'],
        hiddenCategories: CATEGORIES.filter((c) => c !== 'sign' && c !== 'symptom'),
        highlightStyle: 'background',
        density: 'page',
        hoverDelayMs: 450,
        theme: 'dark',
        textSize: 'small',
        units: 'si',
        showBadge: false,
      },
    });
  });

  test('round-trips exactly', () => {
    for (const settings of [CUSTOM, DEFAULT_SETTINGS]) {
      expect(parseSettingsFile(serializeSettingsFile(settings))).toEqual({ ok: true, settings, notes: [] });
    }
  });
});

describe('import file', () => {
  test('a good file gives its settings', async () => {
    const text = serializeSettingsFile(CUSTOM);
    expect(await readSettingsFile(new Blob([text]))).toEqual({ ok: true, settings: CUSTOM, notes: [] });
  });

  test('a non-JSON file', () => {
    expect(parseSettingsFile('{"format": "health-notes-settings",')).toEqual({
      ok: false,
      error: 'The file is not valid JSON, so it is not a Health Notes settings file.',
    });
    expect(parseSettingsFile('   \n')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  test('an oversized file is refused before it is read', async () => {
    const big = new Blob([' '.repeat(SETTINGS_FILE_MAX_BYTES + 1)]);
    const expected = {
      ok: false,
      error: 'The file is too large (65 KB). A Health Notes settings file is at most 64 KB.',
    };
    expect(await readSettingsFile(big)).toEqual(expected);
    expect(parseSettingsFile(file({}) + ' '.repeat(SETTINGS_FILE_MAX_BYTES))).toEqual(expected);
    // Exactly at the cap is fine.
    const atCap = file({}).padEnd(SETTINGS_FILE_MAX_BYTES, ' ');
    expect(parseSettingsFile(atCap).ok).toBe(true);
  });

  test('JSON that is not a Health Notes settings file', () => {
    const error = 'This is not a Health Notes settings file: it lacks the marker "format": "health-notes-settings".';
    for (const text of ['[]', '"settings"', 'null', '{"version": 2, "settings": {}}', '{"format": "other-app"}']) {
      expect(parseSettingsFile(text)).toEqual({ ok: false, error });
    }
  });

  test('a wrong version', () => {
    expect(parseSettingsFile(file({}, { version: 4 }))).toEqual({
      ok: false,
      error:
        'This file was made by a newer version of Health Notes (settings version 4); this version reads ' +
        'settings versions 1 to 3. Update Health Notes, then import it again.',
    });
    const invalid = {
      ok: false,
      error: 'The file has no valid settings version (expected a whole number from 1 to 3).',
    };
    for (const version of [0, '2', 1.5, null, undefined]) {
      expect(parseSettingsFile(file({}, { version }))).toEqual(invalid);
    }
  });

  test('a file without a settings object', () => {
    expect(parseSettingsFile(file([1, 2]))).toEqual({ ok: false, error: 'The file has no "settings" object.' });
  });

  test('a bad file: every invalid field is named and nothing is accepted', () => {
    const text = file({ ...JSON.parse(serializeSettingsFile(CUSTOM)).settings, theme: 'neon', hoverDelayMs: 5 });
    expect(parseSettingsFile(text)).toEqual({
      ok: false,
      error:
        'Nothing was imported. The file has invalid settings: hoverDelayMs must be a whole number of milliseconds ' +
        'from 100 to 2,000; theme must be one of auto, light, dark.',
    });
    expect(parseSettingsFile(file({ disabledSites: ['fine.org', 'not a site'] }))).toEqual({
      ok: false,
      error: 'Nothing was imported. The file has invalid settings: disabledSites has an invalid site: "not a site".',
    });
  });

  test('unknown fields are ignored with a note; missing fields take their defaults with a note', () => {
    const result = parseSettingsFile(file({ theme: 'dark', sparkles: true }));
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      notes: [
        'Ignored unknown settings: sparkles.',
        'Not in the file, so set to their defaults: enabled, disabledSites, hiddenCategories, highlightStyle, ' +
          'density, hoverDelayMs, textSize, units, showBadge.',
      ],
    });
  });

  test('a version 1 file is migrated like stored v1 settings', () => {
    const v1 = { ...CUSTOM, categories: ['sign', 'symptom'] };
    const { ok, settings } = parseSettingsFile(file(v1, { version: 1 })) as { ok: true; settings: Settings };
    expect(ok).toBe(true);
    expect(settings).toEqual(CUSTOM);
  });
});
