/**
 * The bench's attribution of main-thread time to the extension (tests/bench/trace.ts), on
 * small hand-made traces: what counts, what counts once, and what is kept apart.
 */
import { expect, test } from 'vitest';
import { extensionCost, type TraceEvent } from '../../bench/trace';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT = `chrome-extension://${ID}`;
const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 20 };

const threadNames: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ...WORKER, ts: 0, args: { name: 'ThreadPoolForegroundWorker' } },
];

/** A complete event; times in ms, as the trace's µs. */
function span(name: string, from: number, to: number, url?: string, thread = MAIN, cpu?: number): TraceEvent {
  return {
    name,
    ph: 'X',
    ...thread,
    ts: from * 1000,
    dur: (to - from) * 1000,
    ...(cpu === undefined ? {} : { tdur: cpu * 1000 }),
    ...(url ? { args: { data: { url } } } : {}),
  };
}

/**
 * A sampling profile on the main thread: one sample every 0.1 ms from `from` to `to`, each
 * with the extension's frame on its stack where `extension(ms)` says so, else a page frame.
 */
function profile(from: number, to: number, extension: (ms: number) => boolean): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: 'scan', url: `${EXT}/frame-main.js` } },
    { id: 3, parent: 1, callFrame: { functionName: 'render', url: 'http://127.0.0.1/app.js' } },
  ];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (let tenth = from * 10; tenth < to * 10; tenth++) {
    samples.push(extension(tenth / 10) ? 2 : 3);
    timeDeltas.push(samples.length === 1 ? 0 : 100);
  }
  return [
    { name: 'Profile', ph: 'P', ...MAIN, id: '0x1', ts: from * 1000, args: { data: { startTime: from * 1000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...MAIN,
      id: '0x1',
      ts: from * 1000,
      args: { data: { cpuProfile: { nodes, samples }, timeDeltas } },
    },
  ];
}

test('events with an extension URL count once, however they nest', () => {
  const cost = extensionCost(
    [
      ...threadNames,
      span('EvaluateScript', 0, 4, `${EXT}/content-scripts/frame-gate.js`),
      span('v8.compile', 0, 1, `${EXT}/content-scripts/frame-gate.js`),
      span('FunctionCall', 10, 12, `${EXT}/frame-main.js`),
      span('FunctionCall', 20, 25, 'http://127.0.0.1/app.js'),
    ],
    ID,
  );
  expect(cost.scriptMs).toBeCloseTo(6, 5);
});

test('a module evaluation counts whole when extension code ran in it, and not otherwise', () => {
  const events = [
    ...threadNames,
    // The extension's module: its samples cover only part of the event.
    span('v8.evaluateModule', 0, 3),
    // The page's own module.
    span('v8.evaluateModule', 5, 9),
    ...profile(0, 10, (ms) => ms >= 1 && ms < 2),
  ];
  const cost = extensionCost(events, ID);
  expect(cost.sampleMs).toBeCloseTo(1, 1);
  expect(cost.scriptMs).toBeCloseTo(3, 1);
});

test('compiling on a background thread is reported apart, not as main-thread time', () => {
  const cost = extensionCost(
    [
      ...threadNames,
      // Imported files are fetched under a per-session id, not the extension's.
      span(
        'v8.parseOnBackground',
        0,
        6,
        'chrome-extension://1d7e3c2a-0000-4000-8000-000000000000/frame-main.js',
        WORKER,
        4,
      ),
      span('v8.compileModule', 6, 7, `${EXT}/frame-main.js`),
    ],
    ID,
  );
  expect(cost.offThreadMs).toBeCloseTo(4, 5);
  expect(cost.scriptMs).toBeCloseTo(1, 5);
});
