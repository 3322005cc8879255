import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { cleanSelection, createSurfaceLookup } from '../../../utils/search/surface-lookup';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
const lookup = createSurfaceLookup(entries);

describe('selection lookup', () => {
  test.each([
    ['hypomagnesemia', 'hypomagnesemia'],
    ['Hypomagnesemia', 'hypomagnesemia'],
    ['low magnesium', 'hypomagnesemia'],
    ['  “Chvostek’s sign,”  ', 'chvosteks-sign'],
    ['muscle\ncramps.', 'muscle-cramps'],
  ])('"%s" is the entry %s', (text, id) => {
    expect(lookup(text)).toBe(id);
  });

  test('text that is not a title or alias has no entry', () => {
    expect(lookup('magnesium levels in the blood')).toBeUndefined();
    expect(lookup('...')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
  });

  test('cleanSelection keeps inner punctuation', () => {
    expect(cleanSelection('(Chvostek-Weiss sign)')).toBe('Chvostek-Weiss sign');
    expect(cleanSelection("Trousseau's")).toBe("Trousseau's");
  });
});
