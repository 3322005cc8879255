/**
 * User-timing marks around each search, read by tests/bench/popup-bench.ts: one `hn-search`
 * measure per keystroke, from the input event to the results being in the DOM; and one
 * `hn-results-rendered` mark when the results list first exists.
 */
export const SEARCH_START_MARK = 'hn-search-start';
export const SEARCH_MEASURE = 'hn-search';
export const FIRST_RESULTS_MARK = 'hn-results-rendered';

export function markSearchStart(): void {
  performance.mark(SEARCH_START_MARK);
}

export function measureSearchRendered(): void {
  if (performance.getEntriesByName(SEARCH_START_MARK, 'mark').length === 0) return;
  performance.measure(SEARCH_MEASURE, SEARCH_START_MARK);
  performance.clearMarks(SEARCH_START_MARK);
}

export function markFirstResults(): void {
  if (performance.getEntriesByName(FIRST_RESULTS_MARK, 'mark').length === 0) performance.mark(FIRST_RESULTS_MARK);
}
