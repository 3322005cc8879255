/**
 * The one place the extension's pages and background read and write settings (content
 * scripts only read, through page-reader.ts). Backed by WXT's storage item in the area
 * storage-location.ts names. The item is versioned; WXT runs migrations.ts on first use in
 * each context.
 *
 * Reads repair: values are brought to the current shape and sanitised on every read, so a
 * corrupt or foreign value can never crash a caller. Writes never repair: an invalid value is
 * refused before storage is touched (a repaired write once stored an empty site list for one
 * bad host, erasing the user's list), and every failure rejects with a SettingsWriteError.
 */
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS } from './migrations';
import { fromStoredSettings, repairedSettings, storedForWrite } from './sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import { SETTINGS_KEY, settingsArea } from './storage-location';
import { SettingsWriteError, writeErrorFrom } from './write-error';

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
  const checked = storedForWrite(next);
  if (!checked.ok) throw new SettingsWriteError('invalid', checked.problems);
  try {
    await settingsItem().setValue(checked.stored);
  } catch (error) {
    throw writeErrorFrom(error);
  }
  return fromStoredSettings(checked.stored);
}

/** Replaces all settings. Rejects with a SettingsWriteError, storing nothing, if any field is invalid or the browser refuses. */
export function saveSettings(next: Settings): Promise<void> {
  return serialised(() => write(next)).then(() => undefined);
}

/** Changes some settings; rejects like saveSettings. */
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
