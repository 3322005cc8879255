import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../utils/glossary/categories';
import {
  fromStoredSettings,
  describeProblem,
  readField,
  sanitizeSettings,
  STORED_KEYS,
  toStoredSettings,
} from '../../../utils/settings/sanitize';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, type StoredSettings } from '../../../utils/settings/schema';

describe('sanitizeSettings', () => {
  test('missing settings give the defaults without complaint', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(sanitizeSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('a non-object falls back to every default and says so', () => {
    for (const raw of ['garbage', 42, [1, 2], true]) {
      const { settings, problems } = sanitizeSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual(['stored settings are not an object; all defaults used']);
    }
  });

  test('corrupt fields fall back one by one; good fields survive', () => {
    const { settings, problems } = sanitizeSettings({
      enabled: false,
      highlightStyle: 'sparkles',
      hoverDelayMs: 5,
      disabledSites: ['example.com', 'https://www.news.example.org/a/b'],
      hiddenCategories: ['condition', 'nutrient', 'supplement', 'medication', 'test', 'treatment', 'body-process'],
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

  test('a list with bad entries keeps its good ones on reading (one bad entry never costs the rest)', () => {
    const { settings, problems } = sanitizeSettings({
      hiddenCategories: ['sign', 'gossip'],
      disabledSites: ['ok.com', 7, 'my_host.intranet', '[::1]', 'OK.com', '*.news.org'],
    });
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories.filter((c) => c !== 'sign'));
    expect(settings.disabledSites).toEqual(['ok.com', '*.news.org']);
    expect(problems).toEqual([
      'disabledSites has an invalid site: 7; kept the valid sites that fit',
      'hiddenCategories has unknown categories: "gossip"; kept the known ones',
    ]);
  });

  test('a site list past the caps keeps the sites that fit, in order', () => {
    const sites = Array.from({ length: MAX_DISABLED_SITES + 20 }, (_, i) => `s${i}.com`);
    const { settings, problems } = sanitizeSettings({ disabledSites: sites });
    expect(settings.disabledSites).toEqual(sites.slice(0, MAX_DISABLED_SITES));
    expect(problems).toEqual([
      `disabledSites has more than ${MAX_DISABLED_SITES} sites; kept the valid sites that fit`,
    ]);
  });

  test('unknown keys and inherited properties are ignored', () => {
    const raw = JSON.parse('{"sparkles": true, "__proto__": {"enabled": false}}');
    expect(sanitizeSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

/** Every stored field with values that must be accepted (and what they read as) and rejected (and why). */
const FIELD_CASES: {
  [K in keyof StoredSettings]: { good: [unknown, StoredSettings[K]][]; bad: [unknown, string][] };
} = {
  enabled: {
    good: [
      [true, true],
      [false, false],
    ],
    bad: [
      ['true', 'must be true or false'],
      [1, 'must be true or false'],
      [null, 'must be true or false'],
    ],
  },
  disabledSites: {
    good: [
      [[], []],
      [
        ['Example.com', 'example.com', '*.news.org'],
        ['example.com', '*.news.org'],
      ],
    ],
    bad: [
      ['example.com', 'must be a list of sites'],
      [['not a site'], 'has an invalid site: "not a site"'],
      [Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.com`), 'has more than 500 sites'],
      [
        Array.from({ length: 300 }, (_, i) => `a-rather-long-site-name-${i}.example.com`),
        'is longer than the 7000 characters browser sync allows',
      ],
    ],
  },
  hiddenCategories: {
    good: [
      [[], []],
      [
        ['test', 'sign'],
        ['sign', 'test'],
      ],
      [[...CATEGORIES], [...CATEGORIES]],
    ],
    bad: [
      ['sign', 'must be a list of categories'],
      [[1], 'has unknown categories: 1'],
    ],
  },
  highlightStyle: {
    good: [
      ['underline', 'underline'],
      ['background', 'background'],
      ['wrap', 'wrap'],
    ],
    bad: [['Underline', 'must be one of underline, background, wrap']],
  },
  density: {
    good: [
      ['section', 'section'],
      ['every', 'every'],
      ['page', 'page'],
    ],
    bad: [
      [true, 'must be one of section, every, page'],
      ['Section', 'must be one of section, every, page'],
    ],
  },
  hoverDelayMs: {
    good: [
      [100, 100],
      [2000, 2000],
      [350, 350],
    ],
    bad: [
      [99, 'must be a whole number of milliseconds from 100 to 2000'],
      [2001, 'must be a whole number of milliseconds from 100 to 2000'],
      [300.5, 'must be a whole number of milliseconds from 100 to 2000'],
      ['300', 'must be a whole number of milliseconds from 100 to 2000'],
      [Number.NaN, 'must be a whole number of milliseconds from 100 to 2000'],
    ],
  },
  theme: {
    good: [
      ['auto', 'auto'],
      ['light', 'light'],
      ['dark', 'dark'],
    ],
    bad: [['sepia', 'must be one of auto, light, dark']],
  },
  textSize: {
    good: [
      ['small', 'small'],
      ['medium', 'medium'],
      ['large', 'large'],
    ],
    bad: [[14, 'must be one of small, medium, large']],
  },
  units: {
    good: [
      ['us', 'us'],
      ['si', 'si'],
    ],
    bad: [['mg/dL', 'must be one of us, si']],
  },
  showBadge: {
    good: [[false, false]],
    bad: [[0, 'must be true or false']],
  },
};

describe('field readers', () => {
  test('every stored field has cases', () => {
    expect(Object.keys(FIELD_CASES).sort()).toEqual([...STORED_KEYS].sort());
  });

  for (const key of STORED_KEYS) {
    const cases = FIELD_CASES[key] as { good: [unknown, unknown][]; bad: [unknown, string][] };
    test.each(cases.good)(`${key} accepts %j`, (value, expected) => {
      expect(readField(key, value)).toEqual({ ok: true, value: expected });
    });
    test.each(cases.bad)(`${key} rejects %j`, (value, problem) => {
      const read = readField(key, value);
      expect(read.ok).toBe(false);
      expect(read.ok ? '' : describeProblem(read.problem)).toBe(problem);
    });
  }
});

describe('stored shape', () => {
  test('categories are stored as the hidden complement and read back unchanged', () => {
    const settings = { ...DEFAULT_SETTINGS, categories: ['sign' as const, 'nutrient' as const] };
    const stored = toStoredSettings(settings);
    expect(stored).not.toHaveProperty('categories');
    expect(stored.hiddenCategories).toEqual(CATEGORIES.filter((c) => c !== 'sign' && c !== 'nutrient'));
    expect(fromStoredSettings(stored)).toEqual(settings);
  });
});
