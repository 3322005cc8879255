import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
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
