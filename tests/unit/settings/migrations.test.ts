import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, migrateToCurrent, migrateV1toV2, V1_CATEGORIES } from '../../../utils/settings/migrations';
import { sanitizeSettings } from '../../../utils/settings/sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../utils/settings/schema';
import { V1_STORED } from '../support/settings-v1';

/** What v1 returned from getSettings() for V1_STORED: it must read the same after migration. */
const V1_READ: Settings = V1_STORED as Settings;

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
    expect(sanitizeSettings(migrateV1toV2(V1_STORED))).toEqual({ settings: V1_READ, problems: [] });
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
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([2]);
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateToCurrent(V1_STORED, 1)).toEqual(migrateV1toV2(V1_STORED));
    const v2 = { theme: 'dark' };
    expect(migrateToCurrent(v2, 2)).toBe(v2);
    expect(() => migrateToCurrent(v2, 3)).toThrow('no migration path from settings version 3 to 2');
    expect(() => migrateToCurrent(v2, 0)).toThrow(RangeError);
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
    expect(raw.settings).toEqual(migrateV1toV2(V1_STORED));
    expect(raw['settings$']).toEqual({ v: 2 });
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

  test('a fresh install stores version 2 with its first write', async () => {
    const store = await loadStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    await store.updateSettings({ theme: 'dark' });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(raw.settings).toMatchObject({ theme: 'dark', hiddenCategories: [] });
    expect(raw.settings).not.toHaveProperty('categories');
  });

  test('a value from a newer version (another synced device) is still read field by field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', futureField: 1 }, settings$: { v: 3 } });
    const store = await loadStore();
    expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(error).toHaveBeenCalled();
  });
});
