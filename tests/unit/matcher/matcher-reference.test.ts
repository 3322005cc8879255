/**
 * The matcher against its specification, written the slow and obvious way: one bounded,
 * sticky regular expression per surface form, tried at every position; leftmost match first,
 * the longest at that position, abbreviations only with their own capitals, no overlaps.
 * Random texts are built from the real glossary's forms, cut, re-cased and glued so that
 * boundaries, look-alikes and shorter-form fallbacks all occur.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../../../utils/glossary/normalize';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { trieSource } from '../../../utils/matcher/compile-pattern';
import { BLOCKER, NEEDS_CONTEXT, type FormSense } from '../../../utils/matcher/form-tables';
import { createMatcher, type TermMatch } from '../../../utils/matcher/matcher';
import { LEADING_BOUNDARY, TRAILING_BOUNDARY } from '../../../utils/matcher/word-boundaries';
import { seededRandom } from '../support/seeded-random';

const index = buildTermIndex(loadGlossary(path.resolve(__dirname, '../../..')).entries);
const matcher = createMatcher(index);
const surfaces = index.flatMap((e) => [e.title, ...e.aliases].map((surface) => ({ surface, termId: e.id })));
/** Sense rules (ADR 22): forms marked as needing context, and blockers, which win and are dropped. */
const ambiguous = new Set(index.flatMap((e) => (e.needsContext ?? []).map(normalizeSurface)));
const blockers = index.flatMap((e) => (e.blockedBy ?? []).map((surface) => ({ surface, termId: e.id })));

interface FormPattern {
  regex: RegExp;
  termId: string;
  sense?: FormSense;
}

/** Forms by their lower-cased first character (every form starts with a letter, digit or sign). */
const byFirst = new Map<string, FormPattern[]>();
const withSenses: { surface: string; termId: string; sense?: FormSense }[] = [
  ...surfaces.map(
    (s) => ({ ...s, sense: ambiguous.has(normalizeSurface(s.surface)) ? NEEDS_CONTEXT : undefined }) as const,
  ),
  ...blockers.map((s) => ({ ...s, sense: BLOCKER }) as const),
];
for (const { surface, termId, sense } of withSenses) {
  const exact = isCaseSensitiveSurface(surface);
  const body = trieSource([exact ? canonicalSpelling(surface) : normalizeSurface(surface)])!;
  const regex = new RegExp(`${LEADING_BOUNDARY}(?:${body})${TRAILING_BOUNDARY}`, exact ? 'y' : 'yi');
  const first = surface[0]!.toLowerCase();
  byFirst.set(first, [...(byFirst.get(first) ?? []), sense ? { regex, termId, sense } : { regex, termId }]);
}

function reference(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  for (let at = 0; at < text.length;) {
    let best: TermMatch | null = null;
    for (const { regex, termId, sense } of byFirst.get(text[at]!.toLowerCase()) ?? []) {
      regex.lastIndex = at;
      const m = regex.exec(text);
      if (m && (!best || at + m[0].length > best.end))
        best = sense
          ? { start: at, end: at + m[0].length, termId, sense }
          : { start: at, end: at + m[0].length, termId };
    }
    if (best) out.push(best);
    at = best ? best.end : at + 1;
  }
  return out.filter((m) => m.sense !== BLOCKER);
}

describe('matcher against the per-form reference', () => {
  test('agrees on hand-picked edge cases', () => {
    for (const text of [
      'tetany, tetanus, hypokalaemia; ALS also als; PPIs ppis',
      'Paris-Trousseau sign and a Trousseau sign',
      'muscle crampsx muscle cramp',
      'xmagnesium magnesium-rich low-magnesium',
      'Chvostek\u2019s  sign\u2014Chvostek sign',
      // The longer form fails its boundary; the shorter one must end before the spaces.
      'calcium  levelsx, calcium \n(citrate',
      // No-break and thin spaces inside forms, and the last character of the text ending a form.
      'Chvostek\u2019s\u00A0sign, low\u2009calcium\u202Flevels\u3000tetany',
      // A short form that is the beginning of a longer one which does not follow.
      'a spasm of the leg; a spasm of the voice box; ATP (cellular respiration)',
      // Blockers hide the form inside them; a form that needs context says so.
      'diabetes insipidus, diabetes; metal fatigue, fatigue; PPI, seizure',
    ]) {
      expect(matcher.findAll(text)).toEqual(reference(text));
    }
  });

  test('agrees on random texts built from every form, cut, re-cased and glued', () => {
    const random = seededRandom(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const glue = [
      ' ',
      '',
      '-',
      "'",
      ', ',
      '\n',
      'x',
      'é',
      '(',
      '\u2019',
      '\u2013',
      ' the ',
      's ',
      'al',
      '  ',
      '\u00A0',
    ];
    // Any whitespace may stand for a form's spaces; the tries see non-ASCII ones as plain spaces.
    const spaces = ['\u00A0', '\t', '\u2009', '\u202F', '\u3000', ' \n '];
    let compared = 0;
    for (let round = 0; round < 150; round++) {
      const parts: string[] = [];
      for (let k = 0; k < 8; k++) {
        let { surface } = random() < 0.1 ? pick(blockers) : pick(surfaces);
        const r = random();
        if (r < 0.15) surface = surface.slice(0, Math.max(1, Math.floor(random() * surface.length)));
        else if (r < 0.3) surface = surface.toUpperCase();
        else if (r < 0.45) surface = surface.toLowerCase();
        else if (r < 0.6) surface = surface.replaceAll(' ', pick(spaces));
        parts.push(surface, pick(glue));
      }
      const text = parts.join('');
      const expected = reference(text);
      compared += expected.length;
      expect(matcher.findAll(text), JSON.stringify(text)).toEqual(expected);
    }
    // The texts really are full of terms (a generator bug would make the test vacuous).
    expect(compared).toBeGreaterThan(500);
  });
});
