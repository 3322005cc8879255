import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { normalizedWords, sharedRuns, wordRunIndex } from '../support/readability/copied-text';

const root = path.resolve(__dirname, '../../..');

/**
 * The seed articles live beside the repository, in `../shared/seeds` (a worktree sits one
 * level deeper, so the nearest ancestor's `shared/seeds` is used). They are not copied into
 * the repository: they are other publishers' articles.
 */
function findSeedsDir(): string | undefined {
  for (let dir = path.dirname(root); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('word runs shared with a reference text', () => {
  const index = wordRunIndex([
    'Low magnesium levels, or hypomagnesemia, can lead to muscle jerks, spasms, and tremors.',
  ]);

  test('finds 8 words in a row, whatever the case and punctuation', () => {
    expect(sharedRuns('LOW magnesium levels (or hypomagnesemia) can lead to muscle trouble.', index)).toEqual([
      'low magnesium levels or hypomagnesemia can lead to',
      'magnesium levels or hypomagnesemia can lead to muscle',
    ]);
  });

  test('ignores 7 words in a row', () => {
    expect(sharedRuns('Hypomagnesemia can lead to muscle jerks, spasms, or worse.', index)).toEqual([]);
  });

  test('drops apostrophes and breaks words at other punctuation', () => {
    expect(normalizedWords("Don't take 3.5 mmol/L lightly—pre-eclampsia")).toEqual([
      'dont',
      'take',
      '3',
      '5',
      'mmol',
      'l',
      'lightly',
      'pre',
      'eclampsia',
    ]);
  });
});

const seedsDir = findSeedsDir();

describe.skipIf(!seedsDir)('no glossary sentence copies the seed articles (8 words in a row)', () => {
  if (!seedsDir) {
    console.warn('Copy check skipped: no shared/seeds folder beside the repository.');
    return;
  }
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(seedsDir, name), 'utf8'));
  const index = wordRunIndex(seeds);
  const { entries } = loadGlossary(root);

  test('the seed articles are there to compare with', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  test('no summary, detail, seek-care line, action or question shares 8 words in a row with a seed article', () => {
    const hits = entries.flatMap((e) =>
      [
        ['summary', e.summary],
        ...e.details.map((d, i) => [`details[${i}]`, d]),
        ['seekCare.soon', e.seekCare?.soon ?? ''],
        ['seekCare.emergency', e.seekCare?.emergency ?? ''],
        ...(e.actions ?? []).map((a, i) => [`actions[${i}]`, a.text]),
        ...(e.questions ?? []).map((q, i) => [`questions[${i}]`, q]),
      ].flatMap(([field, text]) => sharedRuns(text!, index).map((run) => `${e.id}.${field}: "${run}"`)),
    );
    expect(hits).toEqual([]);
  });
});
