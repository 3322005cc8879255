import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
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

  describe('a huge selection (a page selected whole, a run of blank lines)', () => {
    const HUGE = `a${' \n'.repeat(500_000)}b`;

    test('no regular expression sees more than a short start of it', () => {
      const longest: number[] = [];
      const replace = String.prototype.replace;
      // Records what reaches the regular expressions, and does not run them on more than that.
      vi.spyOn(String.prototype, 'replace').mockImplementation(function (this: string, ...args: unknown[]) {
        longest.push(this.length);
        return this.length > 10_000 ? this : (replace as (...a: unknown[]) => string).apply(this, args);
      });
      expect(lookup(HUGE)).toBeUndefined();
      cleanSelection(HUGE);
      expect(Math.max(...longest)).toBeLessThanOrEqual(200);
    });

    test('is handled in well under a frame', () => {
      const start = performance.now();
      lookup(HUGE);
      lookup(`${' '.repeat(1_000_000)}tetany${' '.repeat(1_000_000)}`);
      cleanSelection(HUGE);
      expect(performance.now() - start).toBeLessThan(50);
    });

    test('a term after leading blank space is still found', () => {
      expect(lookup(`${'\n'.repeat(1_000_000)}tetany.`)).toBe('tetany');
    });
  });
});
