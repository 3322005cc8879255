/**
 * `npx tsx tests/bench/profile-page.ts [page]`: a CPU profile (CDP Profiler domain, 100 µs
 * sampling) of one page load with the built extension, and where the extension's time went:
 * self and inclusive time per function of its scripts, with the minified source around each
 * function's start so names like `le` can be read. The dense corpus page by default; a bench
 * page by name, from ../shared/corpus/pages or tests/fixtures/bench-pages.
 *
 * Env: BENCH_EXTENSION_DIR (default .output/chrome-mv3), PROFILE_LOADS (default 3, summed),
 * PROFILE_SAVE=1 keeps bench-output/profiles/<page>.cpuprofile (DevTools › Performance).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blockOutside, launchWithExtension } from './browsers';
import { CORPUS_DIR, EXT_DIR, fmt, FIXTURE_DIR, log, OUT_DIR } from './config';
import { DENSE_CORPUS_PAGE, densePages } from './dense-pages';
import { servePages } from './server';

/** The parts of CDP's Profiler.Profile read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

function summarize(profiles: Profile[], extensionId: string) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
    const ours = (n: ProfileNode) => n.callFrame.url.includes(extensionId);
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      let node = byId.get(id);
      // Self: the leaf, labelled by the nearest extension frame when the leaf is native.
      let leaf = node;
      while (leaf && !ours(leaf)) leaf = byId.get(parent.get(leaf.id) ?? -1);
      if (!leaf) return;
      const key =
        node && !ours(node) ? `${node.callFrame.functionName || node.callFrame.url} ← ${label(leaf)}` : label(leaf);
      self.set(key, (self.get(key) ?? 0) + ms);
      const seen = new Set<string>();
      for (; node; node = byId.get(parent.get(node.id) ?? -1)) {
        if (!ours(node)) continue;
        const l = label(node);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + ms);
      }
    });
  }
  return { self, total };
}

/** The minified source at `file:line:col`, for reading short names. */
function snippet(label: string): string {
  const m = /(\S+\.js):(\d+):(\d+)$/.exec(label);
  if (!m) return '';
  try {
    const file = m[1]!.startsWith('frame-gate') ? `content-scripts/${m[1]}` : m[1]!;
    const line = readFileSync(path.join(EXT_DIR, file), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
    return line.slice(Number(m[3]) - 1, Number(m[3]) + 70).replace(/\s+/g, ' ');
  } catch {
    return '';
  }
}

async function main() {
  const name = process.argv[2] ?? DENSE_CORPUS_PAGE;
  const dense = densePages().find((p) => p.name === name);
  const inCorpus = path.join(CORPUS_DIR, name);
  const file = dense?.file ?? (existsSync(inCorpus) ? inCorpus : path.join(FIXTURE_DIR, name));
  const server = await servePages(new Map([[`/p/${name}`, file]]));
  const { chromiumExecutable } = (await import('../../scripts/browsers.mjs' as string)) as {
    chromiumExecutable(): string;
  };
  const { context, extensionId } = await launchWithExtension(chromiumExecutable());
  const profiles: Profile[] = [];
  try {
    await blockOutside(context);
    for (let i = 0; i < Number(process.env.PROFILE_LOADS ?? 3); i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/p/${name}`, { waitUntil: 'load' });
      await page.waitForTimeout(5000);
      const { profile } = await cdp.send('Profiler.stop');
      profiles.push(profile as Profile);
      if (process.env.PROFILE_SAVE === '1') {
        mkdirSync(path.join(OUT_DIR, 'profiles'), { recursive: true });
        writeFileSync(path.join(OUT_DIR, 'profiles', `${name}-${i}.cpuprofile`), JSON.stringify(profile));
      }
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  const { self, total } = summarize(profiles, extensionId);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([l, ms]) => `${fmt(ms / profiles.length).padStart(8)} ms  ${l}   ⟨${snippet(l)}⟩`);
  // Every sample with extension code on the stack counts once, under its self key: the sum is the
  // extension's sampled time, comparable between two builds profiled the same way.
  const sampled = [...self.values()].reduce((a, b) => a + b, 0) / profiles.length;
  log(`${name}: ${profiles.length} load(s), ms per load`);
  process.stdout.write(
    [
      `Extension, all sampled: ${fmt(sampled)} ms`,
      '',
      'Self:',
      ...top(self, 30),
      '',
      'Inclusive:',
      ...top(total, 40),
      '',
    ].join('\n') + `\n${total.size} functions\n`,
  );
}

await main();
