// Functions that run INSIDE the page (serialised by Playwright's and Puppeteer's evaluate /
// waitForFunction), shared by the Chromium and Firefox runners. Keep them self-contained:
// no closures over module variables.

/** The name the content script registers its ranges under in `CSS.highlights`. */
export const HIGHLIGHT_NAME = 'health-notes-term';

/**
 * True once `CSS.highlights.get(name)` holds at least `min` ranges and its size has not changed
 * for `settle` ms. Keeps its bookkeeping on a test-only global of the page's main world.
 * @param {{ name: string, min: number, settle: number }} arg
 */
export function highlightsSettled({ name, min, settle }) {
  const size = CSS.highlights.get(name)?.size ?? 0;
  const g = /** @type {any} */ (globalThis);
  const state = (g.__e2eHighlightSettle ??= { size: -1, since: 0 });
  const now = performance.now();
  if (size !== state.size) {
    state.size = size;
    state.since = now;
  }
  return size >= min && now - state.since >= settle;
}

/**
 * Text of every range of the highlight `name`, in the highlight's order (Range or StaticRange).
 * @param {string} name
 * @returns {string[]}
 */
export function highlightRangeTexts(name) {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  return [...highlight].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}

/**
 * Number of ranges in the highlight `name` (0 when it is not registered).
 * @param {string} name
 */
export function highlightRangeCount(name) {
  return CSS.highlights.get(name)?.size ?? 0;
}

/**
 * Texts of the ranges of highlight `name` that overlap any occurrence of `word` (whole word, any
 * case) in the page body: a mark on "tetan" inside "tetanus" counts too.
 * @param {{ name: string, word: string }} arg
 * @returns {string[]}
 */
export function highlightedPartsOfWord({ name, word }) {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = /** @type {Text} */ (node);
    for (const m of text.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      words.push(range);
    }
  }
  if (words.length === 0) throw new Error(`"${word}" is not on the page`);
  const hits = [];
  for (const r of highlight) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const overlaps = words.some(
      (w) =>
        range.compareBoundaryPoints(Range.START_TO_END, w) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, w) < 0,
    );
    if (overlaps) hits.push(range.toString());
  }
  return hits;
}
