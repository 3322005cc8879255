/**
 * Where settings live in the browser's storage, shared by the writer (store.ts) and the
 * content scripts' reader (page-reader.ts): sync storage where the browser has it (settings
 * hold no health data, so they may follow the user), local storage otherwise.
 */
import { browser } from 'wxt/browser';

export const SETTINGS_KEY = 'settings';
/** WXT's storage item keeps its version marker (`{ v }`) under the key plus `$`. */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;

export function settingsArea(): 'sync' | 'local' {
  return typeof browser !== 'undefined' && browser.storage?.sync ? 'sync' : 'local';
}
