/**
 * The soak test (`npm run bench:soak`, and the last part of `npm run bench` unless BENCH_SOAK=0):
 * the built extension on a single-page app that adds and removes RATE paragraphs with terms per
 * second (tests/bench/soak-page.html) for BENCH_SOAK_MINUTES (default 10): the first half with
 * the tab in front, the second half behind another tab (hidden), then 20 s in front again.
 *
 * Every SAMPLE_MS it records the renderer's JS heap after a forced GC (CDP
 * HeapProfiler.collectGarbage + Runtime.getHeapUsage: the whole isolate, so the page's own feed
 * is in it too, steady by construction) and the extension's queued work (the content script's
 * `backlog`, asked through the extension's own messaging from its service worker). Every
 * TRACE_EVERY_MS it traces TRACE_WINDOW_MS and keeps the most extension time inside one main-thread
 * task (its MutationObserver callbacks run inside the page's own tick; the page's part is not the
 * extension's cost) and the longest whole task that ran extension code (tests/bench/trace.ts).
 * Goals: heap within 1.5x of its size at one minute, fewer than 100 scan jobs queued, no more
 * than 50 ms of extension work in one task.
 *
 * Puppeteer, not Playwright: Playwright's Chromium keeps every tab "visible" (each page gets a
 * window of its own and focus emulation), so a tab behind another never becomes hidden; with
 * puppeteer-core a tab behind another reports visibilityState "hidden", as in a real browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type CDPSession, type Page, type WebWorker } from 'puppeteer-core';
import { servePages } from './server';
import { extensionCost, parseTrace } from './trace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXT_DIR = path.resolve(ROOT, process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3');
const OUT_DIR = path.join(ROOT, 'bench-output');
const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const RATE = 1000;
const SAMPLE_MS = 15_000;
const TRACE_EVERY_MS = 60_000;
const TRACE_WINDOW_MS = 5_000;
const RETURN_MS = 20_000;
const GOALS = { heapRatio: 1.5, jobs: 100, longTaskMs: 50 };
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];

export interface SoakSample {
  atS: number;
  phase: 'visible' | 'hidden' | 'back';
  heapMb: number;
  /** Scan jobs queued (the goal), and changed elements kept for the next re-scan. */
  jobs: number;
  keptElements: number;
  highlights: number;
}
export interface SoakResult {
  minutes: number;
  rate: number;
  samples: SoakSample[];
  heapAtOneMinuteMb: number;
  heapMaxAfterMb: number;
  heapEndMb: number;
  heapRatio: number;
  maxJobs: number;
  maxKeptElements: number;
  /** The most extension time inside one task (the goal). */
  longestInTaskMs: number;
  /** The longest whole task the extension ran in, the page's own part included. */
  longestTaskMs: number;
  longTasks: number;
  paragraphsAdded: number;
  pass: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => process.stderr.write(`[soak] ${msg}\n`);

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * The content script's own status, asked the way the popup asks it (extension messaging). The
 * extension has no "tabs" or host permission (ADR 17), so it cannot find the tab by its URL
 * (tabs.query({ url }) matches nothing): it asks every tab, and takes the answer from the top
 * frame whose reported address is the soak page.
 */
async function backlog(worker: WebWorker, pageUrl: string): Promise<{ jobs: number; roots: number }> {
  return worker.evaluate(async (url: string) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    for (const tab of await c.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await c.tabs.sendMessage(tab.id, { type: 'page-status' }, { frameId: 0 }).catch(() => null)) as {
        url?: string;
        backlog?: { jobs: number; roots: number };
      } | null;
      if (reply?.url === url && reply.backlog) return reply.backlog;
    }
    return { jobs: -1, roots: -1 };
  }, pageUrl);
}

async function longestExtensionTask(
  page: Page,
  extensionId: string,
): Promise<{ inTask: number; whole: number; long: number }> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await sleep(TRACE_WINDOW_MS);
  const buffer = await page.tracing.stop();
  const cost = extensionCost(parseTrace(Buffer.from(buffer ?? []).toString('utf8')), extensionId);
  return { inTask: cost.longestInTaskMs, whole: cost.longestTaskMs, long: cost.longTasks.length };
}

