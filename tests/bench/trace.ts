/**
 * Reads a Chrome trace (devtools.timeline + toplevel + v8 + the sampling CPU profiler) and
 * says how much main-thread time the extension's own scripts took.
 *
 * Attribution method
 * ------------------
 * Only renderer main threads (`CrRendererMain`) count: content scripts run there, the
 * extension's service worker does not (its work is not a cost the page pays).
 *
 * 1. Trace events. Every complete (`ph: 'X'`) event whose script URL (`args.data.url`, or
 *    `args.fileName` for `v8.compile`/`v8.run`) starts with `chrome-extension://<id>/`:
 *    `EvaluateScript` (the content script's top-level run), `v8.compile`, `v8.run`, and
 *    `FunctionCall` (every callback Blink enters: idle callbacks, timers, event listeners,
 *    observers). `TimerFire`/`FireIdleCallback`/`EventDispatch` carry no URL; their
 *    `FunctionCall` child does, so the callback is counted through it.
 * 2. CPU samples. Promise continuations (`await` in an idle-sliced scan) run in a microtask
 *    checkpoint outside any `FunctionCall`, so events alone undercount async code. Every
 *    sample of the `Profile`/`ProfileChunk` stream whose stack holds an extension frame
 *    covers [its time, the next sample's time), capped at twice the profile's median sampling
 *    interval: when the next sample comes late (the sampler starved on a busy machine, or the
 *    thread went idle), the sample says nothing about the gap. (A fixed 4 ms cap counted up
 *    to ~6 ms of such gaps as extension time on a page whose extension events took 17 ms.)
 * 3. Module evaluations. The scripts the content script imports (ADR 14) run in a
 *    `v8.evaluateModule` event, which names no script: each one holding an extension sample
 *    counts whole, like an `EvaluateScript` (its `v8.compileModule` has a URL and counts in 1).
 *
 * Compiling on a background thread (`v8.parseOnBackground`, for imported scripts) does not
 * stop the page and is not in the extension's time; `offThreadMs` reports it beside.
 *
 * The extension's time is the length of the UNION of those intervals per thread, so nested
 * events (`EvaluateScript` > `v8.compile`), and events and samples covering the same moment,
 * are counted once. DOM work a script calls (createRange, TreeWalker, layout it forces) runs
 * inside the calling script's event and is counted; GC and style/paint the page does later
 * because of the extension are not.
 *
 * Longest task: the longest top-level main-thread task (`RunTask`, falling back to
 * `ThreadControllerImpl::RunTask`) that overlaps any extension interval.
 */

import { extensionSamples, type HotFunction, type Interval } from './trace-samples';

export type { HotFunction } from './trace-samples';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & {
    name?: string;
    fileName?: string;
    data?: Record<string, unknown>;
  };
}

export interface MarkedCall {
  /** Wall time and thread (CPU) time of one FunctionCall of the named function, in ms. */
  wallMs: number;
  cpuMs: number;
  ts: number;
}

