/**
 * Settings as content scripts see them: read-only, one storage call per read.
 *
 * Content scripts run in every frame of every page, so their start-up cost is paid many times
 * over. WXT's storage item (store.ts) first looks for an older stored version and migrates it,
 * writing back under a lock, then reads again: about 1.5 ms in every frame. Content scripts
 * never write settings, so this reader reads the value and its version marker together and
 * migrates an older value in memory with the same migrations; the extension's own pages and
 * the background, which do write, store the migrated value through store.ts.
 */
import { browser } from 'wxt/browser';
import { migrateToCurrent } from './migrations';
import { repairedSettings } from './sanitize';
import { SETTINGS_VERSION, type Settings } from './schema';
import { SETTINGS_KEY, SETTINGS_META_KEY, settingsArea } from './storage-location';

/** The current Settings for a stored value and WXT's version marker (`{ v }`) beside it. */
export function settingsFromStorage(value: unknown, meta: unknown): Settings {
  const version = (meta as { v?: unknown } | null | undefined)?.v ?? 1;
  let current = value;
  // A newer version (the extension was downgraded) is read as current, field by field.
  if (value != null && typeof version === 'number' && version < SETTINGS_VERSION) {
    try {
      current = migrateToCurrent(value, version);
    } catch (error) {
      console.warn('Health Notes: could not migrate stored settings; reading them as they are', error);
    }
  }
  return repairedSettings(current);
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage[settingsArea()].get([SETTINGS_KEY, SETTINGS_META_KEY]);
  return settingsFromStorage(stored[SETTINGS_KEY], stored[SETTINGS_META_KEY]);
}

/** Calls back with the settings after every change to them (or to their version marker). */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const area = settingsArea();
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== area || !(SETTINGS_KEY in changes || SETTINGS_META_KEY in changes)) return;
    // Read both again: a migration writes the value and its marker in one change, a save only one.
    readSettings().then(callback, (error: unknown) => console.warn('Health Notes: could not read settings', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
