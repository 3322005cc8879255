/**
 * The settings an extension page last saw, kept in the extension's own localStorage so the
 * next popup can paint at once, in the user's theme, instead of waiting on the storage API
 * (about 10 ms of the popup's ~90 ms to first paint here).
 *
 * Only a hint: the page reads storage right after its first render and corrects itself
 * (useSettings). Storage stays the one source of truth; nothing here is written back to it,
 * and a missing, corrupt or older-version hint reads as null.
 */
import { sanitizeSettings, toStoredSettings } from './sanitize';
import { SETTINGS_VERSION, type Settings } from './schema';

const KEY = 'health-notes:settings-hint';

type HintStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): HintStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled by policy throws on access.
    return null;
  }
}

export function readSettingsHint(store: HintStore | null = defaultStore()): Settings | null {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return null;
    const hint = JSON.parse(raw) as { version?: unknown; stored?: unknown };
    if (hint?.version !== SETTINGS_VERSION) return null;
    const { settings, problems } = sanitizeSettings(hint.stored);
    return problems.length ? null : settings;
  } catch {
    return null;
  }
}

export function writeSettingsHint(settings: Settings, store: HintStore | null = defaultStore()): void {
  try {
    store?.setItem(KEY, JSON.stringify({ version: SETTINGS_VERSION, stored: toStoredSettings(settings) }));
  } catch {
    // Full or disabled storage: the next page simply waits for the storage API.
  }
}
