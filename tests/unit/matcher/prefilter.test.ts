import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { createMatcher } from '../../../utils/matcher/matcher';
import { loadGlossary } from '../../../modules/glossary';
import { SHORT_TEXT } from '../../../utils/matcher/form-tables';
import { seededRandom } from '../support/seeded-random';

const ROOT = path.resolve(__dirname, '../../..');
const index = buildTermIndex(loadGlossary(ROOT).entries);
const matcher = createMatcher(index);
const surfaces = index.flatMap((e) => [e.title, ...e.aliases]);

/** True when every match the matcher accepts in `text` starts inside a prefilter span. */
function covered(text: string): boolean {
  const spans = matcher.prefilter.spans(text);
  return matcher
    .findAll(text)
    .every((m) => spans.some((_, i) => i % 2 === 0 && spans[i]! <= m.start && m.start < spans[i + 1]!));
}

describe('prefilter', () => {
  test('finds a span wherever the matcher finds a term, in every spelling variant', () => {
    const text =
      'Hypokalaemia, HYPOMAGNESEMIA and a positive Chvostek\u2019s sign; ALS, PPIs, Ca2+ and %DV; muscle\u00a0cramps.';
    expect(matcher.findAll(text).length).toBeGreaterThanOrEqual(8);
    expect(covered(text)).toBe(true);
  });

  test('is a superset in text where blocks were glued together without spaces', () => {
    // textContent joins blocks with no separator: "<li>tetany</li><li>cramps</li>" reads
    // "tetanycramps", where the matcher (rightly) finds nothing but the prefilter must.
    const spans = matcher.prefilter.spans('tetanycramps');
    expect(spans.length).toBeGreaterThanOrEqual(4);
    expect(matcher.findAll('tetanycramps')).toEqual([]);
  });

  test('short and long texts give the same spans', () => {
    const term = 'Signs of hypokalaemia and ALS.';
    const padding = ' '.repeat(SHORT_TEXT);
    expect(matcher.prefilter.spans(term)).toEqual([9, 21, 26, 29]);
    expect(matcher.prefilter.spans(term + padding)).toEqual([9, 21, 26, 29]);
    expect(matcher.prefilter.spans('404 not found')).toEqual([]);
  });

  test('abbreviations need their capitals: "also" is not a hit', () => {
    expect(matcher.prefilter.spans('also totals, arbitrary depth, happiness')).toEqual([]);
    expect(matcher.prefilter.spans('ALS')).toEqual([0, 3]);
  });

  test('never misses a match in random text built from every surface form', () => {
    const random = seededRandom(7);
    const glue = [' ', '', '-', "'", ', ', '\n', 'x', 'é', '(', '\u2019', ' the ', 'al'];
    for (let round = 0; round < 400; round++) {
      const parts: string[] = [];
      for (let k = 0; k < 12; k++) {
        const s = surfaces[Math.floor(random() * surfaces.length)]!;
        const cased = random() < 0.3 ? s.toUpperCase() : random() < 0.5 ? s.toLowerCase() : s;
        parts.push(cased, glue[Math.floor(random() * glue.length)]!);
      }
      // Every tenth text is long, so the tries run instead of the short-text check.
      const text =
        round % 10 === 0 ? `${'Filler words without any term. '.repeat(140)}${parts.join('')}` : parts.join('');
      if (!covered(text)) throw new Error(`prefilter missed a match in: ${JSON.stringify(text)}`);
    }
  });

  test('a text searched a stretch at a time gives the same spans as in one go, skipping stretches without any', () => {
    const random = seededRandom(23);
    const filler = 'Filler words without any term. ';
    for (let round = 0; round < 60; round++) {
      const parts: string[] = [];
      for (let k = 0; k < 30; k++) {
        parts.push(surfaces[Math.floor(random() * surfaces.length)]!);
        // Long gaps now and then: a step must pass over them, not stop in them.
        parts.push(random() < 0.2 ? filler.repeat(1 + Math.floor(random() * 60)) : ' and ');
      }
      const text = parts.join('');
      const whole = matcher.prefilter.spans(text);
      const chars = 1 + Math.floor(random() * 500);
      const search = matcher.prefilter.search(text);
      let steps = 1;
      while (search.step(chars)) steps++;
      expect(search.spans, `round ${round}, ${chars} characters a step`).toEqual(whole);
      expect(search.step(chars)).toBe(false);
      // At most one step per stretch holding a span start, plus the last.
      const stretches = new Set<number>();
      for (let i = 0; i < whole.length; i += 2) stretches.add(whole[i]!);
      expect(steps).toBeLessThanOrEqual(stretches.size + 1);
    }
  });
});
