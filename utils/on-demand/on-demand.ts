/**
 * The one way a frame's code gets an on-demand script (slot.ts): the frame main for the hover
 * handling, the hover handling for the card's UI, the page scanner's renderer factory for wrap
 * mode. One load at a time, and after a failure a pause before the next try, so a frame where
 * loading fails does not try again on every hover or page change.
 */
import { loadScript } from './load-script';
import type { OnDemandScript, OnDemandScripts } from './slot';

/** After a failed load, needs within this long get nothing instead of asking again. */
export const RETRY_AFTER_MS = 5000;

/**
 * What one on-demand script gives this frame: nothing until `get()` is first called, then the
 * script is run in the frame and what it provides goes through `use`; the result is kept.
 */
export class OnDemand<K extends OnDemandScript, T> {
  private value: T | null = null;
  private loading: Promise<T | null> | null = null;
  private failedAt = -Infinity;
  private disposed = false;

  constructor(
    private readonly name: K,
    /** Makes what the frame keeps from what the script provides; not called after dispose(). */
    private readonly use: (provided: OnDemandScripts[K]) => T,
    private readonly load: (name: K) => Promise<OnDemandScripts[K]> = loadScript,
  ) {}

  /** What was loaded, if it has been: lets a caller answer at once without causing a load. */
  get current(): T | null {
    return this.value;
  }

  /**
   * Loads on the first call and gives what was kept. A failed load warns and gives null; calls
   * within RETRY_AFTER_MS of it give null without loading, later calls try again.
   */
  get(): Promise<T | null> {
    if (this.disposed) return Promise.resolve(null);
    if (!this.loading && performance.now() - this.failedAt < RETRY_AFTER_MS) return Promise.resolve(null);
    this.loading ??= this.load(this.name).then(
      (provided) => (this.disposed ? null : (this.value = this.use(provided))),
      (error: unknown) => {
        console.warn(`Health Notes: could not load the ${this.name} script`, error);
        this.failedAt = performance.now();
        this.loading = null;
        return null;
      },
    );
    return this.loading;
  }

  /** Forgets what was loaded; later calls give null. The caller tears down what `use` made. */
  dispose(): void {
    this.disposed = true;
    this.value = null;
  }
}
