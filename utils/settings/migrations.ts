/**
 * Migrations of the stored settings shape, run by the WXT storage item (store.ts) when it finds
 * an older version in storage, and by the importer for older export files. Each migration takes
 * the previous version's stored value exactly as that version wrote it (possibly corrupt) and
 * must never throw: anything it cannot interpret is passed on for the field-by-field sanitiser.
 *
 * History (only shapes that were really written):
 * - v1 (commit a373ebc): `categories` = the categories shown.
 * - v2: `hiddenCategories` = the categories switched off. v1 wrote the full list of then-known
 *   categories on every save, so any category added later would have been hidden for every
 *   user who had ever changed a setting.
 * - v3: `density` ('section' | 'every' | 'page') replaces `firstOccurrenceOnly` (ADR 22).
 */
import { SETTINGS_VERSION } from './schema';

export type Migration = (previous: unknown) => unknown;

/** The category list of settings v1, frozen: later glossary categories must not change its meaning. */
export const V1_CATEGORIES = [
  'condition',
  'sign',
  'symptom',
  'nutrient',
  'supplement',
  'medication',
  'test',
  'treatment',
  'body-process',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateV1toV2(previous: unknown): unknown {
  if (!isRecord(previous) || !('categories' in previous)) return previous;
  const { categories, ...rest } = previous;
  if (Array.isArray(categories) && categories.every((c) => (V1_CATEGORIES as readonly unknown[]).includes(c))) {
    return { ...rest, hiddenCategories: V1_CATEGORIES.filter((c) => !categories.includes(c)) };
  }
  // v1 read an invalid list as "all categories"; omitting the field means the same in v2.
  console.warn(`Health Notes: stored categories ${JSON.stringify(categories)} were invalid; showing all categories`);
  return rest;
}

/**
 * `firstOccurrenceOnly: true` (first on the page) becomes `density: 'page'`. `false` was the
 * default nearly everyone kept, so it becomes the new default, 'section'. Anything else is left
 * out, for the sanitiser's default; a `density` already there (written by a newer copy on
 * another device) wins.
 */
export function migrateV2toV3(previous: unknown): unknown {
  if (!isRecord(previous) || !('firstOccurrenceOnly' in previous)) return previous;
  const { firstOccurrenceOnly, ...rest } = previous;
  if ('density' in rest) return rest;
  if (typeof firstOccurrenceOnly !== 'boolean') {
    console.warn(
      `Health Notes: stored firstOccurrenceOnly ${JSON.stringify(firstOccurrenceOnly)} was invalid; using the default density`,
    );
    return rest;
  }
  return { ...rest, density: firstOccurrenceOnly ? 'page' : 'section' };
}

/**
 * Brings a value to the current shape by what it looks like, whatever its version marker says.
 * Run on every read: an older copy of the extension on another synced device writes its own
 * shape into the synced item but never touches the marker this version wrote beside it, so the
 * marker alone would leave, say, a v1 `categories` list unread and every category shown. Each
 * step must recognise its input by shape and leave any other value alone (idempotent).
 */
export function migrateByShape(value: unknown): unknown {
  return migrateV2toV3(migrateV1toV2(value));
}

/** Keyed by the version each migration produces (WXT's `migrations` option uses the same keys). */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({ 2: migrateV1toV2, 3: migrateV2toV3 });

/** Brings a stored value of `fromVersion` (1 ≤ fromVersion ≤ SETTINGS_VERSION) to the current shape. */
export function migrateToCurrent(value: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > SETTINGS_VERSION) {
    throw new RangeError(`no migration path from settings version ${fromVersion} to ${SETTINGS_VERSION}`);
  }
  let migrated = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`settings migration to version ${version} is missing`);
    migrated = migration(migrated);
  }
  return migrated;
}
