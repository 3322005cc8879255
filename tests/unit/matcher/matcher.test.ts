import { describe, expect, test } from 'vitest';
import type { TermIndexEntry } from '../../../utils/glossary/schema';
import { compileMatcher, createMatcher, matcherOfTerms } from '../../../utils/matcher/matcher';

const index: TermIndexEntry[] = [
  { id: 'tetany', title: 'Tetany', aliases: ['tetanic spasms', 'latent tetany'], category: 'sign' },
  {
    id: 'hypokalemia',
    title: 'Hypokalemia',
    aliases: ['hypokalaemia', 'hypokalemic', 'low potassium'],
    category: 'condition',
  },
  {
    id: 'chvosteks-sign',
    title: "Chvostek's sign",
    aliases: ['Chvostek sign', 'Chvostek-Weiss sign'],
    category: 'sign',
  },
  { id: 'trousseaus-sign', title: "Trousseau's sign", aliases: ['Trousseau sign'], category: 'sign' },
  {
    id: 'muscle-twitching',
    title: 'Muscle twitching',
    aliases: ['fasciculation', 'fasciculations', 'twitching'],
    category: 'symptom',
  },
  { id: 'muscle-spasms', title: 'Muscle spasms', aliases: ['spasm', 'spasms', 'muscle spasm'], category: 'symptom' },
  { id: 'als', title: 'ALS', aliases: ['amyotrophic lateral sclerosis'], category: 'condition' },
  { id: 'ppi', title: 'Proton pump inhibitors', aliases: ['PPIs', 'PPI'], category: 'medication' },
  { id: 'paresthesia', title: 'Paresthesia', aliases: ['pins and needles'], category: 'symptom' },
];
const matcher = createMatcher(index);
const found = (text: string) => matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('createMatcher', () => {
  test('finds every term in one pass, with offsets into the original text', () => {
    const text = 'Tetany and hypokalemia. Then tetany again.';
    expect(matcher.findAll(text)).toEqual([
      { start: 0, end: 6, termId: 'tetany' },
      { start: 11, end: 22, termId: 'hypokalemia' },
      { start: 29, end: 35, termId: 'tetany' },
    ]);
  });

  test('is case-insensitive for words and matches US/UK and adjective forms', () => {
    expect(found('HYPOKALAEMIA, a Hypokalemic state')).toEqual([
      ['HYPOKALAEMIA', 'hypokalemia'],
      ['Hypokalemic', 'hypokalemia'],
    ]);
  });

  test('prefers the longest form', () => {
    expect(found('latent tetany and muscle spasms and a spasm')).toEqual([
      ['latent tetany', 'tetany'],
      ['muscle spasms', 'muscle-spasms'],
      ['spasm', 'muscle-spasms'],
    ]);
  });

  test('falls back to a shorter form when the longer one would end inside a word', () => {
    expect(found('tetanic spasmsx tetany')).toEqual([['tetany', 'tetany']]);
  });

  test('accepts straight and curly apostrophes, and any dash or run of spaces', () => {
    expect(found("Chvostek’s sign, Chvostek's  sign, Chvostek–Weiss sign, pins\nand needles")).toEqual([
      ['Chvostek’s sign', 'chvosteks-sign'],
      ["Chvostek's  sign", 'chvosteks-sign'],
      ['Chvostek–Weiss sign', 'chvosteks-sign'],
      ['pins\nand needles', 'paresthesia'],
    ]);
  });

  test('never matches inside a longer word (look-alikes)', () => {
    expect(found('tetanus, tetanic, fasciculus, fascicular, blepharospasm, spasmodic')).toEqual([]);
  });

  test('does not read a hyphenated compound as the term (Paris-Trousseau)', () => {
    expect(found('Paris-Trousseau sign syndrome')).toEqual([]);
    expect(found('a positive Trousseau sign')).toEqual([['Trousseau sign', 'trousseaus-sign']]);
  });

  test('uses Unicode word boundaries, not ASCII ones', () => {
    expect(found('étetany tetanyé çtetany')).toEqual([]);
    expect(found('«tetany» (tetany) —tetany')).toHaveLength(3);
  });

  test('matches abbreviations only with their capitals', () => {
    expect(found('ALS and als; PPIs, ppis, PPI')).toEqual([
      ['ALS', 'als'],
      ['PPIs', 'ppi'],
      ['PPI', 'ppi'],
    ]);
  });

  test('handles right-to-left and mixed scripts around terms', () => {
    expect(found('מילה tetany مرحبا hypokalemia')).toEqual([
      ['tetany', 'tetany'],
      ['hypokalemia', 'hypokalemia'],
    ]);
  });

  test('an empty index matches nothing', () => {
    expect(createMatcher([]).findAll('tetany')).toEqual([]);
  });

  test('a matcher for some terms only (hidden categories) finds those and nothing else', () => {
    const signsOnly = matcherOfTerms(
      compileMatcher(index),
      (id) => index.find((e) => e.id === id)?.category === 'sign',
    );
    const text = "Tetany, hypokalemia, Chvostek's sign, ALS, PPIs and latent tetany.";
    expect(signsOnly.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId])).toEqual([
      ['Tetany', 'tetany'],
      ["Chvostek's sign", 'chvosteks-sign'],
      ['latent tetany', 'tetany'],
    ]);
    expect(signsOnly.termCount).toBe(3);
    // Abbreviations keep their capitals in a subset too.
    const alsOnly = matcherOfTerms(compileMatcher(index), (id) => id === 'als');
    expect(alsOnly.findAll('als, ALS').map((m) => m.start)).toEqual([5]);
    expect(matcherOfTerms(compileMatcher(index), () => false).findAll(text)).toEqual([]);
  });
});
