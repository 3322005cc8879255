/**
 * Turns whatever is stored (possibly written by another device, a broken import or a bug)
 * into valid Settings, field by field, reporting what it had to replace. The same readers
 * validate imported files (transfer.ts) and every write (storedForWrite, which refuses instead
 * of repairing), so storage, import and writes can never disagree.
 */
import { CATEGORIES, type Category } from '../glossary/categories';
import {
  DEFAULT_SETTINGS,
  DENSITIES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_DISABLED_SITES,
  MAX_DISABLED_SITES_BYTES,
  TEXT_SIZES,
  THEMES,
  UNIT_SYSTEMS,
  type Settings,
  type StoredSettings,
} from './schema';
import { migrateByShape } from './migrations';
import { parseSitePattern, sitesFit } from './site-patterns';

/**
 * Why a field's value is invalid. Data, not words: the import shows it in the user's language
 * (transfer.ts); storage warnings and write errors use `describeProblem`, in English for
 * developers. The page scan reads settings through this file, so it carries no messages.
 */
export type FieldProblem =
  | { code: 'one-of'; allowed: readonly string[] }
  | { code: 'boolean' }
  | { code: 'not-a-list'; of: 'sites' | 'categories' }
  | { code: 'too-many-sites'; max: number }
  | { code: 'invalid-site'; item: unknown }
  | { code: 'sites-too-long'; max: number }
  | { code: 'unknown-categories'; items: readonly unknown[] }
  | { code: 'delay'; min: number; max: number };

export type Read<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problem: FieldProblem): Read<T> => ({ ok: false, problem });

/** The problem in English, for console warnings and error details. */
export function describeProblem(problem: FieldProblem): string {
  switch (problem.code) {
    case 'one-of':
      return `must be one of ${problem.allowed.join(', ')}`;
    case 'boolean':
      return 'must be true or false';
    case 'not-a-list':
      return `must be a list of ${problem.of}`;
    case 'too-many-sites':
      return `has more than ${problem.max} sites`;
    case 'invalid-site':
      return `has an invalid site: ${JSON.stringify(problem.item)}`;
    case 'sites-too-long':
      return `is longer than the ${problem.max} characters browser sync allows`;
    case 'unknown-categories':
      return `has unknown categories: ${problem.items.map((c) => JSON.stringify(c)).join(', ')}`;
    case 'delay':
      return `must be a whole number of milliseconds from ${problem.min} to ${problem.max}`;
  }
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): Read<T> =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? ok(value as T)
      : bad({ code: 'one-of', allowed });

const bool = (value: unknown): Read<boolean> => (typeof value === 'boolean' ? ok(value) : bad({ code: 'boolean' }));

function readSites(value: unknown): Read<string[]> {
  if (!Array.isArray(value)) return bad({ code: 'not-a-list', of: 'sites' });
  if (value.length > MAX_DISABLED_SITES) return bad({ code: 'too-many-sites', max: MAX_DISABLED_SITES });
  const sites: string[] = [];
  for (const item of value) {
    const check = typeof item === 'string' ? parseSitePattern(item) : null;
    if (!check?.ok) return bad({ code: 'invalid-site', item });
    if (!sites.includes(check.pattern)) sites.push(check.pattern);
  }
  if (!sitesFit(sites)) return bad({ code: 'sites-too-long', max: MAX_DISABLED_SITES_BYTES });
  return ok(sites);
}

/**
 * On reading only: the valid sites of a list that failed the check, as many as fit, so one bad
 * entry (from another device or version) does not switch highlighting back on everywhere else.
 */
function salvageSites(value: unknown[]): string[] {
  const sites: string[] = [];
  for (const item of value) {
    const check = typeof item === 'string' ? parseSitePattern(item) : null;
    if (!check?.ok || sites.includes(check.pattern)) continue;
    if (!sitesFit([...sites, check.pattern])) break;
    sites.push(check.pattern);
  }
  return sites;
}

function readCategories(value: unknown): Read<Category[]> {
  if (!Array.isArray(value)) return bad({ code: 'not-a-list', of: 'categories' });
  const unknown = value.filter((c) => !(CATEGORIES as readonly unknown[]).includes(c));
  if (unknown.length) return bad({ code: 'unknown-categories', items: unknown });
  return ok(CATEGORIES.filter((c) => value.includes(c)));
}

