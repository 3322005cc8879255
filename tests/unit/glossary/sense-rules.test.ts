/**
 * The sense rules in the glossary data (ADR 22): checked at build time like every other field,
 * and what the data says about the forms issue 20 names.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { normalizeSurface } from '../../../utils/glossary/normalize';
import { validateGlossary, type GlossaryFile } from '../../../utils/glossary/validate';
import { holdsForm } from '../../../utils/glossary/validate-senses';

function entry(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: id.replace(/-/gu, ' '),
    pronunciation: { respelling: 'TEST' },
    aliases: [],
    category: 'condition',
    summary: 'A short plain summary.',
    details: ['First fact.', 'Second fact.'],
    actions: [{ text: 'Keep a note of when it happens.', source: 0 }],
    questions: ['What is causing it?', 'What should I do next?'],
    seekCare: { soon: 'See a clinician if it keeps happening.' },
    related: [],
    sources: [{ title: 'MedlinePlus', url: 'https://medlineplus.gov/ency/article/000315.htm', checked: '2026-12-07' }],
    reviewed: '2026-11-21',
    ...patch,
  };
}
const file = (id: string, data: unknown): GlossaryFile => ({ file: `data/terms/${id}.json`, data });
const errorsOf = (...files: GlossaryFile[]) => validateGlossary(files).errors;

describe('sense rules are validated', () => {
  test('valid rules pass', () => {
    const data = entry('seizures', {
      aliases: ['seizure'],
      needsContext: ['Seizure'],
      blockedBy: ['seizure of assets'],
    });
    expect(errorsOf(file('seizures', data))).toEqual([]);
  });

  test('needsContext must name the title or an alias, once', () => {
    const data = entry('seizures', { aliases: ['seizure'], needsContext: ['fits', 'seizure', 'SEIZURE'] });
    expect(errorsOf(file('seizures', data))).toEqual([
      'data/terms/seizures.json: needsContext "fits" is not the title or an alias',
      'data/terms/seizures.json: needsContext "SEIZURE" is listed twice',
    ]);
  });

  test('a blocker must hold a form as whole words and be longer than it', () => {
    const data = entry('diabetes', { blockedBy: ['prediabetes risk', 'diabetes', 'diabetes insipidus'] });
    expect(errorsOf(file('diabetes', data))).toEqual([
      'data/terms/diabetes.json: blockedBy "prediabetes risk" does not hold a form of this entry as whole words',
      'data/terms/diabetes.json: blockedBy "diabetes" is a form of data/terms/diabetes.json',
    ]);
  });

  test("a blocker may not be another entry's form nor listed by two entries", () => {
    expect(
      errorsOf(
        file('fatigue', entry('fatigue', { blockedBy: ['metal fatigue', 'chronic fatigue'] })),
        file('chronic-fatigue', entry('chronic-fatigue', { blockedBy: ['metal fatigue'] })),
      ),
    ).toEqual([
      'data/terms/chronic-fatigue.json: blockedBy "metal fatigue" does not hold a form of this entry as whole words',
      'data/terms/fatigue.json: blockedBy "metal fatigue" is already listed by data/terms/chronic-fatigue.json',
      'data/terms/fatigue.json: blockedBy "chronic fatigue" is a form of data/terms/chronic-fatigue.json',
    ]);
  });

  test('the keys are typed: a string where a list belongs is refused', () => {
    expect(errorsOf(file('tremor', entry('tremor', { needsContext: 'tremor' })))).toEqual([
      'data/terms/tremor.json: needsContext must be an array',
    ]);
  });

  test('holdsForm compares whole words', () => {
    expect(holdsForm('diabetes insipidus', 'diabetes')).toBe(true);
    expect(holdsForm('voter fatigue', 'fatigue')).toBe(true);
    expect(holdsForm('fatigued voters', 'fatigue')).toBe(false);
    expect(holdsForm('fatigue', 'fatigue')).toBe(false);
  });
});

describe('the glossary says which forms need a health context', () => {
  const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const needs = (id: string) => (byId.get(id)?.needsContext ?? []).map(normalizeSurface);
  const blocks = (id: string) => (byId.get(id)?.blockedBy ?? []).map(normalizeSurface);

  test('the ambiguous words and abbreviations of issue 20', () => {
    expect(needs('seizures')).toEqual(expect.arrayContaining(['seizure', 'seizures']));
    expect(needs('tremor')).toEqual(expect.arrayContaining(['tremor', 'tremors']));
    expect(needs('proton-pump-inhibitors')).toEqual(['ppi', 'ppis']);
    expect(needs('atp')).toContain('atp');
    expect(needs('ace-inhibitors-and-arbs')).toEqual(['arb', 'arbs']);
    expect(needs('electrolytes')).toContain('electrolyte');
    expect(needs('fatigue')).toContain('fatigue');
    expect(needs('bioavailability')).toContain('absorption rate');
    expect(needs('enzyme-cofactor')).toContain('cofactor');
    expect(needs('hypnic-jerk')).toContain('sleep starts');
    expect(needs('dehydration')).toContain('dehydrated');
    expect(needs('muscle-cramps')).toContain('cramps');
    expect(needs('paresthesia')).toContain('tingling');
    expect(needs('confusion')).toContain('confusion');
    expect(needs('skin-flushing')).toContain('flushing');
    expect(needs('hypomagnesemia')).toContain('magnesium deficiency');
    expect(needs('hypokalemia')).toEqual(expect.arrayContaining(['potassium deficiency', 'low potassium']));
    expect(needs('epsom-salt')).toContain('epsom salt');
    expect(needs('magnesium-sulfate')).toContain('magnesium sulfate');
    expect(needs('muscle-twitching')).toEqual(expect.arrayContaining(['twitching', 'twitches']));
    expect(needs('numbness')).toContain('numbness');
    expect(needs('headache')).toContain('headache');
  });

  test('phrases in another sense block their form', () => {
    expect(blocks('diabetes')).toContain('diabetes insipidus');
    expect(blocks('parkinsons-disease')).toContain("parkinson's law");
    expect(blocks('magnesium')).toContain('magnesium alloy');
    expect(blocks('fatigue')).toContain('metal fatigue');
    expect(blocks('trousseaus-sign')).toContain("trousseau's sign of malignancy");
  });
});
