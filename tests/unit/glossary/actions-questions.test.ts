/**
 * Actions (what a reader can do) and appointment questions: every condition, sign and symptom
 * carries 1-3 sourced actions, every condition 2-3 questions, and the validator refuses entries
 * that break either rule, with a message naming file and field.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { CARE_CATEGORIES } from '../../../utils/glossary/categories';
import { validateGlossary, type GlossaryFile } from '../../../utils/glossary/validate';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
const ids = new Set(entries.map((e) => e.id));

describe('actions and questions in the glossary', () => {
  const care = entries.filter((e) => CARE_CATEGORIES.includes(e.category));
  const conditions = entries.filter((e) => e.category === 'condition');

  test('the categories that need them are all there', () => {
    expect(conditions.length).toBeGreaterThanOrEqual(49);
    expect(care.length).toBeGreaterThanOrEqual(89);
  });

  test('every condition, sign and symptom has 1 to 3 actions', () => {
    const wrong = care.filter((e) => !e.actions || e.actions.length < 1 || e.actions.length > 3).map((e) => e.id);
    expect(wrong).toEqual([]);
  });

  test('every condition has 2 to 3 questions, each a question', () => {
    const wrong = conditions
      .filter((e) => !e.questions || e.questions.length < 2 || e.questions.length > 3)
      .map((e) => e.id);
    expect(wrong).toEqual([]);
    const notQuestions = conditions.flatMap((e) => (e.questions ?? []).filter((q) => !q.endsWith('?')));
    expect(notQuestions).toEqual([]);
  });

  test('each action cites one of its own sources and links only to another entry', () => {
    const bad = care.flatMap((e) =>
      (e.actions ?? []).flatMap((a, i) => {
        const problems: string[] = [];
        if (!e.sources[a.source]) problems.push(`${e.id}.actions[${i}] cites source ${a.source}`);
        if (a.see !== undefined && (a.see === e.id || !ids.has(a.see)))
          problems.push(`${e.id}.actions[${i}] links to ${a.see}`);
        return problems;
      }),
    );
    expect(bad).toEqual([]);
  });

  test('no action repeats the emergency line, which the card already shows (ADR 28)', () => {
    // A repeated line can only drift from the reviewed one, and a drifted copy can be softer.
    const repeats = care.flatMap((e) =>
      (e.actions ?? [])
        .filter((a) => /emergency number|(is|are) an emergency|call for help now|\b911\b/iu.test(a.text))
        .map((a) => `${e.id}: ${a.text}`),
    );
    expect(repeats).toEqual([]);
  });

  test('no entry says the same action or asks the same question twice', () => {
    const repeated = entries.filter((e) => {
      const actions = (e.actions ?? []).map((a) => a.text.toLowerCase());
      const questions = (e.questions ?? []).map((q) => q.toLowerCase());
      return new Set(actions).size !== actions.length || new Set(questions).size !== questions.length;
    });
    expect(repeated.map((e) => e.id)).toEqual([]);
  });
});

/** A valid condition; each test breaks one thing about it. */
function condition(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'tetany',
    title: 'Tetany',
    pronunciation: { respelling: 'TET-uh-nee' },
    aliases: [],
    category: 'condition',
    summary: 'A short plain summary.',
    details: ['First fact.', 'Second fact.'],
    seekCare: { soon: 'See a clinician if it keeps happening.' },
    actions: [{ text: 'Ask for a blood test of your calcium.', source: 0 }],
    questions: ['What is causing this?', 'What should I do next?'],
    related: [],
    sources: [{ title: 'MedlinePlus', url: 'https://medlineplus.gov/ency/article/000315.htm', checked: '2026-12-07' }],
    reviewed: '2026-11-21',
    ...patch,
  };
}
const errorsOf = (...files: GlossaryFile[]) => validateGlossary(files).errors;
const tetany = (patch: Record<string, unknown>) => errorsOf({ file: 'data/terms/tetany.json', data: condition(patch) });
const action = (text: string, source = 0) => ({ text, source });

describe('the validator on actions and questions (each with the exact message)', () => {
  test('a condition with actions and questions passes; so does a nutrient with neither', () => {
    expect(tetany({})).toEqual([]);
    expect(tetany({ category: 'nutrient', seekCare: undefined, actions: undefined, questions: undefined })).toEqual([]);
  });

  test.each(['condition', 'sign', 'symptom'])('a %s without actions', (category) => {
    expect(tetany({ category, actions: undefined })).toEqual([
      `data/terms/tetany.json: actions is required for a ${category}`,
    ]);
  });

  test('a condition without questions; a sign or symptom may go without', () => {
    expect(tetany({ questions: undefined })).toEqual(['data/terms/tetany.json: questions is required for a condition']);
    expect(tetany({ category: 'sign', questions: undefined })).toEqual([]);
    expect(tetany({ category: 'symptom', questions: undefined })).toEqual([]);
  });

  test('too few and too many actions', () => {
    expect(tetany({ actions: [] })).toEqual(['data/terms/tetany.json: actions needs 1 to 3 items']);
    const four = ['One.', 'Two.', 'Three.', 'Four.'].map((t) => action(t));
    expect(tetany({ actions: four })).toEqual(['data/terms/tetany.json: actions needs 1 to 3 items']);
  });

  test('too few and too many questions', () => {
    expect(tetany({ questions: ['Why?'] })).toEqual(['data/terms/tetany.json: questions needs 2 to 3 items']);
    expect(tetany({ questions: ['Why?', 'How?', 'When?', 'Where?'] })).toEqual([
      'data/terms/tetany.json: questions needs 2 to 3 items',
    ]);
  });

  test('an action whose source is not one of the entry’s sources', () => {
    expect(tetany({ actions: [action('Ask about it.', 1)] })).toEqual([
      'data/terms/tetany.json: actions[0].source is not an index into sources',
    ]);
    expect(tetany({ actions: [action('Ask about it.', -1)] })).toHaveLength(1);
    expect(tetany({ actions: [action('Ask about it.', 0.5)] })).toHaveLength(1);
  });

  test('an action with an unknown field, no text or too many words', () => {
    expect(tetany({ actions: [{ ...action('Ask about it.'), url: 'https://example.com' }] })).toEqual([
      'data/terms/tetany.json: actions[0] has unknown field "url"',
    ]);
    expect(tetany({ actions: [action(' ')] })).toEqual(['data/terms/tetany.json: actions[0].text is empty']);
    const long = Array.from({ length: 31 }, () => 'word').join(' ');
    expect(tetany({ actions: [action(long)] })).toEqual([
      'data/terms/tetany.json: actions[0].text has 31 words (max 30)',
    ]);
  });

  test('a question that does not end with "?"', () => {
    expect(tetany({ questions: ['What is causing this?', 'What should I do next.'] })).toEqual([
      'data/terms/tetany.json: questions[1] must end with "?"',
    ]);
  });

  test('an action that links to no entry, or to its own entry', () => {
    expect(tetany({ actions: [{ ...action('Read more.'), see: 'tetanus' }] })).toEqual([
      'data/terms/tetany.json: actions[0].see "tetanus" is not an entry',
    ]);
    expect(tetany({ actions: [{ ...action('Read more.'), see: 'tetany' }] })).toEqual([
      'data/terms/tetany.json: actions[0].see "tetany" points to the entry itself',
    ]);
  });
});
