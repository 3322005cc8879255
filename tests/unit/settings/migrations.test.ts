import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MIGRATIONS,
  migrateByShape,
  migrateToCurrent,
  migrateV1toV2,
  migrateV2toV3,
  V1_CATEGORIES,
} from '../../../utils/settings/migrations';
import { sanitizeSettings } from '../../../utils/settings/sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../utils/settings/schema';
import { V1_STORED } from '../support/settings-v1';

/**
 * What v1 returned from getSettings() for V1_STORED: it must read the same after migration, its
 * "first occurrence only" as the density "first on the page".
 */
const { firstOccurrenceOnly: _firstOnly, ...V1_REST } = V1_STORED;
const V1_READ = { ...V1_REST, density: 'page' } as Settings;

describe('migration v1 → v2 (categories shown → categories hidden)', () => {
  test('turns the shown list into the hidden complement of the v1 category list, keeping every other field', () => {
    expect(migrateV1toV2(V1_STORED)).toEqual({
      enabled: false,
      disabledSites: ['example.com', '*.news.org'],
      hiddenCategories: ['condition', 'supplement', 'medication', 'test', 'treatment', 'body-process'],
      highlightStyle: 'wrap',
      firstOccurrenceOnly: true,
      hoverDelayMs: 650,
      theme: 'dark',
      textSize: 'large',
      units: 'si',
      showBadge: false,
    });
  });

  test('reads back exactly as v1 read it (no loss)', () => {
    expect(sanitizeSettings(migrateV2toV3(migrateV1toV2(V1_STORED)))).toEqual({ settings: V1_READ, problems: [] });
  });

  test('the v1 default (every category shown) hides nothing', () => {
    const v1Default = { ...V1_STORED, categories: [...V1_CATEGORIES] };
    expect(migrateV1toV2(v1Default)).toMatchObject({ hiddenCategories: [] });
  });

  test('an empty v1 list (nothing shown) hides every v1 category', () => {
    const migrated = migrateV1toV2({ categories: [] });
    expect(migrated).toEqual({ hiddenCategories: [...V1_CATEGORIES] });
    expect(sanitizeSettings(migrated).settings.categories).toEqual([]);
  });

  test('a corrupt v1 category list means "all" in v2 too, with a warning; other fields are kept', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const categories of ['sign', ['sign', 'gossip'], null]) {
      expect(migrateV1toV2({ theme: 'light', categories })).toEqual({ theme: 'light' });
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[1]?.[0]).toBe(
      'Health Notes: stored categories ["sign","gossip"] were invalid; showing all categories',
    );
  });

  test('values it cannot interpret pass through for the sanitiser, and v2 values are left alone', () => {
    expect(migrateV1toV2('garbage')).toBe('garbage');
    expect(migrateV1toV2(null)).toBe(null);
    const v2 = { hiddenCategories: ['sign'], theme: 'dark' };
    expect(migrateV1toV2(v2)).toBe(v2);
  });

  test('migrateToCurrent runs the chain and refuses versions it does not know', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([2, 3]);
    expect(SETTINGS_VERSION).toBe(3);
    expect(migrateToCurrent(V1_STORED, 1)).toEqual(migrateV2toV3(migrateV1toV2(V1_STORED)));
    const v3 = { theme: 'dark' };
    expect(migrateToCurrent(v3, 3)).toBe(v3);
    expect(migrateToCurrent(v3, 2)).toBe(v3);
    expect(() => migrateToCurrent(v3, 4)).toThrow('no migration path from settings version 4 to 3');
    expect(() => migrateToCurrent(v3, 0)).toThrow(RangeError);
  });
});

describe('migration v2 → v3 (first occurrence only → density)', () => {
  test('"first occurrence only" on becomes first on the page; off becomes the new default, per section', () => {
    expect(migrateV2toV3({ theme: 'dark', firstOccurrenceOnly: true })).toEqual({ theme: 'dark', density: 'page' });
    expect(migrateV2toV3({ theme: 'dark', firstOccurrenceOnly: false })).toEqual({ theme: 'dark', density: 'section' });
    expect(sanitizeSettings(migrateV2toV3({ firstOccurrenceOnly: true })).settings.density).toBe('page');
  });

  test('a corrupt value falls back to the default density with a warning, keeping every other field', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const firstOccurrenceOnly of ['yes', 1, null]) {
      const migrated = migrateV2toV3({ units: 'si', firstOccurrenceOnly });
      expect(migrated).toEqual({ units: 'si' });
      expect(sanitizeSettings(migrated)).toEqual({ settings: { ...DEFAULT_SETTINGS, units: 'si' }, problems: [] });
    }
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  test('a density written beside the old field (a newer device) wins; v3 values and junk pass through', () => {
    expect(migrateV2toV3({ firstOccurrenceOnly: true, density: 'every' })).toEqual({ density: 'every' });
    const v3 = { density: 'every' };
    expect(migrateV2toV3(v3)).toBe(v3);
    expect(migrateV2toV3('garbage')).toBe('garbage');
  });

  test('by shape: a v1 value written by an old device reaches v3 in one read', () => {
    expect(migrateByShape(V1_STORED)).toEqual(migrateV2toV3(migrateV1toV2(V1_STORED)));
    expect(sanitizeSettings(migrateByShape(V1_STORED)).settings).toEqual(V1_READ);
  });
});

describe('migration in storage (WXT storage item, fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The storage item (and its migration run) is created once per context: start each test fresh.
    vi.resetModules();
  });
  afterEach(() => fakeBrowser.reset());

  const loadStore = () => import('../../../utils/settings/store');

  test('a v1 value in storage (no version meta, as v1 wrote it) is migrated on first read without loss', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_STORED });
    const store = await loadStore();
    expect(await store.getSettings()).toEqual(V1_READ);
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(migrateV2toV3(migrateV1toV2(V1_STORED)));
    expect(raw['settings$']).toEqual({ v: 3 });
  });

  test('a migrated value is not migrated again', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_STORED });
    await (await loadStore()).getSettings();
    vi.resetModules();
    const store = await loadStore();
    const before = await fakeBrowser.storage.sync.get('settings');
    expect(await store.getSettings()).toEqual(V1_READ);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual(before);
  });

  test('a fresh install stores version 3 with its first write', async () => {
    const store = await loadStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    await store.updateSettings({ theme: 'dark' });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: 3 });
    expect(raw.settings).toMatchObject({ theme: 'dark', hiddenCategories: [], density: 'section' });
    expect(raw.settings).not.toHaveProperty('categories');
  });

  test('a value from a newer version (another synced device) is still read field by field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', futureField: 1 }, settings$: { v: 4 } });
    const store = await loadStore();
    expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(error).toHaveBeenCalled();
  });
});
