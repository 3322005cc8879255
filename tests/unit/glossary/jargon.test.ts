import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import type { Category } from '../../../utils/glossary/categories';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { actionAndQuestionTexts } from '../support/readability/entry-texts';
import { findJargon, type JargonRules } from '../support/readability/jargon';
import { EXPLAINED_IN_ACTIONS_AND_QUESTIONS, EXPLAINED_IN_SUMMARY } from './jargon-explanations';

const root = path.resolve(__dirname, '../../..');

/**
 * The kinds of entry whose names are medical vocabulary. Symptoms are left out: most are the
 * words patients already use (cramps, tingling, nausea); nutrients and supplements are the
 * extension's subject and are named in nearly every summary.
 */
const TECHNICAL_CATEGORIES: readonly Category[] = ['condition', 'sign', 'test', 'medication', 'body-process'];

/**
 * Technical words summaries have used that are not a title or alias in those categories. One
 * that later becomes an entry's title is then found as that entry (its first owner wins); an
 * explanation listed under the word still applies when the entry id is the same word.
 */
const EXTRA_TECHNICAL = ['RDA', 'QT interval', 'insulin', 'oxide form', 'albumin', 'serum', 'dementia'];

/**
 * Everyday words: a term written only with these needs no explanation ("low calcium",
 * "water pills", "kidney stones", "too much magnesium"). Keep the list short: a word belongs
 * here only if a reader of the seed articles already uses it in this sense. The three minerals
 * and sodium are the extension's subject, explained on their own cards; the symptom words are
 * the ones the seed articles use for what people feel.
 */
const EVERYDAY_WORDS = new Set([
  // small words inside terms
  ...['a', 'and', 'in', 'of', 'or', 'the', 'too', 'much', 'low', 'high'],
  // the body and the minerals
  ...['blood', 'heart', 'kidney', 'hand', 'foot', 'muscle', 'calcium', 'magnesium', 'potassium', 'sodium'],
  // everyday health words
  ...['disease', 'stones', 'pressure', 'rhythm', 'problem', 'problems', 'level', 'levels', 'test'],
  ...['water', 'pills', 'overdose', 'spasms', 'cramp', 'cramps', 'fever', 'diarrhea', 'vomiting'],
  ...['twitching', 'twitches', 'numbness', 'headache', 'headaches', 'caffeine', 'flushing', 'confusion'],
  ...['sleep', 'drug', 'alcohol', 'withdrawal'],
]);

const { entries } = loadGlossary(root);

function rules(explanations: JargonRules['explanations'] = EXPLAINED_IN_SUMMARY): JargonRules {
  return {
    terms: buildTermIndex(entries.filter((e) => TECHNICAL_CATEGORIES.includes(e.category))),
    extraTerms: EXTRA_TECHNICAL,
    everydayWords: EVERYDAY_WORDS,
    explanations,
  };
}

describe('jargon in summaries', () => {
  const summaries = entries.map((e) => ({ id: e.id, summary: e.summary, forms: [e.title, ...e.aliases] }));
  const report = findJargon(summaries, rules());

  test('every technical term a summary uses is explained in that summary', () => {
    expect(report.unexplained.map((u) => `${u.entryId}: "${u.form}" (${u.term})`)).toEqual([]);
  });

  test('every reviewed explanation still matches its summary', () => {
    expect(report.stale).toEqual([]);
  });
});

describe('jargon in actions and questions', () => {
  // Each text stands alone on the card, so each must explain its own terms; an action may name
  // the entry it links to, whose card explains it.
  const texts = actionAndQuestionTexts(entries).map((t) => ({ id: t.id, summary: t.text, forms: t.forms }));
  const report = findJargon(texts, rules(EXPLAINED_IN_ACTIONS_AND_QUESTIONS));

  test('every technical term an action or question uses is explained in it', () => {
    expect(report.unexplained.map((u) => `${u.entryId}: "${u.form}" (${u.term})`)).toEqual([]);
  });

  test('every reviewed explanation still matches its text', () => {
    expect(report.stale).toEqual([]);
  });

  test('an action that names another entry’s technical term without linking to it is flagged', () => {
    const probe = findJargon(
      [{ id: 'cramps.actions[0]', summary: 'Ask if a proton pump inhibitor could be the cause.', forms: ['Cramps'] }],
      rules({}),
    );
    expect(probe.unexplained.map((u) => u.term)).toEqual(['proton-pump-inhibitors']);
  });
});

describe('the jargon rule', () => {
  const probe = (summary: string, explanations: JargonRules['explanations'] = {}) =>
    findJargon([{ id: 'probe', summary, forms: ['Probe'] }], rules(explanations));

  test('flags another entry’s technical name, abbreviations and extra words', () => {
    const report = probe('It can cause tetany. An ECG shows it. The RDA is 400 mg.');
    expect(report.unexplained.map((u) => [u.term, u.form])).toEqual([
      ['tetany', 'tetany'],
      ['electrocardiogram', 'ECG'],
      ['RDA', 'RDA'],
    ]);
  });

  test('accepts terms written in everyday words and the entry’s own names', () => {
    expect(probe('Low calcium or water pills can cause kidney stones.').unexplained).toEqual([]);
    expect(findJargon([{ id: 'tetany', summary: 'Tetany is ...', forms: ['Tetany'] }], rules({})).unexplained).toEqual(
      [],
    );
  });

  test('accepts a reviewed explanation only while the summary still has its words', () => {
    const explained = { probe: { tetany: 'strong, painful spasms' } };
    expect(probe('It can cause tetany: strong, painful spasms.', explained)).toEqual({ unexplained: [], stale: [] });
    expect(probe('It can cause tetany.', explained).stale).toHaveLength(1);
    expect(probe('It can cause spasms.', explained).stale).toHaveLength(1);
    expect(probe('It can cause tetany: strong, painful spasms.', { ...explained, gone: {} }).stale).toEqual([
      'gone: explains terms, but there is no such entry',
    ]);
  });
});
