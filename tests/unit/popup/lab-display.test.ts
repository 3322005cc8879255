import { describe, expect, test } from 'vitest';
import { defaultLabUnit, labRangeIn } from '../../../components/entry/lab-display';
import type { LabRange } from '../../../utils/glossary/schema';
import { percentDailyValue } from '../../../utils/units/lab-units';

const magnesium: LabRange = { measure: 'serum magnesium', low: 1.8, high: 2.3, unit: 'mg/dL', basis: 'NIH ODS' };
const potassium: LabRange = { measure: 'serum potassium', low: 3.5, high: 5.0, unit: 'mmol/L', basis: 'MedlinePlus' };
const calcium: LabRange = { measure: 'total serum calcium', low: 8.5, high: 10.5, unit: 'mg/dL', basis: 'StatPearls' };

describe('lab range display', () => {
  test.each([
    [magnesium, 'magnesium', 'mg/dL', '1.8–2.3 mg/dL'],
    [magnesium, 'magnesium', 'mmol/L', '0.74–0.95 mmol/L'],
    [magnesium, 'magnesium', 'mEq/L', '1.48–1.89 mEq/L'],
    [potassium, 'potassium', 'mmol/L', '3.5–5 mmol/L'],
    [potassium, 'potassium', 'mEq/L', '3.5–5 mEq/L'],
    [potassium, 'potassium', 'mg/dL', '13.7–19.5 mg/dL'],
    [calcium, 'calcium', 'mmol/L', '2.12–2.62 mmol/L'],
    [calcium, 'calcium', 'mEq/L', '4.24–5.24 mEq/L'],
  ] as const)('%#: %s in %s', (range, nutrient, unit, text) => {
    expect(labRangeIn(range, nutrient, unit).text).toBe(text);
  });

  test('the default unit follows the units setting, potassium in mEq/L for US readers', () => {
    expect(defaultLabUnit('us', 'magnesium')).toBe('mg/dL');
    expect(defaultLabUnit('us', 'calcium')).toBe('mg/dL');
    expect(defaultLabUnit('us', 'potassium')).toBe('mEq/L');
    expect(defaultLabUnit('si', 'magnesium')).toBe('mmol/L');
    expect(defaultLabUnit('si', 'potassium')).toBe('mmol/L');
  });
});

describe('% Daily Value in the food table', () => {
  test.each([
    [156, 'magnesium', 37],
    [42, 'magnesium', 10],
    [299, 'calcium', 23],
    [422, 'potassium', 9],
    [1, 'potassium', 0],
  ] as const)('%i mg of %s is %i%%', (mg, nutrient, percent) => {
    expect(percentDailyValue(mg, nutrient)).toBe(percent);
  });
});
