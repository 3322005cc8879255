import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { getSettings, resetSettings, updateSettings, watchSettings } from '../../../utils/settings/store';
import { settingsArea } from '../../../utils/settings/storage-location';

beforeEach(async () => {
  // reset() would also drop the storage item's change listener; clearing keeps it.
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
});

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

describe('settings store', () => {
  test('uses sync storage when the browser has it', async () => {
    expect(settingsArea()).toBe('sync');
    await updateSettings({ units: 'si' });
    expect(await stored()).toMatchObject({ units: 'si' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  test('corrupt stored values fall back field by field with one console warning, never a throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      settings: { theme: 'dark', hoverDelayMs: 'soon', disabledSites: 'everything', units: 'si', showBadge: 'no' },
    });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', units: 'si' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      'Health Notes: stored settings were repaired: ' +
        'disabledSites must be a list of sites; using the default; ' +
        'hoverDelayMs must be a whole number of milliseconds from 100 to 2000; using the default; ' +
        'showBadge must be true or false; using the default',
    );
  });

  test('a stored non-object reads as the defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: 'corrupt' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith(
      'Health Notes: stored settings were repaired: stored settings are not an object; all defaults used',
    );
  });

  test('quick successive updates from one context do not overwrite each other', async () => {
    await Promise.all([
      updateSettings({ theme: 'dark' }),
      updateSettings({ units: 'si' }),
      updateSettings({ highlightStyle: 'background' }),
      updateSettings({ categories: ['sign'] }),
    ]);
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      units: 'si',
      highlightStyle: 'background',
      categories: ['sign'],
    });
  });

  test('reset restores the defaults', async () => {
    await updateSettings({ enabled: false, disabledSites: ['a.org'] });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('watchers get sanitised settings on every change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings({ highlightStyle: 'wrap' });
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'glitter', theme: 'dark' } });
    unwatch();
    await updateSettings({ theme: 'light' });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, highlightStyle: 'wrap' },
      { ...DEFAULT_SETTINGS, theme: 'dark' },
    ]);
    // Once from the watcher; the later update's read repairs the same stored value again.
    expect(warn.mock.calls[0]?.[0]).toBe(
      'Health Notes: stored settings were repaired: highlightStyle must be one of underline, background, wrap; using the default',
    );
  });
});