/** On reading only: what can be kept of a list that failed its check, and how the warning says so. */
const SALVAGERS: Partial<{
  [K in keyof StoredSettings]: { keep: (value: unknown[]) => StoredSettings[K]; note: string };
}> = {
  disabledSites: { keep: salvageSites, note: 'kept the valid sites that fit' },
  hiddenCategories: {
    keep: (value) => CATEGORIES.filter((c) => value.includes(c)),
    note: 'kept the known ones',
  },
};

const READERS: { [K in keyof StoredSettings]: (value: unknown) => Read<StoredSettings[K]> } = {
  enabled: bool,
  disabledSites: readSites,
  hiddenCategories: readCategories,
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  density: oneOf(DENSITIES),
  hoverDelayMs: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= HOVER_DELAY_MIN_MS && value <= HOVER_DELAY_MAX_MS
      ? ok(value)
      : bad({ code: 'delay', min: HOVER_DELAY_MIN_MS, max: HOVER_DELAY_MAX_MS }),
  theme: oneOf(THEMES),
  textSize: oneOf(TEXT_SIZES),
  units: oneOf(UNIT_SYSTEMS),
  showBadge: bool,
};

/** Every field of the stored shape, in a stable order (also the order of export files). */
export const STORED_KEYS = Object.keys(READERS) as (keyof StoredSettings)[];

export function readField<K extends keyof StoredSettings>(key: K, value: unknown): Read<StoredSettings[K]> {
  return READERS[key](value);
}

export function toStoredSettings(settings: Settings): StoredSettings {
  const { categories, ...rest } = settings;
  const shown = Array.isArray(categories) ? categories : CATEGORIES;
  return { ...rest, hiddenCategories: CATEGORIES.filter((c) => !shown.includes(c)) };
}

export function fromStoredSettings(stored: StoredSettings): Settings {
  const { hiddenCategories, ...rest } = stored;
  return { ...rest, categories: CATEGORIES.filter((c) => !hiddenCategories.includes(c)) };
}

export interface SanitizeResult {
  settings: Settings;
  /** One line per field that was replaced by its default. */
  problems: string[];
}

/** Reads a stored (current-version) record; unknown keys are ignored, bad ones fall back to defaults. */
export function sanitizeSettings(raw: unknown): SanitizeResult {
  const stored = toStoredSettings(structuredClone(DEFAULT_SETTINGS) as Settings);
  if (raw === undefined || raw === null) return { settings: fromStoredSettings(stored), problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: fromStoredSettings(stored), problems: ['stored settings are not an object; all defaults used'] };
  }
  const problems: string[] = [];
  const record = raw as Record<string, unknown>;
  const assign = <K extends keyof StoredSettings>(key: K) => {
    if (!Object.hasOwn(record, key)) return;
    const read = readField(key, record[key]);
    if (read.ok) {
      stored[key] = read.value;
      return;
    }
    const value = record[key];
    const salvager = SALVAGERS[key];
    if (salvager && Array.isArray(value)) {
      stored[key] = salvager.keep(value);
      problems.push(`${key} ${describeProblem(read.problem)}; ${salvager.note}`);
    } else {
      problems.push(`${key} ${describeProblem(read.problem)}; using the default`);
    }
  };
  STORED_KEYS.forEach(assign);
  return { settings: fromStoredSettings(stored), problems };
}

/**
 * Settings from a stored value (brought to the current shape first, whatever its marker says),
 * with one warning for what had to be repaired: a warning, never a throw, so the user keeps
 * working with defaults for the bad fields. Repairs happen only here, on reading; writes are
 * checked by storedForWrite and refused when invalid, so nothing stored is lost to a repair.
 */
export function repairedSettings(raw: unknown): Settings {
  const { settings, problems } = sanitizeSettings(migrateByShape(raw));
  if (problems.length) console.warn(`Health Notes: stored settings were repaired: ${problems.join('; ')}`);
  return settings;
}

export type WriteCheck = { ok: true; stored: StoredSettings } | { ok: false; problems: string[] };

/** The stored form of settings about to be written, or every reason they are invalid (never repaired). */
export function storedForWrite(settings: Settings): WriteCheck {
  const problems: string[] = [];
  const categories = readCategories(settings.categories);
  if (!categories.ok) problems.push(`categories ${describeProblem(categories.problem)}`);
  const stored = toStoredSettings(settings);
  const assign = <K extends keyof StoredSettings>(key: K) => {
    const read = readField(key, stored[key]);
    if (read.ok) stored[key] = read.value;
    else problems.push(`${key} ${describeProblem(read.problem)}`);
  };
  STORED_KEYS.forEach(assign);
  return problems.length ? { ok: false, problems } : { ok: true, stored };
}
