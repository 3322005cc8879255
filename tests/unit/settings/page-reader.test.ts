/**
 * The content scripts' read-only settings reader must see exactly what the pages' store
 * (WXT storage item, with its migrations) sees, for every stored shape, without writing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchStoredSettings } from '../../../utils/settings/page-reader';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { V1_STORED } from '../support/settings-v1';

const SHAPES: Record<string, Record<string, unknown>> = {
  'nothing stored (fresh install)': {},
  'a v1 value without version marker': { settings: V1_STORED },
  'a v1 value with an invalid category list': { settings: { ...V1_STORED, categories: 'all' } },
  'a current value': { settings: { theme: 'dark', hiddenCategories: ['sign'] }, settings$: { v: 2 } },
  'a corrupt current value': { settings: { theme: 'purple', hoverDelayMs: 'soon' }, settings$: { v: 2 } },
  'a non-object': { settings: 'corrupt', settings$: { v: 2 } },
  'a value from a newer version': { settings: { theme: 'dark', futureField: 1 }, settings$: { v: 3 } },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('page settings reader', () => {
  for (const [name, stored] of Object.entries(SHAPES)) {
    test(`reads ${name} as the store does, and writes nothing`, async () => {
      await fakeBrowser.storage.sync.set(stored);
      const before = await fakeBrowser.storage.sync.get(null);
      const read = await readSettings();
      expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
      const { getSettings } = await import('../../../utils/settings/store');
      expect(read).toEqual(await getSettings());
    });
  }

  test('calls back with sanitised settings on every change, and not after unwatching', async () => {
    const seen: Settings[] = [];
    const unwatch = watchStoredSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'wrap' }, settings$: { v: 2 } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'glitter', theme: 'dark' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, highlightStyle: 'wrap' },
      { ...DEFAULT_SETTINGS, theme: 'dark' },
    ]);
  });
});
