import { describe, expect, test } from 'vitest';
import { readSettingsHint, writeSettingsHint } from '../../../utils/settings/settings-hint';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../utils/settings/schema';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const custom: Settings = { ...(DEFAULT_SETTINGS as Settings), theme: 'dark', units: 'si', categories: ['sign'] };

describe('settings hint', () => {
  test('gives back the settings it was given', () => {
    const store = memoryStore();
    expect(readSettingsHint(store)).toBeNull();
    writeSettingsHint(custom, store);
    expect(readSettingsHint(store)).toEqual(custom);
  });

  test('reads corrupt, foreign or older-version hints as no hint, never throwing', () => {
    const [key] = (() => {
      const store = memoryStore();
      writeSettingsHint(custom, store);
      return [...store.data.keys()];
    })();
    for (const raw of [
      '{not json',
      'null',
      '42',
      JSON.stringify({ version: SETTINGS_VERSION - 1, stored: { theme: 'dark' } }),
      JSON.stringify({ version: SETTINGS_VERSION, stored: { theme: 'purple' } }),
    ]) {
      expect(readSettingsHint(memoryStore({ [key!]: raw })), raw).toBeNull();
    }
  });

  test('a store that throws (disabled, full) is treated as empty', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeSettingsHint(custom, broken)).not.toThrow();
    expect(readSettingsHint(broken)).toBeNull();
    expect(readSettingsHint(null)).toBeNull();
  });
});
