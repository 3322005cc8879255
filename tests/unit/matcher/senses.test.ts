/** The matcher's part of the sense rules (ADR 22): blockers hide their form, and forms that need context say so. */
import { describe, expect, test } from 'vitest';
import type { TermIndexEntry } from '../../../utils/glossary/schema';
import { NEEDS_CONTEXT } from '../../../utils/matcher/form-tables';
import { compileMatcher, createMatcher, matcherOfCategories } from '../../../utils/matcher/matcher';

const INDEX: TermIndexEntry[] = [
  {
    id: 'diabetes',
    title: 'Diabetes',
    aliases: ['diabetic'],
    category: 'condition',
    blockedBy: ['diabetes insipidus'],
  },
  { id: 'seizures', title: 'Seizures', aliases: ['seizure'], category: 'sign', needsContext: ['seizure', 'Seizures'] },
  { id: 'ppi', title: 'Proton pump inhibitors', aliases: ['PPI'], category: 'medication', needsContext: ['PPI'] },
  { id: 'fatigue', title: 'Fatigue', aliases: [], category: 'symptom', blockedBy: ['metal fatigue'] },
];
const matcher = createMatcher(INDEX);
const found = (text: string) => matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId, m.sense]);

describe('sense rules in the matcher', () => {
  test('a blocker hides its form and is not reported itself', () => {
    expect(found('Diabetes insipidus is not diabetes.')).toEqual([['diabetes', 'diabetes', undefined]]);
    expect(found('DIABETES\u00A0INSIPIDUS')).toEqual([]);
    expect(found('Metal fatigue cracked the wing; fatigue after flu')).toEqual([['fatigue', 'fatigue', undefined]]);
  });

  test('a blocker does not hide a form that starts after it ends', () => {
    expect(found('diabetes insipidus, diabetic')).toEqual([['diabetic', 'diabetes', undefined]]);
  });

  test('forms that need context are flagged, the other forms of the entry are not', () => {
    expect(found('A seizure; Seizures; proton pump inhibitors; a PPI; ppi')).toEqual([
      ['seizure', 'seizures', NEEDS_CONTEXT],
      ['Seizures', 'seizures', NEEDS_CONTEXT],
      ['proton pump inhibitors', 'ppi', undefined],
      ['PPI', 'ppi', NEEDS_CONTEXT],
    ]);
  });

  test('a category filter keeps the rules', () => {
    const some = matcherOfCategories(compileMatcher(INDEX), new Set(['condition', 'sign'] as const));
    expect(some.findAll('diabetes insipidus and a seizure').map((m) => [m.termId, m.sense])).toEqual([
      ['seizures', NEEDS_CONTEXT],
    ]);
  });
});
