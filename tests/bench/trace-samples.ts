/**
 * Step 2 of the attribution (tests/bench/trace.ts): the CPU samples of the renderer main threads
 * whose stack holds one of the extension's frames, as time intervals per thread, plus the time
 * per function (self: the sample's leaf; total: every extension frame on the stack, once).
 */
import type { TraceEvent } from './trace';

export type Interval = [number, number];

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
  codeType?: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface HotFunction {
  label: string;
  ms: number;
}

/** One sample stands for at most this many of the profile's median sampling intervals. */
const MAX_SAMPLE_INTERVALS = 2;

/** Median of sampling intervals in µs; 100 µs when there are none. */
function median(xs: number[]): number {
  if (xs.length === 0) return 100;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function frameLabel(cf: CallFrame, prefix: string): string {
  // Regular-expression frames are named after their whole source: keep the start.
  const full = cf.functionName || '(anonymous)';
  const name = full.length > 60 ? `${full.slice(0, 57)}…` : full;
  if (!cf.url) return name;
  const file = cf.url.startsWith(prefix) ? cf.url.slice(prefix.length) : cf.url.replace(/^.*\//u, '');
  return `${name} ${file}:${(cf.lineNumber ?? 0) + 1}:${(cf.columnNumber ?? 0) + 1}`;
}

export interface ExtensionSamples {
  /** Per main thread, unmerged: the interval each extension sample stands for. */
  byThread: Map<string, Interval[]>;
  self: Map<string, number>;
  total: Map<string, number>;
  count: number;
}

export function extensionSamples(
  events: readonly TraceEvent[],
  mainThreads: ReadonlySet<string>,
  prefix: string,
): ExtensionSamples {
  const key = (pid: number, tid: number) => `${pid}:${tid}`;
  const profiles = new Map<
    string,
    {
      thread: string;
      start: number;
      nodes: Map<number, ProfileNode>;
      samples: number[];
      deltas: number[];
    }
  >();
  for (const e of events) {
    if (e.name !== 'Profile' || e.id === undefined) continue;
    const start = Number(e.args?.data?.startTime ?? e.ts);
    profiles.set(`${e.pid}:${e.id}`, {
      thread: key(e.pid, e.tid),
      start,
      nodes: new Map(),
      samples: [],
      deltas: [],
    });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id === undefined) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const data = e.args?.data as
      | {
          cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        }
      | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data?.cpuProfile?.samples ?? []));
    p.deltas.push(...(data?.timeDeltas ?? []));
  }

  const sampleIv = new Map<string, Interval[]>();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampleCount = 0;
  for (const p of profiles.values()) {
    if (!mainThreads.has(p.thread)) continue;
    // Which nodes have an extension frame at or above them (memoised walk to the root).
    const extAncestor = new Map<number, ProfileNode | null>();
    const nearestExt = (id: number): ProfileNode | null => {
      const seen: number[] = [];
      let cur: number | undefined = id;
      let found: ProfileNode | null = null;
      while (cur !== undefined) {
        const memo = extAncestor.get(cur);
        if (memo !== undefined) {
          found = memo;
          break;
        }
        const node = p.nodes.get(cur);
        if (!node) break;
        if (node.callFrame.url?.startsWith(prefix)) {
          found = node;
          break;
        }
        seen.push(cur);
        cur = node.parent;
      }
      for (const s of seen) extAncestor.set(s, found);
      return found;
    };
    const times: number[] = [];
    let t = p.start;
    for (const d of p.deltas) {
      t += d;
      times.push(t);
    }
    const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
    const intervals = order.slice(1).map((i, j) => times[i]! - times[order[j]!]!);
    const maxSampleUs = MAX_SAMPLE_INTERVALS * median(intervals.filter((d) => d > 0));
    const list: Interval[] = [];
    for (let j = 0; j < order.length; j++) {
      const i = order[j]!;
      const id = p.samples[i];
      if (id === undefined) continue;
      const ext = nearestExt(id);
      if (!ext) continue;
      const start = times[i]!;
      const next = j + 1 < order.length ? times[order[j + 1]!]! : start + 100;
      const end = Math.min(next, start + maxSampleUs);
      list.push([start, end]);
      sampleCount++;
      const ms = (end - start) / 1000;
      const leaf = p.nodes.get(id)!;
      const leafLabel =
        leaf === ext
          ? frameLabel(leaf.callFrame, prefix)
          : `${frameLabel(leaf.callFrame, prefix)} ← ${frameLabel(ext.callFrame, prefix)}`;
      self.set(leafLabel, (self.get(leafLabel) ?? 0) + ms);
      const counted = new Set<string>();
      for (
        let cur: ProfileNode | undefined = leaf;
        cur;
        cur = cur.parent === undefined ? undefined : p.nodes.get(cur.parent)
      ) {
        if (!cur.callFrame.url?.startsWith(prefix)) continue;
        const label = frameLabel(cur.callFrame, prefix);
        if (counted.has(label)) continue;
        counted.add(label);
        total.set(label, (total.get(label) ?? 0) + ms);
      }
    }
    sampleIv.set(p.thread, [...(sampleIv.get(p.thread) ?? []), ...list]);
  }

  return { byThread: sampleIv, self, total, count: sampleCount };
}
