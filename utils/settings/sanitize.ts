/**
 * Turns whatever is stored (possibly written by an older version, another device or a
 * broken import) into valid Settings, field by field, reporting what it had to replace.
 */
import { CATEGORIES, type Category } from '../glossary/categories';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_DISABLED_SITES,
  TEXT_SIZES,
  THEMES,
  UNIT_SYSTEMS,
  type Settings,
} from './schema';
import { parseSitePattern } from './site-patterns';

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problem: string): Read<T> => ({ ok: false, problem });

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): Read<T> =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? ok(value as T)
      : bad(`must be one of ${allowed.join(', ')}`);

const bool = (value: unknown): Read<boolean> =>
  typeof value === 'boolean' ? ok(value) : bad('must be true or false');

const READERS: { [K in keyof Settings]: (value: unknown) => Read<Settings[K]> } = {
  enabled: bool,
  disabledSites: (value) => {
    if (!Array.isArray(value)) return bad('must be a list of sites');
    if (value.length > MAX_DISABLED_SITES) return bad(`has more than ${MAX_DISABLED_SITES} sites`);
    const sites: string[] = [];
    for (const item of value) {
      const check = typeof item === 'string' ? parseSitePattern(item) : null;
      if (!check?.ok) return bad(`has an invalid site: ${JSON.stringify(item)}`);
      if (!sites.includes(check.pattern)) sites.push(check.pattern);
    }
    return ok(sites);
  },
  categories: (value) => {
    if (!Array.isArray(value)) return bad('must be a list of categories');
    const unknown = value.filter((c) => !(CATEGORIES as readonly unknown[]).includes(c));
    if (unknown.length) return bad(`has unknown categories: ${unknown.map((c) => JSON.stringify(c)).join(', ')}`);
    return ok(CATEGORIES.filter((c) => value.includes(c)) as Category[]);
  },
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  firstOccurrenceOnly: bool,
  hoverDelayMs: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= HOVER_DELAY_MIN_MS && value <= HOVER_DELAY_MAX_MS
      ? ok(value)
      : bad(`must be a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`),
  theme: oneOf(THEMES),
  textSize: oneOf(TEXT_SIZES),
  units: oneOf(UNIT_SYSTEMS),
  showBadge: bool,
};

export const SETTINGS_KEYS = Object.keys(READERS) as (keyof Settings)[];

export interface SanitizeResult {
  settings: Settings;
  /** One line per field that was replaced by its default. */
  problems: string[];
}

export function readField<K extends keyof Settings>(key: K, value: unknown): Read<Settings[K]> {
  return READERS[key](value);
}

export function sanitizeSettings(raw: unknown): SanitizeResult {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (raw === undefined || raw === null) return { settings, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: ['stored settings are not an object; all defaults used'] };
  }
  const problems: string[] = [];
  const record = raw as Record<string, unknown>;
  const assign = <K extends keyof Settings>(key: K) => {
    if (!(key in record)) return;
    const read = readField(key, record[key]);
    if (read.ok) settings[key] = read.value;
    else problems.push(`${key} ${read.problem}; using the default`);
  };
  SETTINGS_KEYS.forEach(assign);
  return { settings, problems };
}
