/**
 * The bench's report of one run, in parts: the results table, the mark.js line, the goals
 * (PASS/FAIL lines), where the extension's time went, and the run's conditions. run.ts prints
 * them; bench-doc.ts puts them in docs/benchmark.md.
 */
import { scaleReport } from './glossary-scale';
import { POPUP_GOALS } from './popup-bench';
import {
  BARE_RUNS,
  fmt,
  kb,
  LARGE_BYTES,
  LONG_TASK_GOAL_MS,
  MARKJS_CAP_MS,
  MARKJS_GOAL,
  RATIO_AIM,
  RATIO_GOAL,
  DENSE_RATIO_AIM,
  DENSE_RATIO_GOAL,
  isDense,
  LONG_TASK_AIM_MS,
  CARD_GOAL_MS,
  HEAP_GOAL_MB,
  type BenchRun,
} from './config';
import type { HotFunction } from './trace';

export interface BenchReport {
  /** What was run, in one paragraph. */
  setup: string;
  table: string[];
  markJs: string;
  goals: string[];
  hotSpots: string[];
  footer: string;
}

const TABLE_HEADER =
  '| page | size | extension script ms | bare scan ms | ratio | bare scan, page world warm ms | longest extension task ms | highlights | CPU: extension / bare ms (ratio), longest task | CPU: floor with ranges, cold / warm ms | CPU: extension ÷ floor with ranges, cold / warm |';

