/**
 * Converting serum levels between mg/dL, mmol/L and mEq/L. Atomic weights and valences are
 * from health-facts.md §3.10 (McGraw-Hill AccessPharmacy conversion table):
 * mmol/L = mg/dL × 10 ÷ atomic weight; mEq/L = mmol/L × valence.
 */
import type { LabUnit, Nutrient } from '../glossary/categories';
import { formatNumber } from '../i18n/format';

export const ION: Readonly<Record<Nutrient, { atomicWeight: number; valence: number }>> = {
  magnesium: { atomicWeight: 24.305, valence: 2 },
  calcium: { atomicWeight: 40.078, valence: 2 },
  potassium: { atomicWeight: 39.098, valence: 1 },
};

function toMmolPerL(value: number, unit: LabUnit, nutrient: Nutrient): number {
  const { atomicWeight, valence } = ION[nutrient];
  if (unit === 'mmol/L') return value;
  if (unit === 'mEq/L') return value / valence;
  return (value * 10) / atomicWeight;
}

export function convertLabValue(value: number, from: LabUnit, to: LabUnit, nutrient: Nutrient): number {
  const mmol = toMmolPerL(value, from, nutrient);
  const { atomicWeight, valence } = ION[nutrient];
  if (to === 'mmol/L') return mmol;
  if (to === 'mEq/L') return mmol * valence;
  return (mmol * atomicWeight) / 10;
}

/** Lab reports give these levels to 2 significant decimals at most. */
function labDecimals(value: number, unit: LabUnit): number {
  return unit === 'mg/dL' && value >= 10 ? 1 : 2;
}

/** The value as the page shows it (the number a reader compares theirs with). */
export function roundLabValue(value: number, unit: LabUnit): number {
  return Number(value.toFixed(labDecimals(value, unit)));
}

export function formatLabValue(value: number, unit: LabUnit): string {
  // Rounded (toFixed), then written with the UI language's decimal sign.
  return formatNumber(roundLabValue(value, unit), { maximumFractionDigits: labDecimals(value, unit) });
}

/** Label Daily Values (FDA 2016 rule, adults and children 4+), health-facts.md §3.7. */
export const DAILY_VALUE_MG: Readonly<Record<Nutrient, number>> = {
  magnesium: 420,
  calcium: 1300,
  potassium: 4700,
};

export function percentDailyValue(mg: number, nutrient: Nutrient): number {
  return Math.round((mg / DAILY_VALUE_MG[nutrient]) * 100);
}
