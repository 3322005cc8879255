/**
 * One page measured: loaded with the extension under a Chrome trace, waited on until the
 * extension is done, then the bare scan run in the same page (cold in fresh isolated worlds,
 * warm in the page's world); the extension's cost comes from the trace (tests/bench/trace.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { PATTERN_FLAGS } from '../../utils/matcher/compile-pattern';
import {
  BARE_RUNS,
  fmt,
  LARGE_BYTES,
  LARGE_PAGE_LOADS,
  log,
  median,
  OUT_DIR,
  QUIET_MS,
  TRACE_CATEGORIES,
  type BenchPage,
  isDense,
  type PageResult,
} from './config';
import {
  BARE_SCAN,
  BARE_SCAN_FUNCTION,
  HIGHLIGHT_SIZE,
  RANGE_SCAN,
  RANGE_SCAN_FUNCTION,
  type BareScanResult,
} from './page-scripts';
import { extensionCost, namedCalls, parseTrace } from './trace';

/** Makes every cold bare-scan pattern a source V8 has not compiled in this browser yet. */
let saltCounter = 0;

/** An expression calling the in-page function `source` with a JSON argument. */
export const callIn = (source: string, arg: unknown) => `(${source})(${JSON.stringify(arg)})`;

async function readTrace(cdp: CDPSession): Promise<string> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('trace came back without a stream');
  const chunks: Buffer[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Waits until the extension is done: the highlight registry and the page's total script time
 * (CDP Performance.ScriptDuration, which includes content scripts) stay unchanged for
 * `quietMs`. Pages whose own scripts never stop end at `maxMs`; the trace check afterwards
 * tells whether the extension itself was still busy.
 */
async function waitQuiet(page: Page, cdp: CDPSession, quietMs: number, maxMs: number): Promise<number> {
  const t0 = Date.now();
  const scriptSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  let lastChange = Date.now();
  let lastSize = await page.evaluate<number>(HIGHLIGHT_SIZE);
  let lastScript = await scriptSeconds();
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 200));
    const size = await page.evaluate<number>(HIGHLIGHT_SIZE);
    const script = await scriptSeconds();
    // A few ms of script per poll is our own page.evaluate calls.
    if (size !== lastSize || script - lastScript > 0.003) lastChange = Date.now();
    lastSize = size;
    lastScript = script;
    if (Date.now() - lastChange >= quietMs) break;
  }
  return Date.now() - t0;
}

async function measurePage(
  context: BrowserContext,
  url: string,
  extensionId: string,
  source: string,
  quietMs: number,
  maxMs: number,
) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: TRACE_CATEGORIES.filter(
          (c) => process.env.BENCH_PROFILER !== '0' || !c.includes('cpu_profiler'),
        ),
        recordMode: 'recordUntilFull',
        traceBufferSizeInKb: 400 * 1024,
      },
    });
    const t0 = Date.now();
    // Content scripts run at document_idle (after DOMContentLoaded, at the latest just after load).
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await page
      .waitForLoadState('load', { timeout: 120_000 })
      .catch(() => log('  no load event within 120 s; measuring anyway'));
    const loadMs = Date.now() - t0;
    const waitedMs = await waitQuiet(page, cdp, quietMs, maxMs);
    const highlights = await page.evaluate<number>(HIGHLIGHT_SIZE);
    // The bare scans run in the same page, under the same tracing, after the extension is done:
    // cold, each in a fresh isolated world, then warm in the page's world; without, then with ranges.
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const coldRuns = async (script: string) => {
      const cold: number[] = [];
      let result: BareScanResult | undefined;
      for (let r = 0; r < BARE_RUNS; r++) {
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: `health-notes-bench-${++saltCounter}`,
        });
        const evaluated = await cdp.send('Runtime.evaluate', {
          expression: callIn(script, { source, flags: PATTERN_FLAGS, runs: 1, salt: saltCounter }),
          contextId: executionContextId,
          awaitPromise: true,
          returnByValue: true,
        });
        if (evaluated.exceptionDetails) throw new Error(`bare scan failed: ${evaluated.exceptionDetails.text}`);
        result = evaluated.result.value as BareScanResult;
        cold.push(result.runs[0]!);
      }
      const warm = await page.evaluate<BareScanResult>(
        callIn(script, { source, flags: PATTERN_FLAGS, runs: BARE_RUNS, salt: 0 }),
      );
      return { ...result!, runs: cold, warmRuns: warm.runs };
    };
    const bare = await coldRuns(BARE_SCAN);
    const ranged = await coldRuns(RANGE_SCAN);
    const trace = await readTrace(cdp);
    if (process.env.BENCH_SAVE_TRACES === '1') {
      // Loadable in DevTools › Performance › Load profile.
      mkdirSync(path.join(OUT_DIR, 'traces'), { recursive: true });
      writeFileSync(path.join(OUT_DIR, 'traces', `${new URL(url).pathname.split('/').pop()}.json`), trace);
    }
    const events = parseTrace(trace);
    // In time order: the cold isolated-world runs, then the warm page-world ones.
    const bareCalls = namedCalls(events, BARE_SCAN_FUNCTION).slice(0, BARE_RUNS);
    const rangeCalls = namedCalls(events, RANGE_SCAN_FUNCTION);
    const extension = extensionCost(events, extensionId, bareCalls[0]?.ts);
    return {
      loadMs,
      waitedMs,
      extension,
      highlights,
      bare,
      warmRuns: bare.warmRuns,
      bareCpuMs: bareCalls.map((c) => c.cpuMs),
      ranged,
      rangeCpuMs: rangeCalls.slice(0, BARE_RUNS).map((c) => c.cpuMs),
      rangeWarmCpuMs: rangeCalls.slice(BARE_RUNS).map((c) => c.cpuMs),
    };
  } finally {
    await page.close();
  }
}

