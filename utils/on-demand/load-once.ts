/**
 * Something a frame loads on first need and keeps (the card's UI, the hover handling): one load
 * at a time, and after a failure a pause before the next try, so a frame where loading fails
 * does not try again on every hover or page change.
 */

/** After a failed load, needs within this long get nothing instead of asking again. */
export const RETRY_AFTER_MS = 5000;

/**
 * A function that loads with `load` on its first call, passes the result through `use` and
 * keeps what that returns. A failed load warns (naming `what`) and gives null; calls within
 * RETRY_AFTER_MS of it give null without loading, later calls try again.
 */
export function loadOnce<T, R>(load: () => Promise<T>, use: (loaded: T) => R, what: string): () => Promise<R | null> {
  let loading: Promise<R | null> | null = null;
  let failedAt = -Infinity;
  return () => {
    if (!loading && performance.now() - failedAt < RETRY_AFTER_MS) return Promise.resolve(null);
    loading ??= load().then(use, (error: unknown) => {
      console.warn(`Health Notes: could not load ${what}`, error);
      failedAt = performance.now();
      loading = null;
      return null;
    });
    return loading;
  };
}
