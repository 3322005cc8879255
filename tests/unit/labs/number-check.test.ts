import { describe, expect, test } from 'vitest';
import type { LabUnit, Nutrient } from '../../../utils/glossary/categories';
import type { LabRange } from '../../../utils/glossary/schema';
import { boundsIn, checkLabInput, judge, lineScale, parseLabInput } from '../../../utils/labs/number-check';

// The ranges of the glossary's lab entries (data/terms/*.json).
const magnesium: LabRange = { measure: 'serum magnesium', low: 1.8, high: 2.3, unit: 'mg/dL', basis: 'NIH ODS' };
const potassium: LabRange = { measure: 'serum potassium', low: 3.5, high: 5.0, unit: 'mmol/L', basis: 'StatPearls' };
const calcium: LabRange = { measure: 'total serum calcium', low: 8.5, high: 10.5, unit: 'mg/dL', basis: 'StatPearls' };
const ionized: LabRange = { measure: 'ionized calcium', low: 4.65, high: 5.25, unit: 'mg/dL', basis: 'StatPearls' };

/** Each range in every unit the entries offer, with the ends the page shows and the smallest step it shows. */
const cases: [string, LabRange, Nutrient, LabUnit, number, number, number][] = [
  ['magnesium', magnesium, 'magnesium', 'mg/dL', 1.8, 2.3, 0.01],
  ['magnesium', magnesium, 'magnesium', 'mmol/L', 0.74, 0.95, 0.01],
  ['magnesium', magnesium, 'magnesium', 'mEq/L', 1.48, 1.89, 0.01],
  ['potassium', potassium, 'potassium', 'mmol/L', 3.5, 5, 0.01],
  ['potassium', potassium, 'potassium', 'mEq/L', 3.5, 5, 0.01],
  ['potassium', potassium, 'potassium', 'mg/dL', 13.7, 19.5, 0.1],
  ['calcium', calcium, 'calcium', 'mg/dL', 8.5, 10.5, 0.01],
  ['calcium', calcium, 'calcium', 'mmol/L', 2.12, 2.62, 0.01],
  ['calcium', calcium, 'calcium', 'mEq/L', 4.24, 5.24, 0.01],
  ['ionized calcium', ionized, 'calcium', 'mg/dL', 4.65, 5.25, 0.01],
  ['ionized calcium', ionized, 'calcium', 'mmol/L', 1.16, 1.31, 0.01],
  ['ionized calcium', ionized, 'calcium', 'mEq/L', 2.32, 2.62, 0.01],
];

const fmt = (n: number) => String(Number(n.toFixed(4)));

describe.each(cases)('%s in %s', (_name, range, nutrient, unit, low, high, step) => {
  test(`compares with the range shown (${low}–${high} ${unit})`, () => {
    expect(boundsIn(range, nutrient, unit)).toEqual({ low, high, unit });
  });

  test.each([
    ['just below the low end', low - step, 'below'],
    ['at the low end', low, 'within'],
    ['just inside the low end', low + step, 'within'],
    ['just inside the high end', high - step, 'within'],
    ['at the high end', high, 'within'],
    ['just above the high end', high + step, 'above'],
  ] as const)('%s', (_where, value, verdict) => {
    // Typed as a reader would, with a dot and with a comma.
    for (const text of [fmt(value), fmt(value).replace('.', ',')]) {
      const check = checkLabInput(text, range, nutrient, unit);
      expect(check, text).toMatchObject({ kind: 'result', verdict, far: false, unit });
    }
  });

  test('far outside starts past half the range width beyond either end', () => {
    const margin = (high - low) / 2;
    expect(checkLabInput(fmt(low - margin), range, nutrient, unit)).toMatchObject({ verdict: 'below', far: false });
    expect(checkLabInput(fmt(low - margin - step), range, nutrient, unit)).toMatchObject({
      verdict: 'below',
      far: true,
    });
    expect(checkLabInput(fmt(high + margin), range, nutrient, unit)).toMatchObject({ verdict: 'above', far: false });
    expect(checkLabInput(fmt(high + margin + step), range, nutrient, unit)).toMatchObject({
      verdict: 'above',
      far: true,
    });
    // Zero cannot be a living person's level: far below, never "bad input".
    expect(checkLabInput('0', range, nutrient, unit)).toMatchObject({ verdict: 'below', far: true });
  });

  test('absurdly large values are refused, ten times the high end is not', () => {
    expect(checkLabInput(fmt(high * 10), range, nutrient, unit)).toMatchObject({ kind: 'result', far: true });
    expect(checkLabInput(fmt(high * 10 + step), range, nutrient, unit)).toEqual({
      kind: 'problem',
      problem: 'tooLarge',
    });
  });
});

describe('the sourced levels where symptoms usually start are all "far"', () => {
  // health-facts.md §3.9: Mg symptoms below 1.2 mg/dL (0.5 mmol/L); K severe below 2.5 and
  // symptoms at 6.5 mmol/L; total Ca above 14 mg/dL usually gives symptoms.
  test.each([
    [magnesium, 'magnesium', 'mg/dL', '1.19'],
    [magnesium, 'magnesium', 'mmol/L', '0.49'],
    [potassium, 'potassium', 'mmol/L', '2.49'],
    [potassium, 'potassium', 'mmol/L', '6.5'],
    [calcium, 'calcium', 'mg/dL', '14.1'],
  ] as const)('%#', (range, nutrient, unit, text) => {
    expect(checkLabInput(text, range, nutrient, unit)).toMatchObject({ kind: 'result', far: true });
  });
});

describe('bad input gets a problem, never a verdict', () => {
  const bounds = boundsIn(magnesium, 'magnesium', 'mg/dL');
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notANumber'],
    ['1.8mg', 'notANumber'],
    ['1..8', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['1,234.5', 'notANumber'],
    ['1e3', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['0x10', 'notANumber'],
    ['-1.8', 'negative'],
    ['−2', 'negative'],
    ['- 0,5', 'negative'],
    ['23.1', 'tooLarge'],
    ['99999999999', 'tooLarge'],
  ])('%j: %s', (text, problem) => {
    expect(parseLabInput(text, bounds)).toEqual({ ok: false, problem });
  });

  test.each([
    [' 1.9 ', 1.9],
    ['1,9', 1.9],
    ['.9', 0.9],
    [',9', 0.9],
    ['2.', 2],
    ['0', 0],
  ])('%j reads as %d', (text, value) => {
    expect(parseLabInput(text, bounds)).toEqual({ ok: true, value });
  });
});

test('the line puts one range width of low and of high around the range, never below zero', () => {
  const scale = lineScale({ low: 1.8, high: 2.3, unit: 'mg/dL' });
  expect(scale.min).toBeCloseTo(1.3);
  expect(scale.max).toBeCloseTo(2.8);
  expect(scale.at(1.8)).toBeCloseTo(1 / 3);
  expect(scale.at(2.3)).toBeCloseTo(2 / 3);
  expect(scale.at(0)).toBe(0);
  expect(scale.at(50)).toBe(1);
  expect(lineScale({ low: 1, high: 5, unit: 'mg/dL' }).min).toBe(0);
  expect(judge(1.8, { low: 1.8, high: 2.3, unit: 'mg/dL' })).toEqual({ verdict: 'within', far: false });
});
