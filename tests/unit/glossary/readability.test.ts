import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { fleschKincaidGrade, median } from '../../../utils/readability/flesch-kincaid';

const root = path.resolve(__dirname, '../../..');

describe('summary readability (Flesch-Kincaid grade)', () => {
  const { entries } = loadGlossary(root);
  const grades = entries.map((e) => ({ id: e.id, grade: fleschKincaidGrade(e.summary) }));

  test('the grade formula behaves as published', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(2);
    expect(
      fleschKincaidGrade(
        'Hypomagnesemia-associated neuromuscular hyperexcitability necessitates comprehensive electrolyte evaluation.',
      ),
    ).toBeGreaterThan(15);
  });

  test('median grade is at most 8', () => {
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(8);
  });

  test('no summary is above grade 10', () => {
    expect(grades.filter((g) => g.grade > 10)).toEqual([]);
  });
});
