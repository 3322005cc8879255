/**
 * BENCH_GLOSSARY_SCALE=10: what a glossary ten times today's size costs a page.
 *
 * The synthetic glossary keeps every real entry and adds scale-1 copies of each, whose title and
 * aliases are generated words of the same length and shape (spaces, hyphens, digits and capitals
 * where the real form has them) with letters drawn from the letter frequencies of all real forms,
 * from a fixed seed. Everything else is the real entry's, so the validator accepts it. It is
 * written to bench-output/glossary-x<scale>/terms and built into .output/chrome-mv3-bench-glossary
 * (modules/glossary.ts, HEALTH_NOTES_BENCH_GLOSSARY): the normal build never holds it, and
 * tests/guards/glossary-size.test.ts checks that the normal build has today's entry count.
 *
 * The comparison runs both builds side by side, page by page in one run, on the large pages and
 * the dense ones, and compares the extension's CPU time; it also compares the page-scan script's
 * growth with the growth of its data (the compiled form tables).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { readGlossaryFiles } from '../../modules/glossary';
import { isCaseSensitiveSurface, normalizeSurface } from '../../utils/glossary/normalize';
import type { TermEntry } from '../../utils/glossary/schema';
import { buildTermIndex, validateGlossary } from '../../utils/glossary/validate';
import { compilePatternSource } from '../../utils/matcher/compile-pattern';
import { compileMatcher } from '../../utils/matcher/matcher';
import { seededRandom } from '../unit/support/seeded-random';
import { blockOutside, launchWithExtension } from './browsers';
import {
  EXT_DIR,
  fmt,
  isDense,
  LARGE_BYTES,
  log,
  median,
  OUT_DIR,
  ROOT,
  type BenchPage,
  type PageResult,
} from './config';
import { benchPage } from './measure-page';

export const SCALED_EXT_DIR = path.join(ROOT, '.output/chrome-mv3-bench-glossary');

/** Letters of every real form, for drawing new ones with the same frequencies. */
function letterPool(entries: readonly TermEntry[]): string {
  return entries
    .flatMap((e) => [e.title, ...e.aliases])
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** A made-up form shaped like `real`: each letter replaced, keeping its case; the rest kept. */
function lookalike(real: string, pool: string, random: () => number): string {
  let out = '';
  for (const ch of real) {
    if (!/[a-z]/i.test(ch)) {
      out += ch;
      continue;
    }
    const letter = pool[Math.floor(random() * pool.length)]!;
    out += ch === ch.toUpperCase() ? letter.toUpperCase() : letter;
  }
  return out;
}

/**
 * A copy of `e` under new forms. The sense rules (ADR 22) name the entry's own forms, so they are
 * renamed with it: `needsContext` lists forms, and each `blockedBy` phrase holds one as whole
 * words (and must be unique in the glossary, which the new form makes it).
 */
function renamed(e: TermEntry, id: string, fresh: (form: string) => string): TermEntry {
  const real = [e.title, ...e.aliases];
  const made = real.map(fresh);
  const forms = new Map(real.map((form, i) => [normalizeSurface(form), made[i]!]));
  const copy: TermEntry = { ...e, id, title: made[0]!, aliases: made.slice(1), related: [] };
  if (e.needsContext) copy.needsContext = e.needsContext.map((form) => forms.get(normalizeSurface(form)) ?? form);
  if (e.blockedBy) {
    // Longest first, so "low potassium" is renamed before "potassium" inside it.
    const byLength = [...forms.keys()].sort((a, b) => b.length - a.length);
    copy.blockedBy = e.blockedBy.map((phrase) =>
      byLength.reduce(
        (text, form) =>
          text.replace(
            new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
            forms.get(form)!,
          ),
        phrase,
      ),
    );
  }
  return copy;
}

export interface ScaledGlossary {
  dir: string;
  entries: number;
  forms: number;
  surfaces: string[];
  dropped: number;
}

/** Writes the synthetic glossary (real entries plus generated ones) and returns what it holds. */
export function writeScaledGlossary(scale: number): ScaledGlossary {
  const real = validateGlossary(readGlossaryFiles(ROOT, 'data/terms')).entries;
  const pool = letterPool(real);
  const random = seededRandom(17);
  const taken = new Set(real.flatMap((e) => [e.title, ...e.aliases]).map((s) => s.toLowerCase()));
  const fresh = (form: string) => {
    for (;;) {
      const made = lookalike(form, pool, random);
      // An abbreviation must stay one (all capitals), or the tables would file it elsewhere.
      if (isCaseSensitiveSurface(form) !== isCaseSensitiveSurface(made)) continue;
      if (!taken.has(made.toLowerCase())) {
        taken.add(made.toLowerCase());
        return made;
      }
    }
  };
  const made: TermEntry[] = [...real];
  for (let k = 1; k < scale; k++) {
    for (const e of real) made.push(renamed(e, `${e.id}-x${k}`, fresh));
  }
  // A generated word may hit a rule (a stop word, say): such entries are left out, and counted.
  const files = made.map((e) => ({ file: `${e.id}.json`, data: e as unknown }));
  const first = validateGlossary(files);
  const failing = new Set(first.errors.flatMap((error) => error.match(/[\w-]+-x\d+\.json/g) ?? []));
  const { entries, errors } = failing.size ? validateGlossary(files.filter((f) => !failing.has(f.file))) : first;
  const dir = path.join(OUT_DIR, `glossary-x${scale}`, 'terms');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const e of entries) writeFileSync(path.join(dir, `${e.id}.json`), JSON.stringify(e));
  const surfaces = buildTermIndex(entries).flatMap((e) => [e.title, ...e.aliases]);
  if (errors.length) log(`synthetic glossary: ${errors.length} problem(s), first: ${errors[0]}`);
  return { dir, entries: entries.length, forms: surfaces.length, surfaces, dropped: made.length - entries.length };
}

