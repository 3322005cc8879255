import path from 'node:path';
import { describe, expect, test } from 'vitest';
import foodsFixture from '../../fixtures/health-facts-foods.json';
import { loadGlossary, readGlossaryFiles } from '../../../modules/glossary';
import { CARE_CATEGORIES, type Nutrient } from '../../../utils/glossary/schema';
import { validateGlossary } from '../../../utils/glossary/validate';

const root = path.resolve(__dirname, '../../..');

describe('the bundled glossary', () => {
  test('every entry is valid', () => {
    expect(validateGlossary(readGlossaryFiles(root)).errors).toEqual([]);
  });

  const { entries } = loadGlossary(root);
  const byId = new Map(entries.map((e) => [e.id, e]));

  test('has at least 100 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
  });

  test('every condition, sign and symptom says when to seek care', () => {
    const missing = entries.filter((e) => CARE_CATEGORIES.includes(e.category) && !e.seekCare).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  const foodEntries: [string, Nutrient][] = [
    ['magnesium', 'magnesium'],
    ['hypomagnesemia', 'magnesium'],
    ['calcium', 'calcium'],
    ['hypocalcemia', 'calcium'],
    ['potassium', 'potassium'],
    ['hypokalemia', 'potassium'],
  ];
  test.each(foodEntries)('%s lists at least 8 %s foods, each matching health-facts.md', (id, nutrient) => {
    const entry = byId.get(id);
    expect(entry, `entry ${id}`).toBeDefined();
    expect(entry!.nutrient).toBe(nutrient);
    const foods = entry!.foods ?? [];
    expect(foods.length).toBeGreaterThanOrEqual(8);
    const table = foodsFixture[nutrient];
    for (const row of foods) {
      const fact = table.find((f) => f.food === row.food && f.serving === row.serving);
      expect(fact, `${id}: "${row.food}, ${row.serving}" is not in the ${nutrient} table`).toBeDefined();
      expect(row.mg, `${id}: ${row.food}`).toBe(fact!.mg);
    }
  });

  test('every food amount anywhere in the glossary comes from the tables', () => {
    for (const entry of entries) {
      for (const row of entry.foods ?? []) {
        const fact = foodsFixture[entry.nutrient!].find((f) => f.food === row.food && f.serving === row.serving);
        expect(fact?.mg, `${entry.id}: ${row.food}, ${row.serving}`).toBe(row.mg);
      }
    }
  });
});
