/**
 * An older copy of the extension (settings v1) on another device keeps writing the v1 shape
 * (`categories` = shown) into the synced item, while the version marker beside it, written by
 * this version, still says 2. Every reader must still see the user's choice of categories.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, type Settings } from '../../../utils/settings/schema';
import { V1_STORED } from '../support/settings-v1';

const V1_SHOWN = V1_STORED.categories;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // This version has already run: the marker says so (2 when written, 3 since ADR 22). Then the
  // older copy's value arrives.
  await fakeBrowser.storage.sync.set({
    settings: { hiddenCategories: [], theme: 'light' },
    settings$: { v: SETTINGS_VERSION },
  });
  await fakeBrowser.storage.sync.set({ settings: V1_STORED });
});
afterEach(() => fakeBrowser.reset());

describe('a v1-shaped value under a v2 marker', () => {
  test('the store reads the categories the older copy saved', async () => {
    const { getSettings } = await import('../../../utils/settings/store');
    // Its "first occurrence only" reads as the density "first on the page" (settings v3).
    const { firstOccurrenceOnly: _firstOnly, ...rest } = V1_STORED;
    expect(await getSettings()).toEqual({ ...rest, density: 'page' });
  });

  test('content scripts read the same', async () => {
    const { readSettings } = await import('../../../utils/settings/page-reader');
    expect((await readSettings()).categories).toEqual(V1_SHOWN);
  });

  test('watchers see it when it arrives', async () => {
    const { watchSettings } = await import('../../../utils/settings/store');
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { ...V1_STORED, categories: ['sign'] } });
    unwatch();
    expect(seen.map((s) => s.categories)).toEqual([['sign']]);
  });

  test('the next write from this version stores the same choice in the v2 shape', async () => {
    const { getSettings, updateSettings } = await import('../../../utils/settings/store');
    await updateSettings({ theme: 'dark' });
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).not.toHaveProperty('categories');
    expect(settings).toMatchObject({
      theme: 'dark',
      hiddenCategories: ['condition', 'supplement', 'medication', 'test', 'treatment', 'body-process'],
    });
    expect((await getSettings()).categories).toEqual(V1_SHOWN);
  });
});