export function resultsTable(run: BenchRun): string[] {
  const rows = run.results.map((r) => {
    const flag = r.maybeCut ? ' ⚠ still running at trace end' : '';
    return `| ${r.page}${r.bytes >= LARGE_BYTES ? ' (large)' : ''} | ${kb(r.bytes)} | ${fmt(r.extension.scriptMs)}${flag} | ${fmt(r.bare.medianMs)} | ${fmt(r.ratio, 2)}× | ${fmt(r.bare.pageWorldWarmMs)} | ${fmt(r.extension.longestTaskMs)} | ${r.highlights} | ${fmt(r.extension.scriptCpuMs)} / ${fmt(r.bare.cpuMedianMs)} (${fmt(r.cpuRatio, 2)}×), ${fmt(r.extension.longestTaskCpuMs)} | ${fmt(r.floor.cpuMedianMs)} / ${fmt(r.floor.pageWorldWarmCpuMs)} | ${fmt(r.floor.cpuRatio, 2)}× / ${fmt(r.floor.warmCpuRatio, 2)}× |`;
  });
  return [TABLE_HEADER, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|', ...rows];
}

function markJsLine({ mark, results, markSkipReason }: BenchRun): string {
  if (!mark) return `mark.js once per term: not run (${markSkipReason})`;
  const mid = results.find((r) => r.page === mark.page);
  const lower = mark.capped ? '>' : '';
  const speedup = mid ? mark.ms / mid.extension.scriptMs : NaN;
  return (
    `mark.js once per term on ${mark.page}: ${lower}${fmt(mark.ms, 0)} ms for ${mark.termsDone}/${mark.termsTotal} terms (${mark.marks} marks${mark.capped ? `, capped at ${MARKJS_CAP_MS / 1000} s` : ''}) ` +
    `vs extension ${fmt(mid!.extension.scriptMs)} ms → extension is ${lower}${fmt(speedup)}× faster`
  );
}

export function goalLines(run: BenchRun): string[] {
  const { results, mark, popup, skipped } = run;
  const out: string[] = [];
  const large = results.filter((r) => r.bytes >= LARGE_BYTES);
  const overRatio = large.filter((r) => r.ratio > RATIO_GOAL);
  const overAim = large.filter((r) => r.ratio > RATIO_AIM);
  const allOver = results.filter((r) => r.ratio > RATIO_GOAL);
  const longOnes = results.filter((r) => r.extension.longestTaskMs >= LONG_TASK_GOAL_MS);
  const cut = results.filter((r) => r.maybeCut);
  const goal = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  out.push(
    `${goal(large.length > 0 && overRatio.length === 0)} extension ≤ ${RATIO_GOAL}× bare scan on every large page (≥ ${LARGE_BYTES / 1e6} MB, ${large.length} page(s))` +
      (large.length === 0 ? ': no large page in this run' : '') +
      (overRatio.length ? `: misses ${overRatio.map((r) => `${r.page} ${fmt(r.ratio, 2)}×`).join(', ')}` : '') +
      (large.length && !overRatio.length
        ? `; aim ${RATIO_AIM}×: ${overAim.length ? `not yet on ${overAim.map((r) => `${r.page} ${fmt(r.ratio, 2)}×`).join(', ')}` : 'met'}`
        : ''),
  );
  const cpuOver = large.filter((r) => !(r.cpuRatio <= RATIO_GOAL));
  out.push(
    `     (on CPU time: ${large.length - cpuOver.length}/${large.length} large page(s) within ${RATIO_GOAL}×${cpuOver.length ? `; over: ${cpuOver.map((r) => `${r.page} ${fmt(r.cpuRatio, 2)}×`).join(', ')}` : ''})`,
  );
  out.push(
    `     (all pages: ${results.length - allOver.length}/${results.length} within ${RATIO_GOAL}×${allOver.length ? `; over: ${allOver.map((r) => `${r.page} ${fmt(r.ratio, 2)}×`).join(', ')}` : ''})`,
  );
  out.push(
    `${goal(results.length > 0 && longOnes.length === 0)} no main-thread task running extension code reaches ${LONG_TASK_GOAL_MS} ms (${results.length} page(s); longest ${fmt(Math.max(0, ...results.map((r) => r.extension.longestTaskMs)))} ms)` +
      (longOnes.length
        ? `: misses ${longOnes.map((r) => `${r.page} ${r.extension.longTasks.map((t) => fmt(t)).join('/')} ms`).join(', ')}`
        : ''),
  );
  const longCpu = results.filter((r) => r.extension.longestTaskCpuMs >= LONG_TASK_GOAL_MS);
  out.push(
    `     (on CPU time: longest ${fmt(Math.max(0, ...results.map((r) => r.extension.longestTaskCpuMs)))} ms${longCpu.length ? `; ≥ ${LONG_TASK_GOAL_MS} ms on ${longCpu.map((r) => `${r.page} ${fmt(r.extension.longestTaskCpuMs)} ms`).join(', ')}` : ''})`,
  );
  const dense = results.filter((r) => isDense(r.page));
  const denseOver = dense.filter((r) => !(r.floor.cpuRatio <= DENSE_RATIO_GOAL));
  const denseOverAim = dense.filter((r) => !(r.floor.cpuRatio <= DENSE_RATIO_AIM));
  out.push(
    `${goal(dense.length > 0 && denseOver.length === 0)} dense pages: extension ≤ ${DENSE_RATIO_GOAL}× the floor with ranges on CPU time, cold (${dense.length} page(s): ${dense.map((r) => `${r.page} ${fmt(r.floor.cpuRatio, 2)}×, warm ${fmt(r.floor.warmCpuRatio, 2)}×, ${r.highlights} highlights`).join('; ') || 'none in this run'})` +
      (dense.length && !denseOver.length
        ? `; aim ${DENSE_RATIO_AIM}×: ${denseOverAim.length ? `not yet on ${denseOverAim.map((r) => r.page).join(', ')}` : 'met'}`
        : ''),
  );
  const overAimTask = results.filter((r) => r.extension.longestTaskMs > LONG_TASK_AIM_MS);
  out.push(
    `     (aim: no extension task over ${LONG_TASK_AIM_MS} ms: ${overAimTask.length ? `over on ${overAimTask.map((r) => `${r.page} ${fmt(r.extension.longestTaskMs)} ms (CPU ${fmt(r.extension.longestTaskCpuMs)})`).join(', ')}` : 'met'})`,
  );
  const { hover, memory } = run;
  if (hover)
    out.push(
      `${goal(hover.medianMs <= CARD_GOAL_MS && hover.missed === 0)} card within ${CARD_GOAL_MS} ms of the dwell's end on ${hover.page} (median ${fmt(hover.medianMs)} ms of ${hover.renderMs.length} hovers${hover.missed ? `, ${hover.missed} without a card` : ''}; slowest ${fmt(Math.max(...hover.renderMs))} ms)`,
    );
  if (memory)
    out.push(
      `${goal(memory.deltaMb <= HEAP_GOAL_MB)} JS heap after GC on ${memory.page}: ${fmt(memory.withExtensionMb, 2)} MB with the extension, ${fmt(memory.withoutExtensionMb, 2)} MB without (+${fmt(memory.deltaMb, 2)} MB; goal ≤ +${HEAP_GOAL_MB} MB)`,
    );
  const mid = mark && results.find((r) => r.page === mark.page);
  if (mark && mid) {
    const speedup = mark.ms / mid.extension.scriptMs;
    out.push(
      `${goal(speedup >= MARKJS_GOAL)} ≥ ${MARKJS_GOAL}× faster than mark.js once per term (${mark.capped ? '>' : ''}${fmt(speedup)}×)`,
    );
  } else {
    out.push(`FAIL ≥ ${MARKJS_GOAL}× faster than mark.js once per term: not measured in this run`);
  }
  if (popup) {
    out.push(
      `${goal(popup.searchMsPerKeystroke < POPUP_GOALS.searchMsPerKeystroke)} popup search under ${POPUP_GOALS.searchMsPerKeystroke} ms per keystroke over the whole glossary (${fmt(popup.searchMsPerKeystroke, 2)} ms)`,
      `${goal(popup.popupFirstRenderMs < POPUP_GOALS.popupFirstRenderMs)} popup first render under ${POPUP_GOALS.popupFirstRenderMs} ms (${fmt(popup.popupFirstRenderMs, 0)} ms, median of ${popup.popupOpensMs.length} opens: ${popup.popupOpensMs.map((ms) => fmt(ms, 0)).join(', ')})`,
    );
  } else {
    out.push('FAIL popup search and first render: not measured in this run');
  }
  if (cut.length)
    out.push(
      `WARNING: extension still running when the trace ended (numbers are lower bounds): ${cut.map((r) => r.page).join(', ')}`,
    );
  if (skipped.length) out.push(`Skipped: ${skipped.join('; ')}`);
  return out;
}

function addHot(into: Map<string, number>, list: HotFunction[]) {
  for (const { label, ms } of list) into.set(label, (into.get(label) ?? 0) + ms);
}

/** Where the extension's time went (CPU samples, all pages together). */
function hotSpotLines({ results }: BenchRun): string[] {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of results) {
    addHot(self, r.extension.selfByFunction);
    addHot(total, r.extension.totalByFunction);
  }
  const hot = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([label, ms]) => `  ${fmt(ms).padStart(8)} ms  ${label}`);
  return [
    'Extension hot spots, all pages (CPU samples; self time, leaf ← nearest extension frame):',
    ...hot(self),
    'Extension functions by total (inclusive) time:',
    ...hot(total),
  ];
}

