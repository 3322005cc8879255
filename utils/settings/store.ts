/**
 * The one place the extension's pages and background read and write settings (content
 * scripts only read, through page-reader.ts). Backed by WXT's storage item in the area
 * storage-location.ts names. The item is versioned; WXT runs migrations.ts on first use in
 * each context. Values are sanitised on every read, so a corrupt or foreign value can never
 * crash a caller.
 */
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS } from './migrations';
import { repairedSettings, sanitizeSettings, toStoredSettings } from './sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import { SETTINGS_KEY, settingsArea } from './storage-location';

let item: ReturnType<typeof defineSettingsItem> | undefined;
function defineSettingsItem() {
  // No fallback: a missing value reads as null, which the sanitiser turns into the defaults.
  return storage.defineItem<unknown>(`${settingsArea()}:${SETTINGS_KEY}`, {
    version: SETTINGS_VERSION,
    migrations: { ...MIGRATIONS },
  });
}
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

// Read-modify-write updates from one context run one after another, so quick successive
// changes (a slider, several checkboxes) cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function getSettings(): Promise<Settings> {
  return repairedSettings(await settingsItem().getValue());
}

async function write(next: Settings): Promise<Settings> {
  const { settings } = sanitizeSettings(toStoredSettings(next));
  await settingsItem().setValue(toStoredSettings(settings));
  return settings;
}

/** Replaces all settings (invalid fields become defaults). Rejects if the browser refuses the write. */
export function saveSettings(next: Settings): Promise<void> {
  return serialised(() => write(next)).then(() => undefined);
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return serialised(async () => write({ ...(await getSettings()), ...patch }));
}

export function resetSettings(): Promise<Settings> {
  return serialised(() => write(structuredClone(DEFAULT_SETTINGS) as Settings));
}

/** Calls back with sanitised settings whenever any context changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(repairedSettings(value)));
}