/** Every main-thread FunctionCall of a page function with this name (the bare scan's runs). */
export function namedCalls(events: readonly TraceEvent[], functionName: string): MarkedCall[] {
  return events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.functionName === functionName && e.dur)
    .map((e) => ({ wallMs: e.dur! / 1000, cpuMs: (e.tdur ?? e.dur!) / 1000, ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
}

export interface ExtensionCost {
  /** Union of event and sample intervals (the reported number). */
  scriptMs: number;
  /**
   * CPU estimate: scriptMs × (thread time ÷ wall time of the outermost extension events).
   * Steadier than wall time when other processes compete for the cores.
   */
  scriptCpuMs: number;
  /** Events alone and samples alone, for cross-checking the method. */
  eventMs: number;
  sampleMs: number;
  /** Thread time of the extension's script compiling on background threads (not in scriptMs). */
  offThreadMs: number;
  longestTaskMs: number;
  /** Thread (CPU) time of the longest such task by CPU time. */
  longestTaskCpuMs: number;
  /**
   * The most extension time inside one task. Differs from longestTaskMs when the extension runs
   * inside a task the page started (a MutationObserver callback after the page's own script):
   * the soak page's own ticks take 50-200 ms, and only the extension's part of them is its cost.
   */
  longestInTaskMs: number;
  /** Tasks that ran extension code and lasted 50 ms or more. */
  longTasks: number[];
  /** Milliseconds between the last extension activity and `quietUntil` (default: the end of the trace). */
  quietTailMs: number;
  selfByFunction: HotFunction[];
  totalByFunction: HotFunction[];
  sampleCount: number;
}

const LONG_TASK_MS = 50;

function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

const length = (list: Interval[]) => list.reduce((sum, [a, b]) => sum + (b - a), 0);

/** Length of the merged intervals inside [start, end). */
function clippedLength(merged: Interval[], start: number, end: number): number {
  let sum = 0;
  for (const [a, b] of merged) {
    if (b <= start) continue;
    if (a >= end) break;
    sum += Math.min(b, end) - Math.max(a, start);
  }
  return sum;
}

/** True if any merged interval overlaps [start, end). */
function overlaps(merged: Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < merged.length && merged[lo]![0] < end;
}

function scriptUrl(e: TraceEvent): string | undefined {
  const data = e.args?.data;
  const url = data?.url;
  if (typeof url === 'string' && url) return url;
  const file = e.args?.fileName;
  return typeof file === 'string' ? file : undefined;
}

export function parseTrace(text: string): TraceEvent[] {
  const json = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(json) ? json : json.traceEvents;
}

export function extensionCost(events: readonly TraceEvent[], extensionId: string, quietUntil?: number): ExtensionCost {
  const prefix = `chrome-extension://${extensionId}/`;
  const key = (pid: number, tid: number) => `${pid}:${tid}`;

  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mainThreads.add(key(e.pid, e.tid));
  }

  let traceEnd = 0;
  for (const e of events) traceEnd = Math.max(traceEnd, e.ts + (e.dur ?? 0));

  // 1. Events with an extension script URL.
  const eventIv = new Map<string, Interval[]>();
  const extEvents: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !mainThreads.has(key(e.pid, e.tid))) continue;
    if (!scriptUrl(e)?.startsWith(prefix)) continue;
    extEvents.push(e);
    const k = key(e.pid, e.tid);
    if (!eventIv.has(k)) eventIv.set(k, []);
    eventIv.get(k)!.push([e.ts, e.ts + e.dur]);
  }

  // 2. CPU samples whose stack contains an extension frame (tests/bench/trace-samples.ts).
  const { byThread: sampleIv, self, total, count: sampleCount } = extensionSamples(events, mainThreads, prefix);

  const samplesByThread = new Map([...mainThreads].map((k) => [k, mergeIntervals(sampleIv.get(k) ?? [])]));

  // 3. Module evaluations holding an extension sample.
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'v8.evaluateModule' || !e.dur) continue;
    const k = key(e.pid, e.tid);
    const samples = samplesByThread.get(k);
    if (!samples || !overlaps(samples, e.ts, e.ts + e.dur)) continue;
    extEvents.push(e);
    if (!eventIv.has(k)) eventIv.set(k, []);
    eventIv.get(k)!.push([e.ts, e.ts + e.dur]);
  }

  // Wall vs thread time of the outermost extension events (nested ones skipped).
  let outerWall = 0;
  let outerCpu = 0;
  const openUntil = new Map<string, number>();
  for (const e of [...extEvents].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const k = key(e.pid, e.tid);
    if (e.ts < (openUntil.get(k) ?? -1)) continue;
    openUntil.set(k, e.ts + e.dur!);
    outerWall += e.dur!;
    outerCpu += e.tdur ?? e.dur!;
  }

  let offThreadUs = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || mainThreads.has(key(e.pid, e.tid))) continue;
    // Imported scripts are fetched under a per-session address, not the extension's id; the
    // bench's browser has no other extension.
    if (scriptUrl(e)?.startsWith('chrome-extension://')) offThreadUs += e.tdur ?? e.dur;
  }

  let eventUs = 0;
  let sampleUs = 0;
  let unionUs = 0;
  let lastActivity = 0;
  const mergedByThread = new Map<string, Interval[]>();
  for (const thread of mainThreads) {
    const ev = mergeIntervals(eventIv.get(thread) ?? []);
    const sm = samplesByThread.get(thread)!;
    const all = mergeIntervals([...ev, ...sm]);
    eventUs += length(ev);
    sampleUs += length(sm);
    unionUs += length(all);
    if (all.length) lastActivity = Math.max(lastActivity, all[all.length - 1]![1]);
    mergedByThread.set(thread, all);
  }

  // Longest top-level task that ran extension code. Chrome emits both `RunTask`
  // (devtools.timeline) and `ThreadControllerImpl::RunTask` (toplevel) for the same task.
  const hasRunTask = events.some((e) => e.name === 'RunTask' && e.ph === 'X');
  const taskName = hasRunTask ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  const longTasks: number[] = [];
  let longest = 0;
  let longestCpu = 0;
  let longestInTask = 0;
  for (const e of events) {
    if (e.name !== taskName || e.ph !== 'X' || !e.dur) continue;
    const merged = mergedByThread.get(key(e.pid, e.tid));
    if (!merged || !overlaps(merged, e.ts, e.ts + e.dur)) continue;
    longestInTask = Math.max(longestInTask, clippedLength(merged, e.ts, e.ts + e.dur) / 1000);
    const ms = e.dur / 1000;
    longestCpu = Math.max(longestCpu, (e.tdur ?? e.dur) / 1000);
    longest = Math.max(longest, ms);
    if (ms >= LONG_TASK_MS) longTasks.push(ms);
  }

  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([label, ms]) => ({ label, ms }));

  return {
    scriptMs: unionUs / 1000,
    scriptCpuMs: outerWall > 0 ? (unionUs / 1000) * Math.min(1, outerCpu / outerWall) : unionUs / 1000,
    eventMs: eventUs / 1000,
    sampleMs: sampleUs / 1000,
    offThreadMs: offThreadUs / 1000,
    longestTaskMs: longest,
    longestTaskCpuMs: longestCpu,
    longestInTaskMs: longestInTask,
    longTasks: longTasks.sort((a, b) => b - a),
    quietTailMs: lastActivity ? ((quietUntil ?? traceEnd) - lastActivity) / 1000 : Infinity,
    selfByFunction: top(self),
    totalByFunction: top(total),
    sampleCount,
  };
}