export function benchReport(run: BenchRun): BenchReport {
  return {
    setup:
      `Chromium ${run.executablePath}, extension ${run.extensionId}, glossary ${run.glossary.terms} terms / ${run.glossary.surfaces} surface forms. ` +
      `Bare scan = median of ${BARE_RUNS} cold runs, each in a fresh isolated world (as a content script), of TreeWalker(SHOW_TEXT) over document.body + the extension's one pattern (same flags, compiled in the run); the same scan warm in the page's own world is shown beside it. ` +
      `Extension = main-thread time of its scripts in a Chrome trace (events ∪ CPU samples).`,
    table: resultsTable(run),
    markJs: markJsLine(run),
    goals: goalLines(run),
    hotSpots: hotSpotLines(run),
    footer: `Run took ${fmt(run.tookS, 0)} s; load average at the end ${run.loadAverage
      .map((l) => l.toFixed(1))
      .join(' ')} on ${run.cores} cores (wall times inflate when the machine is busy; the CPU column does much less).`,
  };
}

/** The report as `npm run bench` prints it. */
export function reportText(run: BenchRun): string {
  const r = benchReport(run);
  return [
    `## Health Notes bench (${run.date.toISOString()})`,
    '',
    r.setup,
    '',
    ...r.table,
    '',
    r.markJs,
    '',
    ...r.goals,
    ...(run.scale ? ['', ...scaleReport(run.scale)] : []),
    '',
    ...r.hotSpots,
    '',
    r.footer,
  ].join('\n');
}