export async function runSoak(executablePath: string): Promise<SoakResult> {
  const server = await servePages(new Map([['/soak.html', path.join(import.meta.dirname, 'soak-page.html')]]));
  const pageUrl = `${server.origin}/soak.html?rate=${RATE}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    enableExtensions: [EXT_DIR],
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 30_000 });
    const extensionId = new URL(sw.url()).host;
    // Attached once: while a DevTools session is attached, Chrome keeps the worker alive.
    const worker = await sw.worker();
    if (!worker) throw new Error('the extension has no service worker');
    const page = await browser.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    // The clock starts once the content script answers (it loads after the page's load event).
    for (let i = 0; i < 50 && (await backlog(worker, pageUrl)).jobs < 0; i++) await sleep(200);
    const started = Date.now();
    const totalMs = MINUTES * 60_000;
    const samples: SoakSample[] = [];
    let longest = 0;
    let longestInTask = 0;
    let longTasks = 0;
    let nextSample = 0;
    let nextTrace = 30_000;
    let cover: Page | undefined;
    let phase: SoakSample['phase'] = 'visible';
    log(`${MINUTES} min at ${RATE} paragraphs/s; extension ${extensionId}`);
    for (;;) {
      const at = Date.now() - started;
      if (phase === 'visible' && at >= totalMs / 2) {
        cover = await browser.newPage();
        await cover.goto('about:blank');
        await cover.bringToFront();
        phase = 'hidden';
        log(`hidden at ${Math.round(at / 1000)} s: ${await page.evaluate(() => document.visibilityState)}`);
      } else if (phase === 'hidden' && at >= totalMs) {
        await page.bringToFront();
        await cover?.close();
        phase = 'back';
        // Trace the catch-up right away: the riskiest moment for a long task.
        nextTrace = at;
      } else if (phase === 'back' && at >= totalMs + RETURN_MS) break;
      if (at >= nextTrace) {
        const t = await longestExtensionTask(page, extensionId);
        longest = Math.max(longest, t.whole);
        longestInTask = Math.max(longestInTask, t.inTask);
        longTasks += t.long;
        nextTrace += TRACE_EVERY_MS;
      }
      if (at >= nextSample) {
        const queued = await backlog(worker, pageUrl);
        const sample: SoakSample = {
          atS: Math.round(at / 1000),
          phase,
          heapMb: await heapAfterGc(cdp),
          jobs: queued.jobs,
          keptElements: queued.roots,
          highlights: await page.evaluate(() => {
            let n = 0;
            for (const [, h] of CSS.highlights) n += h.size;
            return n;
          }),
        };
        samples.push(sample);
        log(
          `${sample.atS} s ${phase}: heap ${sample.heapMb.toFixed(1)} MB, jobs ${sample.jobs}, kept elements ${sample.keptElements}, highlights ${sample.highlights}`,
        );
        nextSample += SAMPLE_MS;
      }
      await sleep(1000);
    }
    const added = await page.evaluate(() => (window as unknown as { soakStats: { added: number } }).soakStats.added);
    const base = samples.find((s) => s.atS >= 60) ?? samples[samples.length - 1]!;
    const after = samples.filter((s) => s.atS > base.atS);
    const heapMaxAfterMb = Math.max(base.heapMb, ...after.map((s) => s.heapMb));
    const result: SoakResult = {
      minutes: MINUTES,
      rate: RATE,
      samples,
      heapAtOneMinuteMb: base.heapMb,
      heapMaxAfterMb,
      heapEndMb: samples[samples.length - 1]!.heapMb,
      heapRatio: heapMaxAfterMb / base.heapMb,
      maxJobs: Math.max(...samples.map((s) => s.jobs)),
      maxKeptElements: Math.max(...samples.map((s) => s.keptElements)),
      longestInTaskMs: longestInTask,
      longestTaskMs: longest,
      longTasks,
      paragraphsAdded: added,
      pass: false,
    };
    result.pass =
      result.heapRatio <= GOALS.heapRatio &&
      result.maxJobs < GOALS.jobs &&
      samples.every((s) => s.jobs >= 0) &&
      result.longestInTaskMs < GOALS.longTaskMs;
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function soakReport(r: SoakResult): string {
  const ok = (b: boolean) => (b ? 'PASS' : 'FAIL');
  return [
    `Soak: ${r.minutes} min, ${r.rate} paragraphs with terms added and removed per second (${r.paragraphsAdded} added), half visible, half hidden, then 20 s visible.`,
    `${ok(r.heapRatio <= GOALS.heapRatio)} JS heap after GC: ${r.heapAtOneMinuteMb.toFixed(1)} MB at 1 min, at most ${r.heapMaxAfterMb.toFixed(1)} MB after (${r.heapRatio.toFixed(2)}x; goal ≤ ${GOALS.heapRatio}x), ${r.heapEndMb.toFixed(1)} MB at the end`,
    `${ok(r.maxJobs >= 0 && r.maxJobs < GOALS.jobs)} scan jobs queued: at most ${r.maxJobs} (goal < ${GOALS.jobs}); changed elements kept for the next re-scan: at most ${r.maxKeptElements}`,
    `${ok(r.longestInTaskMs < GOALS.longTaskMs)} most extension time in one main-thread task ${r.longestInTaskMs.toFixed(1)} ms in the traced windows (goal < ${GOALS.longTaskMs} ms); the longest whole task it ran in, the page's own work included, ${r.longestTaskMs.toFixed(1)} ms (${r.longTasks} such task(s) ≥ 50 ms: the page's own ticks add 1,000 paragraphs each)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { chromiumExecutable } = (await import('../../scripts/browsers.mjs' as string)) as {
    chromiumExecutable(): string;
  };
  const result = await runSoak(chromiumExecutable());
  const report = soakReport(result);
  process.stdout.write(`${report}\n`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
