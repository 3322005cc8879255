import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary, readGlossaryFiles } from '../../../modules/glossary';
import { respellingWords } from '../../../utils/glossary/respelling';
import { RESPELLING_PATTERN } from '../../../utils/glossary/schema';
import { validateGlossary, type GlossaryFile } from '../../../utils/glossary/validate';
import { respellingMismatches } from './respelling-plausibility';

const root = path.resolve(__dirname, '../../..');
const { entries } = loadGlossary(root);

describe('every entry says how its title is pronounced', () => {
  test('every entry has a respelling in the convention', () => {
    const bad = entries.filter((e) => !RESPELLING_PATTERN.test(e.pronunciation.respelling)).map((e) => e.id);
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(bad).toEqual([]);
  });

  test('the pronunciation comes right after the title in every file', () => {
    const misplaced = readGlossaryFiles(root)
      .filter(({ data }) => {
        const keys = Object.keys(data as object);
        return keys.indexOf('pronunciation') !== keys.indexOf('title') + 1;
      })
      .map((f) => f.file);
    expect(misplaced).toEqual([]);
  });

  test('each word of two or more syllables has exactly one stressed syllable, and no word has two', () => {
    const off = entries.flatMap((e) =>
      respellingWords(e.pronunciation.respelling)
        .filter((word) => {
          const stressed = word.filter((s) => s.stressed).length;
          return stressed > 1 || (word.length > 1 && stressed !== 1);
        })
        .map((word) => `${e.id}: ${word.map((s) => s.text).join('-')}`),
    );
    expect(off).toEqual([]);
  });

  test('respellings use the key: k or s for c, kw for q, ks or z for x', () => {
    const off = entries
      .filter((e) => /c(?!h)|q|x/iu.test(e.pronunciation.respelling))
      .map((e) => `${e.id}: ${e.pronunciation.respelling}`);
    expect(off).toEqual([]);
  });

  test('every respelling fits its title: one word per title word, a plausible syllable count', () => {
    const off = entries.flatMap((e) =>
      respellingMismatches(e.title, e.pronunciation.respelling).map((m) => `${e.id}: ${m}`),
    );
    expect(off).toEqual([]);
  });

  test('the plausibility check catches a respelling that does not fit the title', () => {
    expect(respellingMismatches('Calcium blood test', 'KAL-see-um')).toEqual([
      'has 1 word(s) for the 3 of "Calcium blood test"',
    ]);
    expect(respellingMismatches('Hypomagnesemia', 'HY-poh')).toEqual([
      '"Hypomagnesemia" has 2 syllable(s) in the respelling, about 6 expected',
    ]);
    expect(respellingMismatches('ATP (cellular energy)', 'ay-tee-PEE SEL-yuh-ler EN-er-jee')).toEqual([]);
    expect(respellingMismatches('Vitamin B12', 'VY-tuh-min bee-TWELV')).toEqual([]);
  });
});

/** A valid entry with the given pronunciation (`undefined` leaves the field out). */
function tetany(pronunciation: unknown): GlossaryFile {
  return {
    file: 'data/terms/tetany.json',
    data: {
      id: 'tetany',
      title: 'Tetany',
      ...(pronunciation === undefined ? {} : { pronunciation }),
      aliases: [],
      category: 'sign',
      summary: 'A short plain summary.',
      details: ['First fact.', 'Second fact.'],
      actions: [{ text: 'Keep a note of when it happens.', source: 0 }],
      seekCare: { soon: 'See a clinician if it keeps happening.' },
      related: [],
      sources: [
        { title: 'MedlinePlus', url: 'https://medlineplus.gov/ency/article/000315.htm', checked: '2026-12-07' },
      ],
      reviewed: '2026-11-21',
    },
  };
}
const errorsOf = (pronunciation: unknown) => validateGlossary([tetany(pronunciation)]).errors;
const SHAPE = 'must be syllables joined by hyphens, each all lower or all upper case';
const NO_STRESS = 'needs a stressed syllable in capitals';

describe('the validator rejects a bad pronunciation with a clear message', () => {
  test('valid respellings pass, with or without a basis', () => {
    expect(errorsOf({ respelling: 'TET-uh-nee' })).toEqual([]);
    expect(errorsOf({ respelling: 'VOS-teks SINE', basis: 'Merriam-Webster Medical Dictionary' })).toEqual([]);
    expect(errorsOf({ respelling: 'AL-kuh-hawl with-DRAW-ul' })).toEqual([]);
  });

  test('a missing pronunciation', () => {
    expect(errorsOf(undefined)).toEqual(['data/terms/tetany.json: pronunciation is required']);
  });

  test('no stressed syllable', () => {
    expect(errorsOf({ respelling: 'tet-uh-nee' })).toEqual([
      `data/terms/tetany.json: pronunciation.respelling ${NO_STRESS}`,
    ]);
  });

  test.each([
    ['a syllable in mixed case', 'Tet-uh-nee'],
    ['a syllable in mixed case inside a word', 'tet-UH-Nee'],
    ['an empty respelling', ''],
    ['a syllable of apostrophes only', "'-TET"],
    ['an empty syllable', 'TET--uh-nee'],
    ['a leading space', ' TET-uh-nee'],
    ['two spaces between words', 'VOS-teks  SINE'],
    ['IPA symbols', 'ˈTET-ə-nee'],
  ])('%s', (_, respelling) => {
    const errors = errorsOf({ respelling });
    expect(errors).toContain(`data/terms/tetany.json: pronunciation.respelling ${SHAPE}`);
  });

  test('an empty basis, an unknown field', () => {
    expect(errorsOf({ respelling: 'TET-uh-nee', basis: ' ' })).toEqual([
      'data/terms/tetany.json: pronunciation.basis is empty',
    ]);
    expect(errorsOf({ respelling: 'TET-uh-nee', ipa: 'ˈtɛtəni' })).toEqual([
      'data/terms/tetany.json: pronunciation has unknown field "ipa"',
    ]);
  });
});
