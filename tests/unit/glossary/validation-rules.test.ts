import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { validateGlossary, type GlossaryFile } from '../../../utils/glossary/validate';

/** A valid entry; each test breaks one thing about it. */
function entry(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: id.replace(/-/gu, ' '),
    pronunciation: { respelling: 'TET-uh-nee' },
    aliases: [],
    category: 'sign',
    summary: 'A short plain summary.',
    details: ['First fact.', 'Second fact.'],
    seekCare: { soon: 'See a clinician if it keeps happening.' },
    actions: [{ text: 'Ask a clinician whether a blood test is needed.', source: 0 }],
    related: [],
    sources: [{ title: 'MedlinePlus', url: 'https://medlineplus.gov/ency/article/000315.htm', checked: '2026-12-07' }],
    reviewed: '2026-11-21',
    ...patch,
  };
}
const file = (id: string, data: unknown): GlossaryFile => ({ file: `data/terms/${id}.json`, data });
const errorsOf = (...files: GlossaryFile[]) => validateGlossary(files).errors;

describe('glossary validation rules (each with the exact message)', () => {
  test('a valid entry passes', () => {
    expect(errorsOf(file('tetany', entry('tetany')))).toEqual([]);
  });

  test('summary over 40 words', () => {
    const summary = Array.from({ length: 52 }, () => 'word').join(' ');
    expect(errorsOf(file('tetany', entry('tetany', { summary })))).toEqual([
      'data/terms/tetany.json: summary has 52 words (max 40)',
    ]);
  });

  test('an alias claimed by two entries', () => {
    expect(
      errorsOf(
        file('hypocalcemia', entry('hypocalcemia', { aliases: ['low calcium'] })),
        file('calcium', entry('calcium', { category: 'nutrient', seekCare: undefined, aliases: ['Low  Calcium'] })),
      ),
    ).toEqual(['data/terms/hypocalcemia.json: alias "low calcium" is already claimed by data/terms/calcium.json']);
  });

  test('a related id that does not exist', () => {
    expect(errorsOf(file('tetany', entry('tetany', { related: ['tetanus'] })))).toEqual([
      'data/terms/tetany.json: related "tetanus" is not an entry',
    ]);
  });

  test('an alias on the stop list of common words', () => {
    expect(errorsOf(file('sodium', entry('sodium', { aliases: ['salt'] })))).toEqual([
      'data/terms/sodium.json: alias "salt" is a common word on the stop list',
    ]);
  });

  test('an alias too short to match safely', () => {
    expect(errorsOf(file('potassium', entry('potassium', { aliases: ['K+'] })))).toEqual([
      'data/terms/potassium.json: alias "K+" is too short to match safely (min 3 characters)',
    ]);
  });

  test('a source that is not https', () => {
    const sources = [
      { title: 'ODS', url: 'http://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/', checked: '2026-12-07' },
    ];
    expect(errorsOf(file('tetany', entry('tetany', { sources })))).toEqual([
      'data/terms/tetany.json: sources[0].url must use https (got http)',
    ]);
  });

  test('a source from a publisher that is not allowed', () => {
    const sources = [{ title: 'A blog', url: 'https://health-blog.example.com/tetany', checked: '2026-12-07' }];
    expect(errorsOf(file('tetany', entry('tetany', { sources })))).toEqual([
      'data/terms/tetany.json: sources[0].url host health-blog.example.com is not an allowed publisher',
    ]);
  });

  test('a foods row without an amount', () => {
    const foods = [{ food: 'Pumpkin seeds, roasted', serving: '1 ounce' }];
    expect(
      errorsOf(file('magnesium', entry('magnesium', { category: 'nutrient', nutrient: 'magnesium', foods }))),
    ).toEqual(['data/terms/magnesium.json: foods[0].mg is missing an amount in mg']);
  });

  test('a condition, sign or symptom without seekCare', () => {
    expect(errorsOf(file('tetany', entry('tetany', { seekCare: undefined })))).toEqual([
      'data/terms/tetany.json: seekCare is required for a sign',
    ]);
  });

  test('foods without the nutrient they are about', () => {
    const foods = [{ food: 'Pumpkin seeds, roasted', serving: '1 ounce', mg: 156 }];
    expect(errorsOf(file('magnesium', entry('magnesium', { category: 'nutrient', foods })))).toEqual([
      'data/terms/magnesium.json: nutrient is required when foods or labRange is given',
    ]);
  });

  test('an id that does not match the file name', () => {
    expect(errorsOf(file('tetany', entry('tetanie')))).toEqual([
      'data/terms/tetany.json: id "tetanie" does not match the file name "tetany"',
    ]);
  });

  test('an unknown category, too few details, a bad date and an unknown field', () => {
    expect(
      errorsOf(
        file(
          'tetany',
          entry('tetany', { category: 'disease', details: ['Only one.'], reviewed: '21/11/2026', note: 'x' }),
        ),
      ),
    ).toEqual([
      'data/terms/tetany.json: category must be one of: condition, sign, symptom, nutrient, supplement, medication, test, treatment, body-process',
      'data/terms/tetany.json: details needs 2 to 6 items',
      'data/terms/tetany.json: reviewed must be an ISO date (YYYY-MM-DD)',
      'data/terms/tetany.json: has unknown field "note"',
    ]);
  });

  test('a file that is not JSON', () => {
    expect(
      validateGlossary([{ file: 'data/terms/tetany.json', data: undefined, parseError: 'Unexpected token' }]).errors,
    ).toEqual(['data/terms/tetany.json: is not valid JSON (Unexpected token)']);
  });

  test('the build refuses an invalid glossary with the same messages', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'health-notes-glossary-'));
    mkdirSync(path.join(root, 'data/terms'), { recursive: true });
    writeFileSync(
      path.join(root, 'data/disclaimer.json'),
      JSON.stringify({ short: 'Not medical advice.', long: ['Not medical advice.'] }),
    );
    writeFileSync(path.join(root, 'data/terms/tetany.json'), JSON.stringify(entry('tetany', { related: ['nope'] })));
    expect(() => loadGlossary(root)).toThrow('data/terms/tetany.json: related "nope" is not an entry');
  });
});
