/**
 * The one place every part of the extension reads and writes settings. Backed by WXT's
 * storage item: sync storage where the browser has it (settings hold no health data, so
 * they may follow the user), local storage otherwise. Values are sanitised on every read,
 * so a corrupt or foreign value can never crash a caller.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sanitizeSettings } from './sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';

function area(): 'sync' | 'local' {
  return typeof browser !== 'undefined' && browser.storage?.sync ? 'sync' : 'local';
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
function defineSettingsItem() {
  return storage.defineItem<unknown>(`${area()}:settings`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
  });
}
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

function report(problems: string[]): void {
  // A warning, never a throw: the user keeps working with defaults for the bad fields.
  if (problems.length) console.warn(`Health Notes: stored settings were repaired: ${problems.join('; ')}`);
}

export async function getSettings(): Promise<Settings> {
  const { settings, problems } = sanitizeSettings(await settingsItem().getValue());
  report(problems);
  return settings;
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem().setValue(sanitizeSettings(next).settings);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await saveSettings(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await saveSettings(structuredClone(DEFAULT_SETTINGS) as Settings);
  return getSettings();
}

/** Calls back with sanitised settings whenever any context changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => {
    const { settings, problems } = sanitizeSettings(value);
    report(problems);
    callback(settings);
  });
}