/** Builds the extension with the synthetic glossary into SCALED_EXT_DIR. */
export function buildScaled(glossary: ScaledGlossary): void {
  log(`building with the synthetic glossary (${glossary.entries} entries, ${glossary.forms} forms)`);
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, HEALTH_NOTES_BENCH_GLOSSARY: glossary.dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 || !existsSync(path.join(SCALED_EXT_DIR, 'manifest.json')))
    throw new Error('the build with the synthetic glossary failed');
}

/** The bare-scan pattern of the synthetic glossary. */
export const scaledPattern = (glossary: ScaledGlossary) => compilePatternSource(glossary.surfaces);

export interface ScaleRow {
  page: string;
  today: PageResult;
  scaled: PageResult;
  /** Extension CPU time with the synthetic glossary ÷ with today's. */
  cpuRatio: number;
}

export interface ScaleResult {
  scale: number;
  entries: number;
  forms: number;
  rows: ScaleRow[];
  /** frame-main.js in bytes, and the compiled form tables it carries, in both builds. */
  script: { today: number; scaled: number; dataToday: number; dataScaled: number };
}

/** The form tables as the build emits them (JSON inside the page-scan script). */
function matcherDataBytes(termsDir: string): number {
  const entries = validateGlossary(readGlossaryFiles(ROOT, termsDir)).entries;
  return JSON.stringify(JSON.stringify(compileMatcher(buildTermIndex(entries)))).length;
}

export function scriptSizes(glossary: ScaledGlossary, todayDir: string): ScaleResult['script'] {
  const size = (dir: string) => statSync(path.join(dir, 'frame-main.js')).size;
  return {
    today: size(todayDir),
    scaled: size(SCALED_EXT_DIR),
    dataToday: matcherDataBytes('data/terms'),
    dataScaled: matcherDataBytes(glossary.dir),
  };
}

export type Measure = (context: BrowserContext, extensionId: string, source: string) => Promise<PageResult>;

/** Both builds on one page, alternating, each load of each build measured by `measure`. */
export async function comparePage(
  p: BenchPage,
  today: { context: BrowserContext; extensionId: string; source: string },
  scaled: { context: BrowserContext; extensionId: string; source: string },
  measure: (p: BenchPage, context: BrowserContext, extensionId: string, source: string) => Promise<PageResult>,
): Promise<ScaleRow> {
  const a = await measure(p, today.context, today.extensionId, today.source);
  const b = await measure(p, scaled.context, scaled.extensionId, scaled.source);
  const cpuRatio = b.extension.scriptCpuMs / a.extension.scriptCpuMs;
  log(
    `  ×scale: CPU ${fmt(a.extension.scriptCpuMs)} → ${fmt(b.extension.scriptCpuMs)} ms (${fmt(cpuRatio, 2)}×), longest task ${fmt(a.extension.longestTaskMs)} → ${fmt(b.extension.longestTaskMs)} ms, highlights ${a.highlights} → ${b.highlights}`,
  );
  return { page: p.name, today: a, scaled: b, cpuRatio };
}

