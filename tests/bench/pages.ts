/** Which build the bench loads (rebuilt when asked or missing) and which pages it measures. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, EXT_DIR, FIXTURE_DIR, log, ROOT, type BenchPage } from './config';
import { densePages } from './dense-pages';

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

export function ensureBuild(): void {
  const manifest = path.join(EXT_DIR, 'manifest.json');
  const missing = !existsSync(manifest);
  if (process.env.BENCH_EXTENSION_DIR) {
    if (missing) throw new Error(`BENCH_EXTENSION_DIR: no manifest.json in ${EXT_DIR}`);
    return;
  }
  if (missing || process.env.BENCH_BUILD === '1') {
    log(
      missing
        ? 'no build in .output/chrome-mv3: running `npx wxt build` first'
        : 'BENCH_BUILD=1: running `npx wxt build`',
    );
    const r = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0 || !existsSync(manifest))
      throw new Error('`npx wxt build` failed; the bench needs .output/chrome-mv3');
    return;
  }
  const sources = ['entrypoints', 'utils', 'components', 'modules', 'data', 'wxt.config.ts'].map((p) =>
    newestMtime(path.join(ROOT, p)),
  );
  if (Math.max(...sources) > statSync(manifest).mtimeMs) {
    log(
      'WARNING: sources are newer than .output/chrome-mv3; this measures the OLD build (rebuild with `npx wxt build` or BENCH_BUILD=1)',
    );
  }
}

export function listPages(): BenchPage[] {
  const pick = (dir: string, origin: BenchPage['origin']) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.html'))
          .map((name) => ({
            name,
            file: path.join(dir, name),
            bytes: statSync(path.join(dir, name)).size,
            origin,
          }))
      : [];
  const fixtures = pick(FIXTURE_DIR, 'fixture').sort((a, b) => a.bytes - b.bytes);
  const names = new Set(fixtures.map((p) => p.name));
  const corpus = pick(CORPUS_DIR, 'corpus')
    .filter((p) => !names.has(p.name))
    .sort((a, b) => a.bytes - b.bytes);
  if (!existsSync(CORPUS_DIR)) log(`no ${path.relative(ROOT, CORPUS_DIR)}: fixture pages only`);
  const filters = (process.env.BENCH_PAGES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // The dense pages last: the hover and memory measures run on them after the table.
  const all = [
    ...fixtures.filter((p) => !p.name.startsWith('dense-')),
    ...corpus,
    ...fixtures.filter((p) => p.name.startsWith('dense-')),
    ...densePages(),
  ];
  return filters.length ? all.filter((p) => filters.some((f) => p.name.includes(f))) : all;
}
