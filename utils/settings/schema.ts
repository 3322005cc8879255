/**
 * User settings: one typed object, validated field by field so one corrupt value never
 * costs the user the rest of their choices. No health data lives here (it may sync).
 *
 * Two shapes: `Settings` is what every caller reads and writes; `StoredSettings` is what is
 * kept in storage and in export files. They differ in one field: storage keeps the categories
 * the user switched OFF, so a category added by a later glossary is shown to everyone instead
 * of being hidden for anyone who ever saved their settings (the v1 flaw migrations.ts fixes).
 */
import { CATEGORIES, type Category } from '../glossary/categories';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'wrap'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const UNIT_SYSTEMS = ['us', 'si'] as const;
/**
 * How often a term is drawn (ADR 22): its first occurrence in each section of a page (the
 * default), every occurrence, or only the first on the page. Every occurrence is counted.
 */
export const DENSITIES = ['section', 'every', 'page'] as const;
export type Density = (typeof DENSITIES)[number];
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
export const HOVER_DELAY_STEP_MS = 50;
export const MAX_DISABLED_SITES = 500;
/**
 * storage.sync rejects any item over 8192 bytes (key + JSON). The other fields take about
 * 300 bytes, so the site list gets the rest with a margin.
 */
export const MAX_DISABLED_SITES_BYTES = 7000;

/** Card text size in CSS px for each choice (px on purpose: page `rem` must not leak in). */
export const TEXT_SIZE_PX: Readonly<Record<TextSize, number>> = Object.freeze({ small: 13, medium: 14, large: 16 });

export interface Settings {
  enabled: boolean;
  /** Host patterns where highlighting is off: `example.com` or `*.example.com`. */
  disabledSites: string[];
  /** Categories whose terms are highlighted, in `CATEGORIES` order. */
  categories: Category[];
  highlightStyle: HighlightStyle;
  density: Density;
  hoverDelayMs: number;
  theme: Theme;
  textSize: TextSize;
  /** US: mg/dL; SI: mmol/L. */
  units: UnitSystem;
  showBadge: boolean;
}

/** The stored form (settings version 3): `categories` is kept as its complement. */
export type StoredSettings = Omit<Settings, 'categories'> & {
  /** Categories the user switched off. */
  hiddenCategories: Category[];
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  categories: [...CATEGORIES],
  highlightStyle: 'underline',
  density: 'section',
  hoverDelayMs: 300,
  theme: 'auto',
  textSize: 'medium',
  units: 'us',
  showBadge: true,
});

/** Version of the StoredSettings shape; bump it only together with a migration in migrations.ts. */
export const SETTINGS_VERSION = 3;