export const SCALE_GOAL = 1.25;

export function scaleReport(s: ScaleResult): string[] {
  const rows = s.rows.map(
    (r) =>
      `| ${r.page} | ${fmt(r.today.extension.scriptCpuMs)} | ${fmt(r.scaled.extension.scriptCpuMs)} | ${fmt(r.cpuRatio, 2)}× | ${fmt(r.today.extension.longestTaskMs)} / ${fmt(r.scaled.extension.longestTaskMs)} | ${r.today.highlights} / ${r.scaled.highlights} | ${fmt(r.scaled.floor.cpuRatio, 2)}× |`,
  );
  const over = s.rows.filter((r) => !(r.cpuRatio <= SCALE_GOAL));
  const growth = s.script.scaled - s.script.today;
  const dataGrowth = s.script.dataScaled - s.script.dataToday;
  const ratios = s.rows.map((r) => r.cpuRatio);
  return [
    `Glossary ×${s.scale}: ${s.entries} entries / ${s.forms} surface forms (synthetic; bench build only), both builds side by side.`,
    '',
    '| page | extension CPU ms, today | extension CPU ms, ×' +
      `${s.scale} | ratio | longest task ms, today / ×${s.scale} | highlights, today / ×${s.scale} | ×${s.scale}: extension ÷ floor with ranges (CPU, cold) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '```',
    `${over.length === 0 && s.rows.length ? 'PASS' : 'FAIL'} glossary ×${s.scale}: extension CPU time ≤ ${SCALE_GOAL}× today's on every page compared (median ${fmt(ratios.length ? median(ratios) : NaN, 2)}×${over.length ? `; over: ${over.map((r) => `${r.page} ${fmt(r.cpuRatio, 2)}×`).join(', ')}` : ''})`,
    `${growth <= dataGrowth * 1.02 + 512 ? 'PASS' : 'FAIL'} the page-scan script grows only by its data: frame-main.js ${s.script.today} → ${s.script.scaled} bytes (+${growth}); its form tables ${s.script.dataToday} → ${s.script.dataScaled} bytes (+${dataGrowth})`,
    '```',
  ];
}

/** Reads back a saved comparison (bench-output/glossary-scale.json), for the doc. */
export function readScaleResult(file = path.join(OUT_DIR, 'glossary-scale.json')): ScaleResult | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScaleResult) : null;
}

/**
 * BENCH_GLOSSARY_SCALE: both builds side by side on the large and dense pages (null when unset).
 * Each page is loaded in turn with today's build and the synthetic one, in two browsers.
 */
export async function scaleComparison(
  executablePath: string,
  pages: BenchPage[],
  origin: string,
  todaySource: string,
): Promise<ScaleResult | null> {
  const scale = Number(process.env.BENCH_GLOSSARY_SCALE ?? 0);
  if (!(scale > 1)) return null;
  const glossary = writeScaledGlossary(scale);
  log(
    `glossary ×${scale}: ${glossary.entries} entries, ${glossary.forms} forms (${glossary.dropped} generated entries dropped)`,
  );
  buildScaled(glossary);
  const today = await launchWithExtension(executablePath);
  const scaled = await launchWithExtension(executablePath, SCALED_EXT_DIR);
  const rows = [];
  try {
    await blockOutside(today.context);
    await blockOutside(scaled.context);
    const source = scaledPattern(glossary);
    for (const p of pages.filter((p) => p.bytes >= LARGE_BYTES || isDense(p.name))) {
      log(`glossary ×${scale}: ${p.name}`);
      rows.push(
        await comparePage(
          p,
          { ...today, source: todaySource },
          { ...scaled, source },
          (page, context, extensionId, src) => benchPage(context, origin, page, extensionId, src),
        ),
      );
    }
  } finally {
    await today.context.close();
    await scaled.context.close();
  }
  return { scale, entries: glossary.entries, forms: glossary.forms, rows, script: scriptSizes(glossary, EXT_DIR) };
}
