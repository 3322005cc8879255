/**
 * `npm run eval`: how well the marks follow the sense of a word (ADR 22). Prints precision and
 * recall per form and overall on the labelled sentences, and recall of the core terms on the
 * shared corpus of health texts when it is present; exits non-zero when a threshold is missed.
 *
 *   EVAL_VERBOSE=1  also lists every wrong sentence
 *   EVAL_RULES=1    also compares the candidate rules (the table in ADR 22)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../../modules/glossary';
import { buildTermIndex } from '../../utils/glossary/validate';
import { createMatcher } from '../../utils/matcher/matcher';
import { DEFAULT_RULE, keepHealthSenses, type SenseRule } from '../../utils/scan/sense-context';
import { blocksOf, corpusRecall, corpusTexts } from './corpus-recall';
import { marksPerThousandWords } from './density';
import { misses, readLabelled, scoreLabelled, type FormScore } from './labelled-set';
import baseline from './corpus-baseline.json' with { type: 'json' };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = process.env.HEALTH_NOTES_CORPUS ?? path.resolve(ROOT, '../shared/corpus/texts');
const CORPUS_FALLBACK = '/work/shared/corpus/texts';

/** The acceptance thresholds of issue 20. */
const MAX_ORDINARY_MARKED = 0.05;
const MIN_HEALTH_KEPT = 0.98;

const matcher = createMatcher(buildTermIndex(loadGlossary(ROOT).entries));
const markBlocks = (blocks: readonly string[], rule: SenseRule | null) => {
  const found = blocks.map((text) => ({ text, matches: matcher.findAll(text) }));
  return rule ? keepHealthSenses(found, rule) : found.map((b) => b.matches);
};
const markText = (rule: SenseRule | null) => (text: string) => markBlocks([text], rule)[0]!;

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function totals(scores: readonly FormScore[]) {
  const t = { health: 0, kept: 0, ordinary: 0, marked: 0 };
  for (const s of scores) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += s[k];
  return t;
}

const items = readLabelled(path.join(ROOT, 'tests/fixtures/senses/labelled-sentences.txt'));
const scores = scoreLabelled(items, markText(DEFAULT_RULE));
console.log('Labelled sentences: precision = health marks / all marks, recall = health sentences kept\n');
console.log(`${'form'.padEnd(22)} ordinary  marked  health  kept  precision  recall`);
for (const s of scores) {
  console.log(
    `${s.form.padEnd(22)} ${String(s.ordinary).padStart(8)} ${String(s.marked).padStart(7)} ${String(s.health).padStart(7)} ${String(s.kept).padStart(5)}  ${pct(s.kept, s.kept + s.marked).padStart(9)}  ${pct(s.kept, s.health)}`,
  );
}
const all = totals(scores);
console.log(
  `${'overall'.padEnd(22)} ${String(all.ordinary).padStart(8)} ${String(all.marked).padStart(7)} ${String(all.health).padStart(7)} ${String(all.kept).padStart(5)}  ${pct(all.kept, all.kept + all.marked).padStart(9)}  ${pct(all.kept, all.health)}`,
);
console.log(
  `\n${scores.length} forms; ordinary sentences marked: ${pct(all.marked, all.ordinary)} (max ${MAX_ORDINARY_MARKED * 100}%); health sentences kept: ${pct(all.kept, all.health)} (min ${MIN_HEALTH_KEPT * 100}%)`,
);
if (process.env.EVAL_VERBOSE) for (const line of misses(items, markText(DEFAULT_RULE))) console.log(`  ${line}`);

