import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { createGlossarySearch, processSearchTerm } from '../../../utils/search/glossary-search';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
const search = createGlossarySearch(entries);
const ids = (query: string) => search.search(query).map((h) => h.id);

describe('glossary search', () => {
  test('a title typed in full comes first', () => {
    expect(ids('Hypomagnesemia')[0]).toBe('hypomagnesemia');
  });

  test.each([
    ['hypomagnesimia', 'hypomagnesemia'],
    ['hypokalemai', 'hypokalemia'],
    ['tetanny', 'tetany'],
    ['chvostek', 'chvosteks-sign'],
  ])('tolerates the typo or fragment "%s"', (query, id) => {
    expect(ids(query).slice(0, 3)).toContain(id);
  });

  test('finds an entry by its alias', () => {
    expect(ids('low magnesium')[0]).toBe('hypomagnesemia');
    expect(ids('magnesium deficiency')[0]).toBe('hypomagnesemia');
  });

  test('matches prefixes while typing', () => {
    expect(ids('hypomag')).toContain('hypomagnesemia');
    expect(ids('hypomag')).not.toContain('hypokalemia');
  });

  test('searches summaries, ranked below title matches', () => {
    const cramps = ids('cramps');
    expect(cramps[0]).toBe('muscle-cramps');
    const summaryOnly = entries.find(
      (e) => /\bcramps\b/iu.test(e.summary) && !/cramp/iu.test(e.title + e.aliases.join()),
    );
    expect(summaryOnly, 'an entry that mentions cramps only in its summary').toBeDefined();
    expect(cramps).toContain(summaryOnly!.id);
  });

  test('every word must match when some entry matches them all', () => {
    const hits = ids('magnesium supplements');
    expect(hits[0]).toBe('magnesium-supplements');
    expect(hits).not.toContain('hypokalemia');
  });

  test('falls back to any word when no entry has them all', () => {
    expect(ids('tetany zzzzqqq')).toContain('tetany');
  });

  test('blank queries and gibberish return nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('qqqqxxxx')).toEqual([]);
  });

  test('honours the limit and never returns an entry twice', () => {
    const hits = ids('magnesium');
    expect(hits.length).toBeLessThanOrEqual(30);
    expect(new Set(hits).size).toBe(hits.length);
    expect(search.search('magnesium', 5)).toHaveLength(5);
  });

  test('lists every entry A to Z for browsing', () => {
    expect(search.all).toHaveLength(entries.length);
    const titles = search.all.map((h) => h.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});

describe('processSearchTerm', () => {
  test('folds case and accents and drops single letters', () => {
    expect(processSearchTerm('Trousseau’s')).toBe('trousseau’s');
    expect(processSearchTerm('Ménière')).toBe('meniere');
    expect(processSearchTerm('s')).toBeNull();
    expect(processSearchTerm('2')).toBe('2');
  });
});
