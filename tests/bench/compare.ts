/**
 * `npm run bench:compare`: is a build slower than an older one beyond noise?
 *
 * Runs `npm run bench` (no soak, no mark.js, docs/benchmark.md untouched) alternately on the two
 * builds, BENCH_COMPARE_ROUNDS times each (default 5), so both see the same machine load, then
 * judges each page's extension CPU time, its longest in-task time and the popup's first render with
 * tests/bench/compare-stats.ts (slower = median +10 % and p < 0.05).
 *
 * Env: BENCH_COMPARE_BASE = the old build: an unpacked build directory, or a git ref that is built
 *      here in a temporary worktree; BENCH_COMPARE_NEW = the new build directory (default
 *      .output/chrome-mv3); BENCH_PAGES as for the bench. Report: stdout and bench-output/compare.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judge, type Verdict } from './compare-stats';
import { OUT_DIR, ROOT } from './config';

interface Sample {
  pages: Map<string, { cpu: number; inTask: number }>;
  popupFirstRenderMs: number | null;
}

function log(line: string): void {
  process.stderr.write(`[compare] ${line}\n`);
}

/** A directory with manifest.json, or a git ref built in a throwaway worktree (copied out first). */
function resolveBase(base: string): string {
  if (existsSync(path.join(base, 'manifest.json'))) return path.resolve(base);
  const work = mkdtempSync(path.join(tmpdir(), 'health-notes-base-'));
  const tree = path.join(work, 'tree');
  log(`building ${base} in ${tree}`);
  execFileSync('git', ['worktree', 'add', '--detach', tree, base], { cwd: ROOT, stdio: 'inherit' });
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'inherit' });
    const out = path.join(work, 'chrome-mv3');
    cpSync(path.join(tree, '.output/chrome-mv3'), out, { recursive: true });
    return out;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  }
}

function runOnce(dir: string): Sample {
  const result = spawnSync('npx', ['tsx', 'tests/bench/run.ts'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_EXTENSION_DIR: dir, BENCH_SOAK: '0', BENCH_MARKJS: '0', BENCH_DOC: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`bench failed on ${dir} (exit ${result.status})`);
  const json = JSON.parse(readFileSync(path.join(OUT_DIR, 'results.json'), 'utf8')) as {
    pages: { page: string; extension: { scriptCpuMs: number; longestInTaskMs: number } }[];
    popup: { popupFirstRenderMs: number } | null;
  };
  return {
    pages: new Map(
      json.pages.map((p) => [p.page, { cpu: p.extension.scriptCpuMs, inTask: p.extension.longestInTaskMs }]),
    ),
    popupFirstRenderMs: json.popup?.popupFirstRenderMs ?? null,
  };
}

function row(label: string, v: Verdict, unit = 'ms'): string {
  const pct = `${v.change >= 0 ? '+' : ''}${(v.change * 100).toFixed(0)} %`;
  return `| ${label} | ${v.before.toFixed(1)} ${unit} | ${v.after.toFixed(1)} ${unit} | ${pct} | ${v.p.toFixed(2)} | ${v.slower ? 'SLOWER' : 'same'} |`;
}

function main(): void {
  const baseArg = process.env.BENCH_COMPARE_BASE;
  if (!baseArg) throw new Error('set BENCH_COMPARE_BASE to an old build directory or a git ref');
  const base = resolveBase(baseArg);
  const fresh = path.resolve(ROOT, process.env.BENCH_COMPARE_NEW ?? '.output/chrome-mv3');
  if (!existsSync(path.join(fresh, 'manifest.json'))) throw new Error(`no build in ${fresh} (run npx wxt build)`);
  const rounds = Math.max(3, Number(process.env.BENCH_COMPARE_ROUNDS ?? 5));
  const runs: Record<'base' | 'fresh', Sample[]> = { base: [], fresh: [] };
  for (let i = 1; i <= rounds; i++) {
    // Alternate which goes first, so a load that builds up during a round hits both alike.
    const order: ('base' | 'fresh')[] = i % 2 ? ['base', 'fresh'] : ['fresh', 'base'];
    for (const which of order) {
      log(`round ${i}/${rounds}: ${which}`);
      runs[which].push(runOnce(which === 'base' ? base : fresh));
    }
  }

  const lines = [
    `# Bench comparison (${new Date().toISOString()})`,
    '',
    `Old: ${baseArg}; new: ${path.relative(ROOT, fresh) || fresh}; ${rounds} alternating rounds each.`,
    'Slower = median up more than 10 % and one-sided permutation p < 0.05 (tests/bench/compare-stats.ts).',
    '',
    '| measure | old median | new median | change | p | verdict |',
    '|---|---:|---:|---:|---:|---|',
  ];
  const pages = [...runs.base[0]!.pages.keys()].filter((p) => runs.fresh.every((s) => s.pages.has(p)));
  let slower = 0;
  for (const page of pages) {
    const pick = (which: 'base' | 'fresh', key: 'cpu' | 'inTask') =>
      runs[which].flatMap((s) => (s.pages.has(page) ? [s.pages.get(page)![key]] : []));
    const cpu = judge(pick('base', 'cpu'), pick('fresh', 'cpu'));
    const inTask = judge(pick('base', 'inTask'), pick('fresh', 'inTask'));
    slower += Number(cpu.slower) + Number(inTask.slower);
    lines.push(row(`${page}: extension CPU`, cpu), row(`${page}: longest in-task`, inTask));
  }
  const popup = (which: 'base' | 'fresh') =>
    runs[which].flatMap((s) => (s.popupFirstRenderMs === null ? [] : [s.popupFirstRenderMs]));
  const pv = judge(popup('base'), popup('fresh'));
  slower += Number(pv.slower);
  lines.push(
    row('popup first render', pv),
    '',
    slower ? `${slower} measure(s) slower beyond noise.` : 'No measure slower beyond noise.',
  );
  const report = lines.join('\n') + '\n';
  writeFileSync(path.join(OUT_DIR, 'compare.md'), report);
  process.stdout.write(report);
  if (base.startsWith(tmpdir())) rmSync(path.dirname(base), { recursive: true, force: true });
}

main();
