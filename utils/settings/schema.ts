/**
 * User settings: one typed object, validated field by field so one corrupt value never
 * costs the user the rest of their choices. No health data lives here (it may sync).
 */
import { CATEGORIES, type Category } from '../glossary/categories';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'wrap'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const UNIT_SYSTEMS = ['us', 'si'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
export const MAX_DISABLED_SITES = 500;

export interface Settings {
  enabled: boolean;
  /** Host patterns where highlighting is off: `example.com` or `*.example.com`. */
  disabledSites: string[];
  /** Categories whose terms are highlighted. */
  categories: Category[];
  highlightStyle: HighlightStyle;
  firstOccurrenceOnly: boolean;
  hoverDelayMs: number;
  theme: Theme;
  textSize: TextSize;
  /** US: mg/dL; SI: mmol/L. */
  units: UnitSystem;
  showBadge: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  categories: [...CATEGORIES],
  highlightStyle: 'underline',
  firstOccurrenceOnly: false,
  hoverDelayMs: 300,
  theme: 'auto',
  textSize: 'medium',
  units: 'us',
  showBadge: true,
});

export const SETTINGS_VERSION = 1;