if (process.env.EVAL_RULES) {
  const none: SenseRule = { nearby: 0, otherCues: false, healthCues: false, symptomLists: false };
  const rules: [string, SenseRule | null][] = [
    ['no rule (every occurrence)', null],
    ['other terms, same block', { ...none }],
    ['other terms, +-1 block', { ...none, nearby: 1 }],
    ['health cues + other terms', { ...none, healthCues: true }],
    ['health and everyday cues', { ...none, healthCues: true, otherCues: true }],
    ['+ symptom lists', { ...none, healthCues: true, otherCues: true, symptomLists: true }],
    ['+ symptom lists, +-1 block (default)', { ...DEFAULT_RULE }],
    ['+ symptom lists, +-3 blocks', { ...DEFAULT_RULE, nearby: 3 }],
  ];
  console.log('\nCandidate rules (labelled sentences; corpus recall of all core mentions)');
  const texts = corpusTexts(CORPUS) ?? corpusTexts(CORPUS_FALLBACK);
  for (const [name, rule] of rules) {
    const t = totals(scoreLabelled(items, markText(rule)));
    let corpus = '';
    if (texts) {
      const rows = corpusRecall(texts, (blocks) => markBlocks(blocks, rule));
      corpus = pct(
        rows.reduce((n, r) => n + r.marked, 0),
        rows.reduce((n, r) => n + r.mentions, 0),
      );
    }
    console.log(
      `  ${name.padEnd(38)} ordinary marked ${pct(t.marked, t.ordinary)}  health kept ${pct(t.kept, t.health)}  corpus ${corpus}`,
    );
  }
}

const failures: string[] = [];
if (all.marked / all.ordinary > MAX_ORDINARY_MARKED) failures.push('too many ordinary sentences are marked');
if (all.kept / all.health < MIN_HEALTH_KEPT) failures.push('too few health sentences keep their mark');

const texts = corpusTexts(CORPUS) ?? corpusTexts(CORPUS_FALLBACK);
if (!texts) {
  console.log(`\nCorpus recall: skipped, no corpus at ${CORPUS} (it lives outside the repository).`);
} else {
  const rows = corpusRecall(texts, (blocks) => markBlocks(blocks, DEFAULT_RULE));
  console.log(`\nCorpus recall of core terms (${texts.length} texts), now vs ${baseline.measured}`);
  console.log(`${'term'.padEnd(18)} mentions  marked  recall  before`);
  for (const row of rows) {
    const before = baseline.rows.find((r) => r.term === row.term);
    console.log(
      `${row.term.padEnd(18)} ${String(row.mentions).padStart(8)} ${String(row.marked).padStart(7)}  ${pct(row.marked, row.mentions)}  ${before ? pct(before.marked, before.mentions) : '  new'}`,
    );
    if (before && before.mentions === row.mentions && row.marked < before.marked)
      failures.push(`corpus recall of "${row.term}" fell below the baseline`);
  }
}

if (texts) {
  // The densest texts of the corpus (by marks with every occurrence drawn), and the NIH page of issue 20.
  const mark = (blocks: readonly string[]) => markBlocks(blocks, DEFAULT_RULE);
  const old = (blocks: readonly string[]) => markBlocks(blocks, null);
  const rows = texts
    .map(({ file, text }) => ({ file, blocks: blocksOf(text) }))
    .map((t) => ({ ...t, before: marksPerThousandWords(t.blocks, old, 'every') }))
    .sort((a, b) => b.before - a.before);
  const shown = new Set([...rows.slice(0, 5), ...rows.filter((r) => r.file.includes('secondary-hypocalcemia'))]);
  console.log('\nMarks per 1,000 words: before (no sense rule, every occurrence) and now, per density');
  console.log(`${'text'.padEnd(64)} before   every  section    page`);
  const fmt = (n: number) => n.toFixed(1).padStart(6);
  for (const r of shown) {
    const now = (d: 'every' | 'section' | 'page') => fmt(marksPerThousandWords(r.blocks, mark, d));
    console.log(
      `${r.file.slice(0, 64).padEnd(64)} ${fmt(r.before)}  ${now('every')}   ${now('section')}  ${now('page')}`,
    );
  }
}

if (failures.length) {
  console.error(`\nFAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nAll thresholds met.');
