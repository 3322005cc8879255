/**
 * The bench's settings (environment variables, goals, fixed sizes), the shapes of its results
 * and the small helpers every part of it uses. Env variables: see tests/bench/run.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { HoverResult, MemoryResult } from './dense-extras';
import type { ScaleResult } from './glossary-scale';
import type { MarkJsResult } from './page-scripts';
import type { benchPopup } from './popup-bench';
import type { ExtensionCost } from './trace';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXT_DIR = path.resolve(ROOT, process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3');
export const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/bench-pages');
/** The team's shared folder beside the repository (a worktree sits one level deeper). */
export const SHARED_DIR =
  ['../shared', '../../shared'].map((p) => path.resolve(ROOT, p)).find((p) => existsSync(path.join(p, 'corpus'))) ??
  path.resolve(ROOT, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus/pages');
export const OUT_DIR = path.join(ROOT, 'bench-output');
export const DOC_FILE = path.join(ROOT, 'docs/benchmark.md');
export const MID_PAGE = 'readability-wikipedia-mozilla.html';

export const BARE_RUNS = 5;
/** "Large page" for the ratio goal. */
export const LARGE_BYTES = 1_000_000;
/** Loads of each large page; the one with the median ratio is reported. */
export const LARGE_PAGE_LOADS = 3;
export const RATIO_GOAL = 2;
export const RATIO_AIM = 1.5;
export const LONG_TASK_GOAL_MS = 50;
export const MARKJS_GOAL = 20;
export const MARKJS_CAP_MS = 60_000;
/** The extension counts as done once nothing ran script and the highlight stayed the same this long. */
export const QUIET_MS = 1000;
export const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 540) * 1000;

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

export interface BenchPage {
  name: string;
  file: string;
  bytes: number;
  origin: 'fixture' | 'corpus' | 'dense';
}

export interface PageResult {
  page: string;
  origin: BenchPage['origin'];
  bytes: number;
  loadMs: number;
  waitedMs: number;
  extension: ExtensionCost;
  bare: {
    /** Cold runs, each in a fresh isolated world: the number the ratio uses. */
    medianMs: number;
    runsMs: number[];
    /** Thread (CPU) time of the same runs, from the trace. */
    cpuMedianMs: number;
    cpuRunsMs: number[];
    matches: number;
    textNodes: number;
    textChars: number;
    /** The same scan in the page's own world, warm (pattern compiled, wrappers exist). */
    pageWorldWarmMs: number;
    pageWorldWarmRunsMs: number[];
  };
  /**
   * The floor with ranges: the bare scan plus a Range per hit added to one CSS Highlight.
   * Cold in fresh isolated worlds like the bare scan (wall and CPU), and warm in the page's
   * world; the ratios are the extension's CPU time over each floor's CPU time.
   */
  floor: {
    medianMs: number;
    cpuMedianMs: number;
    pageWorldWarmMs: number;
    pageWorldWarmCpuMs: number;
    matches: number;
    cpuRatio: number;
    warmCpuRatio: number;
  };
  ratio: number;
  /** The same ratio on CPU (thread) time: steadier on a busy machine. */
  cpuRatio: number;
  highlights: number;
  /** The extension still ran code less than QUIET_MS before the trace ended, even after a retry. */
  maybeCut: boolean;
}

export type PopupResult = Awaited<ReturnType<typeof benchPopup>>;

/** Everything one run measured, for the report and docs/benchmark.md. */
export interface BenchRun {
  date: Date;
  executablePath: string;
  extensionId: string;
  glossary: { terms: number; surfaces: number };
  results: PageResult[];
  skipped: string[];
  mark: (MarkJsResult & { page: string }) | undefined;
  /** Why mark.js was not run, when it was not. */
  markSkipReason: string;
  popup: PopupResult | null;
  /** On the largest dense page of the run (null: none in the run, or BENCH_DENSE_EXTRAS=0). */
  hover?: HoverResult | null;
  memory?: MemoryResult | null;
  /** BENCH_GLOSSARY_SCALE's comparison (null: not asked for). */
  scale?: ScaleResult | null;
  tookS: number;
  loadAverage: number[];
  cores: number;
}

export const started = Date.now();

/** Term-dense pages (tests/bench/dense-pages.ts): judged against the floor with ranges. */
export const isDense = (page: string) => page.startsWith('dense-');
/** Dense pages: extension CPU time at most this many times the floor with ranges (aim, hard limit). */
export const DENSE_RATIO_AIM = 1.5;
export const DENSE_RATIO_GOAL = 2;
/** The longest extension task: the aim (one frame); LONG_TASK_GOAL_MS is the hard limit. */
export const LONG_TASK_AIM_MS = 16;
/** Dense page: the card rendered and placed within this of the dwell's end (median of the hovers). */
export const CARD_GOAL_MS = 16;
/** Dense page: JS heap after GC with the extension at most this much above the page without it. */
export const HEAP_GOAL_MB = 5;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
export const kb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
export const log = (msg: string) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);
