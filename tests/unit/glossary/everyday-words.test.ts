/**
 * The everyday words of the seed articles (issue 15) resolve to entries, both where the page
 * scan finds them in running text (the compiled matcher the build ships) and where a selected
 * or typed word is looked up (the context menu and the search box).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { compileMatcher, matcherFrom } from '../../../utils/matcher/matcher';
import { createSurfaceLookup } from '../../../utils/search/surface-lookup';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
// The same path the build takes: index, compile, then the page side builds a Matcher from the JSON.
const matcher = matcherFrom(JSON.parse(JSON.stringify(compileMatcher(buildTermIndex(entries)))));
const lookup = createSurfaceLookup(entries);

const found = (text: string) => matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId]);

const everydayWords: [word: string, id: string][] = [
  ['twitching', 'muscle-twitching'],
  ['twitches', 'muscle-twitching'],
  ['low potassium', 'hypokalemia'],
  ['numbness', 'numbness'],
  ['headache', 'headache'],
  ['headaches', 'headache'],
  ['caffeine', 'caffeine'],
  ['flushing', 'skin-flushing'],
  ['confusion', 'confusion'],
  ['sleep problems', 'sleep-problems'],
  ['poor sleep', 'sleep-problems'],
  ['trouble sleeping', 'sleep-problems'],
  ['meningitis', 'meningitis'],
  ['encephalitis', 'encephalitis'],
  ['drug or alcohol withdrawal', 'drug-withdrawal'],
  ['drug withdrawal', 'drug-withdrawal'],
  ['substance withdrawal', 'drug-withdrawal'],
  ['alcohol withdrawal', 'alcohol-withdrawal'],
];

describe('everyday words from the seed articles', () => {
  test('the glossary has at least 160 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(160);
  });

  test.each(everydayWords)('a selected "%s" is the entry %s', (word, id) => {
    expect(lookup(word)).toBe(id);
    expect(lookup(word.toUpperCase())).toBe(id);
  });

  test.each(everydayWords)('"%s" in running text is highlighted as %s', (word, id) => {
    const text = `Some readers notice ${word}, and then ask why.`;
    expect(found(text)).toEqual([[word, id]]);
  });

  test('a capitalised word at the start of a sentence still matches', () => {
    expect(found('Headaches and Twitching came back.')).toEqual([
      ['Headaches', 'headache'],
      ['Twitching', 'muscle-twitching'],
    ]);
  });

  test('longer, more specific forms keep their own entries', () => {
    expect(found('eyelid twitching, muscle twitching and twitching')).toEqual([
      ['eyelid twitching', 'eyelid-twitch'],
      ['muscle twitching', 'muscle-twitching'],
      ['twitching', 'muscle-twitching'],
    ]);
    expect(found('numbness or tingling, numbness and tingling, then numbness')).toEqual([
      ['numbness or tingling', 'paresthesia'],
      ['numbness and tingling', 'paresthesia'],
      ['numbness', 'numbness'],
    ]);
    expect(found('low potassium levels and low potassium')).toEqual([
      ['low potassium levels', 'hypokalemia'],
      ['low potassium', 'hypokalemia'],
    ]);
    expect(found('facial flushing or flushing')).toEqual([
      ['facial flushing', 'skin-flushing'],
      ['flushing', 'skin-flushing'],
    ]);
    expect(found('sudden confusion, not just confusion')).toEqual([
      ['sudden confusion', 'delirium'],
      ['confusion', 'confusion'],
    ]);
  });

  test('the seed articles’ lists of symptoms and causes are each recognised', () => {
    expect(found('Signs include numbness or tingling, headaches, sleep disturbances, flushing and confusion.')).toEqual(
      [
        ['numbness or tingling', 'paresthesia'],
        ['headaches', 'headache'],
        ['sleep disturbances', 'sleep-problems'],
        ['flushing', 'skin-flushing'],
        ['confusion', 'confusion'],
      ],
    );
    expect(found('Infections such as meningitis or encephalitis, and substance withdrawal.')).toEqual([
      ['meningitis', 'meningitis'],
      ['encephalitis', 'encephalitis'],
      ['substance withdrawal', 'drug-withdrawal'],
    ]);
    expect(found('Too much caffeine, stress and poor sleep can bring on twitches.')).toEqual([
      ['caffeine', 'caffeine'],
      ['poor sleep', 'sleep-problems'],
      ['twitches', 'muscle-twitching'],
    ]);
  });
});
