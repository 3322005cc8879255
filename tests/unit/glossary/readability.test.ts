import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { actionAndQuestionTexts } from '../support/readability/entry-texts';
import { fleschKincaidGrade, median } from '../support/readability/flesch-kincaid';

const root = path.resolve(__dirname, '../../..');

/** Grade 6-7 is the level patient material is written for (NIH, CDC Clear Communication). */
const MAX_GRADE = 7;
const MAX_MEDIAN_GRADE = 6;

describe('summary readability (Flesch-Kincaid grade)', () => {
  const { entries } = loadGlossary(root);
  // The entry's own title and aliases count as ordinary one- or two-syllable words: the reader
  // opened the card to learn that word, and the summary has to name it ("Hypomagnesemia
  // means..."), so its syllables would only measure the term, not how plain the explanation is.
  const grades = entries.map((e) => ({
    id: e.id,
    grade: Math.round(fleschKincaidGrade(e.summary, [e.title, ...e.aliases]) * 100) / 100,
  }));

  test('the grade formula behaves as published', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(2);
    expect(
      fleschKincaidGrade(
        'Hypomagnesemia-associated neuromuscular hyperexcitability necessitates comprehensive electrolyte evaluation.',
      ),
    ).toBeGreaterThan(15);
  });

  test("an entry's own term counts as a plain word, other long words still count in full", () => {
    const text = 'Hypomagnesemia means low magnesium. Hypomagnesemia can cause twitching.';
    const plain = fleschKincaidGrade(text, ['hypomagnesemia']);
    expect(plain).toBeLessThan(fleschKincaidGrade(text));
    // "Hypomagnesemia" (6 syllables) counts as 2 syllables, no fewer: same as a 2-syllable word.
    expect(plain).toBeCloseTo(fleschKincaidGrade('Kidney means low magnesium. Kidney can cause twitching.'), 10);
    // Only whole words: "magnesium" inside the form does not make the bare word plain.
    expect(fleschKincaidGrade(text, ['magnes'])).toBeCloseTo(fleschKincaidGrade(text), 10);
    expect(fleschKincaidGrade('Hypomagnesemia-associated cramps.', ['hypomagnesemia'])).toBeCloseTo(
      fleschKincaidGrade('Hypomagnesemia-associated cramps.'),
      10,
    );
  });

  test(`median grade is at most ${MAX_MEDIAN_GRADE}`, () => {
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });

  test(`no summary is above grade ${MAX_GRADE}`, () => {
    expect(grades.filter((g) => g.grade > MAX_GRADE)).toEqual([]);
  });
});

describe('action and question readability (Flesch-Kincaid grade, each text on its own)', () => {
  const { entries } = loadGlossary(root);
  // Same rules as summaries: the entry's own names, and for an action the names of the entry it
  // links to, count as plain words. Each text is graded alone: the card shows them one by one.
  const texts = actionAndQuestionTexts(entries);
  const grades = texts.map((t) => ({ id: t.id, grade: Math.round(fleschKincaidGrade(t.text, t.forms) * 100) / 100 }));

  test('every action and question is graded', () => {
    expect(texts.length).toBeGreaterThanOrEqual(89 + 2 * 49);
  });

  test(`median grade is at most ${MAX_MEDIAN_GRADE}`, () => {
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });

  test(`no action or question is above grade ${MAX_GRADE}`, () => {
    expect(grades.filter((g) => g.grade > MAX_GRADE)).toEqual([]);
  });

  test('a linked entry’s names count as plain words in that action only', () => {
    const action = { text: 'Eat foods rich in magnesium.', source: 0 };
    const base = {
      pronunciation: { respelling: 'TEST' },
      aliases: [],
      summary: '',
      details: [],
      related: [],
      sources: [],
      reviewed: '2026-12-07',
    };
    const [linked, unlinked] = actionAndQuestionTexts([
      { ...base, id: 'cramps', title: 'Cramps', category: 'symptom', actions: [{ ...action, see: 'magnesium' }] },
      { ...base, id: 'tremor', title: 'Tremor', category: 'symptom', actions: [action] },
      { ...base, id: 'magnesium', title: 'Magnesium', category: 'nutrient' },
    ]);
    expect(linked!.forms).toEqual(['Cramps', 'Magnesium']);
    expect(unlinked!.forms).toEqual(['Tremor']);
    expect(fleschKincaidGrade(linked!.text, linked!.forms)).toBeLessThan(
      fleschKincaidGrade(unlinked!.text, unlinked!.forms),
    );
  });
});
