/**
 * The glossary's closed vocabularies, free of zod so runtime code (content script, popup)
 * can import them without pulling the validator into a bundle.
 */
export const CATEGORIES = [
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
export type Category = (typeof CATEGORIES)[number];

/** Categories whose entries must tell readers when to get care. */
export const CARE_CATEGORIES: readonly Category[] = ['condition', 'sign', 'symptom'];

export const NUTRIENTS = ['magnesium', 'calcium', 'potassium'] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

export const LAB_UNITS = ['mg/dL', 'mmol/L', 'mEq/L'] as const;
export type LabUnit = (typeof LAB_UNITS)[number];