export async function benchPage(
  context: BrowserContext,
  origin: string,
  p: BenchPage,
  extensionId: string,
  source: string,
): Promise<PageResult> {
  // The goal is judged on the large pages: one load there is one draw from a noisy machine, so
  // they are loaded LARGE_PAGE_LOADS times and the load with the median ratio is reported.
  // Dense pages too: their goal is judged against the floor with ranges, on CPU time.
  const dense = isDense(p.name);
  const loads = p.bytes >= LARGE_BYTES || dense ? LARGE_PAGE_LOADS : 1;
  const results: PageResult[] = [];
  for (let i = 0; i < loads; i++) results.push(await loadOnce(context, origin, p, extensionId, source));
  const key = (r: PageResult) => (dense ? r.floor.cpuRatio : r.ratio);
  if (loads > 1)
    log(
      `  ${dense ? 'CPU ratios to the floor with ranges' : 'ratios'} of the ${loads} loads: ${results.map((r) => `${fmt(key(r), 2)}×`).join(', ')}`,
    );
  return [...results].sort((a, b) => key(a) - key(b))[results.length >> 1]!;
}

async function loadOnce(
  context: BrowserContext,
  origin: string,
  p: BenchPage,
  extensionId: string,
  source: string,
): Promise<PageResult> {
  const url = `${origin}/${p.origin}/${encodeURIComponent(p.name)}`;
  let m = await measurePage(context, url, extensionId, source, QUIET_MS, 15_000);
  let maybeCut = m.extension.quietTailMs < QUIET_MS;
  if (maybeCut) {
    log(
      `  extension ran ${fmt(m.extension.quietTailMs, 0)} ms before the bare scan started: measuring again with a longer wait`,
    );
    m = await measurePage(context, url, extensionId, source, 3 * QUIET_MS, 40_000);
    maybeCut = m.extension.quietTailMs < QUIET_MS;
  }
  const medianMs = median(m.bare.runs);
  const cpuMedianMs = m.bareCpuMs.length ? median(m.bareCpuMs) : NaN;
  return {
    page: p.name,
    origin: p.origin,
    bytes: p.bytes,
    loadMs: m.loadMs,
    waitedMs: m.waitedMs,
    extension: m.extension,
    bare: {
      medianMs,
      runsMs: m.bare.runs,
      cpuMedianMs,
      cpuRunsMs: m.bareCpuMs,
      matches: m.bare.matches,
      textNodes: m.bare.textNodes,
      textChars: m.bare.textChars,
      pageWorldWarmMs: median(m.warmRuns),
      pageWorldWarmRunsMs: m.warmRuns,
    },
    floor: {
      medianMs: median(m.ranged.runs),
      cpuMedianMs: m.rangeCpuMs.length ? median(m.rangeCpuMs) : NaN,
      pageWorldWarmMs: median(m.ranged.warmRuns),
      pageWorldWarmCpuMs: m.rangeWarmCpuMs.length ? median(m.rangeWarmCpuMs) : NaN,
      matches: m.ranged.matches,
      cpuRatio: m.extension.scriptCpuMs / (m.rangeCpuMs.length ? median(m.rangeCpuMs) : NaN),
      warmCpuRatio: m.extension.scriptCpuMs / (m.rangeWarmCpuMs.length ? median(m.rangeWarmCpuMs) : NaN),
    },
    ratio: m.extension.scriptMs / medianMs,
    cpuRatio: m.extension.scriptCpuMs / cpuMedianMs,
    // -1: no highlight registered, which the extension does only once it has a term to show.
    highlights: Math.max(0, m.highlights),
    maybeCut,
  };
}
