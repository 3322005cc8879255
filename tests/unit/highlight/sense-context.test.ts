// @vitest-environment happy-dom
/**
 * The health-context rule (ADR 22) on its own and in the page scan: forms with an everyday
 * sense are marked only where the sentence, its block or the nearby blocks are about health.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { createMatcher } from '../../../utils/matcher/matcher';
import { keepHealthSenses, sentenceAround } from '../../../utils/scan/sense-context';
import {
  drawnTexts,
  installHighlightApi,
  settled,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

const matcher = createMatcher(buildTermIndex(loadGlossary(path.resolve(__dirname, '../../..')).entries));

/** The marked words of each block, read as consecutive blocks of one page. */
function marked(...blocks: string[]): string[][] {
  const read = blocks.map((text) => ({ text, matches: matcher.findAll(text) }));
  return keepHealthSenses(read).map((kept, i) => kept.map((m) => blocks[i]!.slice(m.start, m.end)));
}

describe('keepHealthSenses', () => {
  test('everyday senses get no mark', () => {
    expect(marked('Police announced a record seizure of cocaine at the border.')).toEqual([[]]);
    expect(marked('Residents felt tremors after the magnitude 5 earthquake.')).toEqual([[]]);
    expect(marked('The PPI rose in March as wholesale prices climbed.')).toEqual([[]]);
    expect(marked('Brown leaf edges on roses point to potassium deficiency in the soil.')).toEqual([[]]);
  });

  test('health senses keep theirs', () => {
    expect(marked('After the seizure she slept, and the doctor ordered a brain scan.')).toEqual([['seizure']]);
    expect(marked('Low magnesium can cause tremors.')).toEqual([['Low magnesium', 'tremors']]);
    expect(marked('A PPI such as omeprazole lowers stomach acid.')).toEqual([['PPI', 'omeprazole']]);
  });

  test('forms that need no context are always kept', () => {
    expect(marked('The earthquake caused hypokalemia.')).toEqual([['hypokalemia']]);
  });

  test('a sentence without cues takes its block, then the nearby blocks', () => {
    expect(marked('Hypocalcemia is common in the ward. Tremors may follow.')).toEqual([['Hypocalcemia', 'Tremors']]);
    expect(marked('Tremors may follow.', 'This page is about hypocalcemia.')).toEqual([['Tremors'], ['hypocalcemia']]);
    expect(marked('Tremors may follow.', 'Nothing here.', 'This page is about hypocalcemia.')).toEqual([
      [],
      [],
      ['hypocalcemia'],
    ]);
  });

  test('two more symptoms in the sentence make a list of symptoms', () => {
    expect(marked('It may cause twitching, cramps and tremor.')).toEqual([['twitching', 'cramps', 'tremor']]);
  });

  test('the sentence around a match', () => {
    const text = 'One. Two tremors here! Three.';
    const at = text.indexOf('tremors');
    const [from, to] = sentenceAround(text, at, at + 7);
    expect(text.slice(from, to).trim()).toBe('Two tremors here');
  });
});

describe('the page scan keeps only health senses', () => {
  beforeEach(installHighlightApi);
  afterEach(() => {
    uninstallHighlightApi();
    document.body.innerHTML = '';
  });

  test('a news digest gets no mark; the same words in a health article do', async () => {
    document.body.innerHTML = `
      <section id="news">
        <p>Customs officers made a record seizure of counterfeit watches.</p>
        <p>Seismologists recorded tremors beneath the volcano.</p>
        <p>The PPI rose 0.4 percent as wholesale prices climbed.</p>
        <p>Diabetes insipidus is linked to a hormone called vasopressin.</p>
      </section>
      <section id="health">
        <p>A seizure can follow very low calcium in the blood.</p>
        <p>Low magnesium may cause tremors and cramps in the legs.</p>
        <p>Taking a PPI for a long time can lower magnesium levels.</p>
      </section>`;
    const highlighter = startHighlighter();
    expect(await settled(highlighter, 10_000)).toBe(true);
    const news = document.getElementById('news')!;
    const terms = highlighter.terms();
    expect(terms.filter((t) => news.contains(t.block))).toEqual([]);
    expect(drawnTexts(highlighter)).toEqual(
      expect.arrayContaining(['seizure', 'tremors', 'cramps', 'PPI', 'Low magnesium', 'magnesium levels']),
    );
    expect(highlighter.counts().get('seizures')).toBe(1);
    expect(highlighter.counts().has('diabetes')).toBe(false);
    highlighter.destroy();
  });
});
