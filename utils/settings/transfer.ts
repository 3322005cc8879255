/**
 * Settings export/import files. Import is all-or-nothing: any problem returns a message that
 * says what is wrong and nothing is applied. Fields are checked with the same readers that
 * check storage (sanitize.ts); older files go through the same migrations as storage.
 */
import { i18n } from '#i18n';
import { formatNumber } from '../i18n/format';
import { migrateToCurrent } from './migrations';
import { type FieldProblem, fromStoredSettings, readField, STORED_KEYS, toStoredSettings } from './sanitize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, type StoredSettings } from './schema';

export const SETTINGS_FILE_FORMAT = 'health-notes-settings';
export const SETTINGS_FILE_MAX_BYTES = 64 * 1024;
export const SETTINGS_FILE_NAME = 'health-notes-settings.json';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: StoredSettings;
}

export type ImportResult = { ok: true; settings: Settings; notes: string[] } | { ok: false; error: string };

export function serializeSettingsFile(settings: Settings, now: Date = new Date()): string {
  const stored = toStoredSettings(settings);
  const ordered = Object.fromEntries(STORED_KEYS.map((key) => [key, stored[key]])) as StoredSettings;
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: ordered,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (error: string): ImportResult => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function tooLargeMessage(bytes: number): string {
  return i18n.t('settingsFile.tooLarge', [
    formatNumber(Math.ceil(bytes / 1024)),
    formatNumber(SETTINGS_FILE_MAX_BYTES / 1024),
  ]);
}

/** One invalid field of a settings file; `key` is the field's name as written in the file. */
function fieldProblemMessage(key: string, problem: FieldProblem): string {
  switch (problem.code) {
    case 'one-of':
      return i18n.t('settingsFile.field.oneOf', [key, problem.allowed.join(', ')]);
    case 'boolean':
      return i18n.t('settingsFile.field.boolean', [key]);
    case 'not-a-list':
      return i18n.t(problem.of === 'sites' ? 'settingsFile.field.notSites' : 'settingsFile.field.notCategories', [key]);
    case 'too-many-sites':
      return i18n.t('settingsFile.field.tooManySites', [key, formatNumber(problem.max)]);
    case 'invalid-site':
      return i18n.t('settingsFile.field.invalidSite', [key, JSON.stringify(problem.item)]);
    case 'sites-too-long':
      return i18n.t('settingsFile.field.sitesTooLong', [key, formatNumber(problem.max)]);
    case 'unknown-categories':
      return i18n.t('settingsFile.field.unknownCategories', [
        key,
        problem.items.map((c) => JSON.stringify(c)).join(', '),
      ]);
    case 'delay':
      return i18n.t('settingsFile.field.delay', [key, formatNumber(problem.min), formatNumber(problem.max)]);
  }
}

/** Checks the text of a settings file; `bytes` is its size on disk (defaults to its UTF-8 length). */
export function parseSettingsFile(text: string, bytes: number = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > SETTINGS_FILE_MAX_BYTES) return fail(tooLargeMessage(bytes));
  if (!text.trim()) return fail(i18n.t('settingsFile.empty'));

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(i18n.t('settingsFile.notJson'));
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return fail(i18n.t('settingsFile.notSettings', [SETTINGS_FILE_FORMAT]));
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(i18n.t('settingsFile.noVersion', [formatNumber(SETTINGS_VERSION)]));
  }
  if (version > SETTINGS_VERSION) {
    return fail(i18n.t('settingsFile.newer', [formatNumber(version), formatNumber(SETTINGS_VERSION)]));
  }
  if (!isRecord(data.settings)) return fail(i18n.t('settingsFile.noSettings'));

  const raw = migrateToCurrent(data.settings, version) as Record<string, unknown>;
  const stored = toStoredSettings(structuredClone(DEFAULT_SETTINGS) as Settings);
  const problems: string[] = [];
  const missing: string[] = [];
  for (const key of STORED_KEYS) {
    if (!Object.hasOwn(raw, key)) {
      missing.push(key);
      continue;
    }
    const read = readField(key, raw[key]);
    if (read.ok) (stored as Record<string, unknown>)[key] = read.value;
    else problems.push(fieldProblemMessage(key, read.problem));
  }
  if (problems.length) {
    return fail(i18n.t('settingsFile.invalid', [problems.join('; ')]));
  }

  const notes: string[] = [];
  const unknown = Object.keys(raw).filter((key) => !(STORED_KEYS as string[]).includes(key));
  if (unknown.length) notes.push(i18n.t('settingsFile.ignored', [unknown.join(', ')]));
  if (missing.length) notes.push(i18n.t('settingsFile.missing', [missing.join(', ')]));
  return { ok: true, settings: fromStoredSettings(stored), notes };
}

/** Reads a user-chosen file, refusing an oversized one before reading it into memory. */
export async function readSettingsFile(file: Blob): Promise<ImportResult> {
  if (file.size > SETTINGS_FILE_MAX_BYTES) return fail(tooLargeMessage(file.size));
  return parseSettingsFile(await file.text(), file.size);
}
