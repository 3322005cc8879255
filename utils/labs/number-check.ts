/**
 * "Check a number from your report": reading what a reader typed and placing it against the
 * typical range. Pure, so every boundary is unit-tested; the value is never stored or sent.
 *
 * The range is compared as it is SHOWN (rounded like every lab value on screen), so a reader who
 * types the low end printed on the page is told "within", in every unit.
 *
 * "Far outside" is a conservative rule (ADR 0024): more than half the range's width past either
 * end. It fires before every level where the glossary's sources say symptoms usually start
 * (for example magnesium 1.2 mg/dL, potassium 2.5 and 6.5 mmol/L, calcium 14 mg/dL).
 */
import type { LabUnit, Nutrient } from '../glossary/categories';
import type { LabRange } from '../glossary/schema';
import { convertLabValue, roundLabValue } from '../units/lab-units';

export type InputProblem = 'empty' | 'notANumber' | 'negative' | 'tooLarge';
export type Verdict = 'below' | 'within' | 'above';

export interface Bounds {
  low: number;
  high: number;
  unit: LabUnit;
}

export type NumberCheck =
  | { kind: 'problem'; problem: InputProblem }
  | { kind: 'result'; value: number; unit: LabUnit; verdict: Verdict; far: boolean };

/** A value above this many times the range's high end is a typo or the wrong unit, not a result. */
export const CEILING_FACTOR = 10;

const NUMBER = /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/u;

/** The range in `unit`, rounded as the page shows it. */
export function boundsIn(range: LabRange, nutrient: Nutrient, unit: LabUnit): Bounds {
  const at = (v: number) => roundLabValue(convertLabValue(v, range.unit, unit, nutrient), unit);
  return { low: at(range.low), high: at(range.high), unit };
}

/** Digits with one dot or comma for decimals ("1.8", "1,8", ".9"); spaces around are fine. */
export function parseLabInput(
  text: string,
  bounds: Bounds,
): { ok: true; value: number } | { ok: false; problem: InputProblem } {
  const trimmed = text.trim().replace(/\s+/gu, '');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (/^[-−–]/u.test(trimmed) && NUMBER.test(trimmed.slice(1))) return { ok: false, problem: 'negative' };
  if (!NUMBER.test(trimmed)) return { ok: false, problem: 'notANumber' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (value > bounds.high * CEILING_FACTOR) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

const tidy = (n: number) => Number(n.toFixed(6));

/** Where `value` falls; the range's ends count as within. */
export function judge(value: number, bounds: Bounds): { verdict: Verdict; far: boolean } {
  const margin = (bounds.high - bounds.low) / 2;
  if (value < bounds.low) return { verdict: 'below', far: value < tidy(bounds.low - margin) };
  if (value > bounds.high) return { verdict: 'above', far: value > tidy(bounds.high + margin) };
  return { verdict: 'within', far: false };
}

export function checkLabInput(text: string, range: LabRange, nutrient: Nutrient, unit: LabUnit): NumberCheck {
  const bounds = boundsIn(range, nutrient, unit);
  const parsed = parseLabInput(text, bounds);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  return { kind: 'result', value: parsed.value, unit, ...judge(parsed.value, bounds) };
}

/**
 * The number line's scale: one range width of "low" below the range (not below zero) and one of
 * "high" above it. `at` is where a value sits, 0 to 1; values past an end are pinned to it.
 */
export function lineScale(bounds: Bounds): { min: number; max: number; at: (value: number) => number } {
  const width = bounds.high - bounds.low;
  const min = Math.max(0, bounds.low - width);
  const max = bounds.high + width;
  return { min, max, at: (value) => Math.min(1, Math.max(0, (value - min) / (max - min))) };
}
