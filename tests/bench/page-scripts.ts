/**
 * Code that runs inside the page. Kept as plain JavaScript strings: tsx/esbuild may wrap
 * functions with helpers (`__name`) that do not exist in the page, which would break a
 * function passed to `page.evaluate`.
 */

export interface BareScanResult {
  /** Wall time of each of the runs, in ms (measured with performance.now() in the page). */
  runs: number[];
  matches: number;
  textNodes: number;
  textChars: number;
}

/**
 * The bare scan: a TreeWalker over every text node of document.body and ONE regular
 * expression (the extension's own pattern source and flags), counting matches; no Range,
 * no rendering. The floor any highlighter pays. Argument: { source, flags, runs, salt }.
 *
 * `salt` appends that many empty groups to the pattern: same matches, but a source V8 has
 * not compiled yet (its regexp cache is keyed by source), so a cold run pays the compile,
 * as the extension does.
 */
export const BARE_SCAN_FUNCTION = 'healthNotesBenchBareScan';
/**
 * The floor with ranges: the same scan plus a Range per hit, added to one CSS Highlight
 * (registered under its own name for the run, removed after it): the floor any Highlight-API
 * highlighter pays.
 */
export const RANGE_SCAN_FUNCTION = 'healthNotesBenchRangeScan';

const scanScript = (name: string, ranges: boolean) => `async ({ source, flags, runs, salt }) => {
  const re = new RegExp(source + '(?:)'.repeat(salt), flags);
  const times = [];
  let matches = 0, textNodes = 0, textChars = 0;
  // Each run is its own task (a named timer callback), so the trace shows it as a
  // FunctionCall "${name}" with wall and thread time, like the extension's.
  let finished = () => {};
  function ${name}() {
    const t0 = performance.now();
    ${ranges ? "const highlight = new Highlight(); CSS.highlights.set('health-notes-bench-floor', highlight);" : ''}
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0, nodes = 0, chars = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.data;
      nodes++;
      chars += text.length;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        count++;
        if (m[0].length === 0) re.lastIndex++;
        ${ranges ? 'const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length); highlight.add(range);' : ''}
      }
    }
    times.push(performance.now() - t0);
    matches = count; textNodes = nodes; textChars = chars;
    finished();
  }
  for (let r = 0; r < runs; r++) {
    // A pause first, so pending tasks (and GC) finish and each run starts on a quiet thread.
    await new Promise((resolve) => {
      finished = resolve;
      setTimeout(() => setTimeout(${name}, 0), 50);
    });
  }
  ${ranges ? "CSS.highlights.delete('health-notes-bench-floor');" : ''}
  return { runs: times, matches, textNodes, textChars };
}`;

export const BARE_SCAN = scanScript(BARE_SCAN_FUNCTION, false);
export const RANGE_SCAN = scanScript(RANGE_SCAN_FUNCTION, true);

/** Size of the extension's highlight, or -1 while it is not registered. */
export const HIGHLIGHT_SIZE = `(() => {
  const h = globalThis.CSS && CSS.highlights ? CSS.highlights.get('health-notes-term') : undefined;
  return h ? h.size : -1;
})()`;

export interface MarkJsResult {
  ms: number;
  termsDone: number;
  termsTotal: number;
  marks: number;
  capped: boolean;
}

/**
 * mark.js once per term, sequentially (each call awaited through its `done` callback),
 * stopping after `capMs`. Argument: { surfaces, capMs }.
 */
export const MARKJS_ONCE_PER_TERM = `async ({ surfaces, capMs }) => {
  const instance = new Mark(document.body);
  const t0 = performance.now();
  let termsDone = 0, marks = 0, capped = false;
  for (const surface of surfaces) {
    if (performance.now() - t0 > capMs) { capped = true; break; }
    await new Promise((resolve) => instance.mark(surface, {
      accuracy: 'exactly', separateWordSearch: false, diacritics: false,
      done: (n) => { marks += n; resolve(); },
    }));
    termsDone++;
  }
  return { ms: performance.now() - t0, termsDone, termsTotal: surfaces.length, marks, capped };
}`;
