/**
 * What the lab-range block shows, kept apart from the markup so the numbers are unit-tested.
 */
import type { LabUnit, Nutrient } from '../../utils/glossary/categories';
import type { LabRange } from '../../utils/glossary/schema';
import type { UnitSystem } from '../../utils/settings/schema';
import { convertLabValue, formatLabValue } from '../../utils/units/lab-units';

/**
 * The unit a reader most likely sees on their own report. US labs give magnesium and calcium in
 * mg/dL but potassium in mEq/L (numerically the same as mmol/L); nobody reports potassium in mg/dL.
 */
export function defaultLabUnit(system: UnitSystem, nutrient: Nutrient): LabUnit {
  if (system === 'si') return 'mmol/L';
  return nutrient === 'potassium' ? 'mEq/L' : 'mg/dL';
}

export interface DisplayedRange {
  low: string;
  high: string;
  unit: LabUnit;
  /** "1.8–2.3 mg/dL" */
  text: string;
}

export function labRangeIn(range: LabRange, nutrient: Nutrient, unit: LabUnit): DisplayedRange {
  const low = formatLabValue(convertLabValue(range.low, range.unit, unit, nutrient), unit);
  const high = formatLabValue(convertLabValue(range.high, range.unit, unit, nutrient), unit);
  return { low, high, unit, text: `${low}–${high} ${unit}` };
}
