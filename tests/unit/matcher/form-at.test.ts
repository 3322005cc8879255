import { describe, expect, test } from 'vitest';
import { foldCode, formEndAt, normalizedPiece } from '../../../utils/matcher/form-at';

describe('formEndAt', () => {
  test('a space in the form is a run of whitespace; apostrophes and dashes take their variants', () => {
    const text = 'see Chvostek\u2019s \n\tsign\u2014here';
    expect(formEndAt(text, 4, "chvostek's sign", false)).toBe(text.indexOf('\u2014'));
    expect(formEndAt('low-calcium', 0, 'low-calcium', false)).toBe(11);
    expect(formEndAt('low\u2212calcium', 0, 'low-calcium', false)).toBe(11);
    expect(formEndAt('chvosteks sign', 0, "chvostek's sign", false)).toBe(-1);
    expect(formEndAt('lowcalcium', 0, 'low calcium', false)).toBe(-1);
    expect(formEndAt('tetan', 0, 'tetany', false)).toBe(-1);
  });

  test('letters compare as a case-insensitive RegExp compares them, unless the form is an abbreviation', () => {
    expect(formEndAt('TETANY', 0, 'tetany', false)).toBe(6);
    expect(formEndAt('als', 0, 'ALS', true)).toBe(-1);
    expect(formEndAt('ALS', 0, 'ALS', true)).toBe(3);
    // Like /k/i, the Kelvin sign is not a k, and the long s is not an s (non-Unicode folding).
    expect(formEndAt('\u212Aalium', 0, 'kalium', false)).toBe(-1);
    expect(/k/i.test('\u212A')).toBe(false);
    expect(formEndAt('\u017Fpasm', 0, 'spasm', false)).toBe(-1);
    expect(formEndAt('CAF\u00C9', 0, 'caf\u00E9', false)).toBe(4);
  });
});

test('foldCode is ECMAScript Canonicalize for a non-Unicode case-insensitive RegExp', () => {
  for (let code = 0; code < 0x3000; code++) {
    const ch = String.fromCharCode(code);
    for (const other of ['a', 'K', '\u00E9', '\u03C3', '\u0130', 'i']) {
      const regexSays = new RegExp(`^${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(ch);
      expect(foldCode(code) === foldCode(other.charCodeAt(0)), `${ch} vs ${other}`).toBe(regexSays);
    }
  }
});

test('normalizedPiece spells a matched piece as the forms are spelled', () => {
  expect(normalizedPiece('Chvostek\u2019s \n sign', false)).toBe("chvostek's sign");
  expect(normalizedPiece('Mg\u2013ATP', true)).toBe('Mg-ATP');
  expect(normalizedPiece('low  ', false)).toBe('low ');
  // Every space `\s` knows counts, so a short text's first letters are read like the forms'.
  const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));
  for (const space of spaces)
    expect(normalizedPiece(`a${space}${space}b`, false), space.charCodeAt(0).toString(16)).toBe('a b');
  expect(normalizedPiece('a\u200Bb', false)).toBe('a\u200Bb');
});
