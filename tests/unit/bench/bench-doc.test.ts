/**
 * docs/benchmark.md as `npm run bench` writes it (tests/bench/bench-doc.ts): generated-file
 * header, method, the run's table and goals, the soak report or why it is missing, and a file
 * that `prettier --check` accepts as it is.
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { benchDocument, GENERATED_NOTE } from '../../bench/bench-doc';
import type { BenchRun, PageResult } from '../../bench/config';
import type { SoakResult } from '../../bench/soak';

function page(name: string, bytes: number, scriptMs: number, bareMs: number): PageResult {
  return {
    page: name,
    origin: 'fixture',
    bytes,
    loadMs: 100,
    waitedMs: 1200,
    extension: {
      scriptMs,
      scriptCpuMs: scriptMs * 0.9,
      eventMs: scriptMs,
      sampleMs: scriptMs,
      offThreadMs: 4,
      longestTaskMs: 6.2,
      longestTaskCpuMs: 4.5,
      longestInTaskMs: 4.5,
      longTasks: [],
      quietTailMs: 2000,
      selfByFunction: [{ label: 'scanText ← scan', ms: 3.25 }],
      totalByFunction: [{ label: 'scan', ms: 9.5 }],
      sampleCount: 100,
    },
    bare: {
      medianMs: bareMs,
      runsMs: [bareMs],
      cpuMedianMs: bareMs,
      cpuRunsMs: [bareMs],
      matches: 0,
      textNodes: 10,
      textChars: 100,
      pageWorldWarmMs: 1.5,
      pageWorldWarmRunsMs: [1.5],
    },
    floor: {
      medianMs: bareMs * 1.2,
      cpuMedianMs: bareMs * 1.2,
      pageWorldWarmMs: 2,
      pageWorldWarmCpuMs: 2,
      matches: 3,
      cpuRatio: (scriptMs * 0.9) / (bareMs * 1.2),
      warmCpuRatio: (scriptMs * 0.9) / 2,
    },
    ratio: scriptMs / bareMs,
    cpuRatio: (scriptMs * 0.9) / bareMs,
    highlights: 3,
    maybeCut: false,
  };
}

const run: BenchRun = {
  date: new Date('2026-11-22T10:00:00Z'),
  executablePath: '/nonexistent/chromium',
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  glossary: { terms: 147, surfaces: 718 },
  results: [page('small-page.html', 24 * 1024, 8.9, 6.1), page('big-page.html', 1_900_000, 38.2, 23.5)],
  skipped: [],
  mark: undefined,
  markSkipReason: 'BENCH_MARKJS=0',
  popup: { searchMsPerKeystroke: 1.02, popupFirstRenderMs: 88, popupOpensMs: [240, 84, 88] },
  tookS: 61,
  loadAverage: [1.5, 1.2, 1],
  cores: 2,
};

const soak: SoakResult = {
  minutes: 10,
  rate: 1000,
  samples: [],
  heapAtOneMinuteMb: 12.5,
  heapMaxAfterMb: 13.1,
  heapEndMb: 12.9,
  heapRatio: 1.05,
  maxJobs: 7,
  maxKeptElements: 40,
  longestInTaskMs: 12.5,
  longestTaskMs: 21.5,
  longTasks: 0,
  paragraphsAdded: 600_000,
  pass: true,
};

describe('docs/benchmark.md', () => {
  it('says it is generated and how, then gives the method, the results and the soak report', async () => {
    const full: BenchRun = {
      ...run,
      mark: { page: 'small-page.html', ms: 4490, termsDone: 718, termsTotal: 718, marks: 0, capped: false },
    };
    const doc = await benchDocument(full, { result: soak }, {});
    expect(doc.startsWith(GENERATED_NOTE)).toBe(true);
    expect(doc).toContain(
      'Last run: 2026-11-22, chromium headless, 2 cores, 147 entries / 718 surface forms, 2 page(s).',
    );
    expect(doc).toContain('## Method');
    expect(doc).toMatch(/\| small-page\.html +\| +24 KB \| +8\.9 \| +6\.1 \| +1\.46× \|/);
    expect(doc).toMatch(/\| big-page\.html \(large\) +\| 1\.81 MB \| +38\.2 \|/);
    expect(doc).toContain('PASS popup search under 5 ms per keystroke over the whole glossary (1.02 ms)');
    expect(doc).toContain('12.5 MB at 1 min, at most 13.1 MB after (1.05x');
    expect(doc).toContain('extension is 504.5× faster');
    expect(doc).not.toContain('A partial run');
  });

  it('says what a partial run left out', async () => {
    const doc = await benchDocument(run, { notRun: 'BENCH_SOAK=0' }, { BENCH_PAGES: 'small' });
    expect(doc).toContain(
      '**A partial run**: only pages matching BENCH_PAGES=small; no mark.js comparison (BENCH_MARKJS=0); no soak test (BENCH_SOAK=0).',
    );
    expect(doc).toContain('Not run: BENCH_SOAK=0.');
  });

  it('is already formatted, so the written file passes prettier --check', async () => {
    const doc = await benchDocument(run, { result: soak }, {});
    expect(await prettier.format(doc, { parser: 'markdown', printWidth: 120, singleQuote: true })).toBe(doc);
  });
});
