/**
 * Runs long work in short slices when the page is idle, and not at all while the tab is
 * hidden: highlighting must never be the reason a page stutters.
 */

/** Upper bound of one slice; well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;
/**
 * Lower bound: a busy page offers idle periods of a fraction of a millisecond, and slicing
 * that thin spends more on scheduling than on work.
 */
export const MIN_SLICE_MS = 4;

/** A unit of work: does some, returns true while more remains. */
export type SliceWork = (timeLeft: () => number) => boolean;

export class IdleScheduler {
  private queued = false;
  private cancelled = false;
  private readonly jobs: SliceWork[] = [];
  private readonly onVisible = () => {
    if (this.doc.visibilityState === 'visible') this.pump();
  };

  constructor(
    private readonly doc: Document,
    private readonly budgetMs = SLICE_BUDGET_MS,
  ) {
    doc.addEventListener('visibilitychange', this.onVisible);
  }

  /** Adds work; it starts at the next idle period. Jobs run in the order given. */
  add(work: SliceWork): void {
    this.jobs.push(work);
    this.pump();
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Jobs waiting to run (a long-lived page must not pile them up). */
  get pendingJobs(): number {
    return this.jobs.length;
  }

  clear(): void {
    this.jobs.length = 0;
  }

  dispose(): void {
    this.cancelled = true;
    this.jobs.length = 0;
    this.doc.removeEventListener('visibilitychange', this.onVisible);
  }

  private pump(): void {
    if (this.queued || this.cancelled || this.jobs.length === 0) return;
    if (this.doc.visibilityState === 'hidden') return; // resumed by visibilitychange
    this.queued = true;
    const win = this.doc.defaultView ?? window;
    const run = (deadline?: IdleDeadline) => {
      this.queued = false;
      if (this.cancelled) return;
      const budget = deadline
        ? Math.min(this.budgetMs, Math.max(deadline.timeRemaining(), MIN_SLICE_MS))
        : this.budgetMs;
      const end = performance.now() + budget;
      const timeLeft = () => end - performance.now();
      while (this.jobs.length > 0 && timeLeft() > 0) {
        const job = this.jobs[0]!;
        // A job may clear the queue (a settings change while drawing): drop only this one.
        if (!runJob(job, timeLeft) && this.jobs[0] === job) this.jobs.shift();
      }
      this.pump();
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 500 });
    else win.setTimeout(run, 16);
  }
}

/**
 * Runs one slice of a job. A job that throws (a page the scan did not foresee) is reported once
 * and counts as finished: left at the head of the queue it would throw again in every slice,
 * block every job behind it and leave the page "scanning" for good.
 */
export function runJob(work: SliceWork, timeLeft: () => number): boolean {
  try {
    return work(timeLeft);
  } catch (error) {
    console.warn('Health Notes: a scan step failed on this page and was dropped; highlighting goes on', error);
    return false;
  }
}

/** Work outside the queue (setting up a re-scan) under the same rule: a throw is reported, not passed on. */
export function runGuarded(work: () => void): void {
  runJob(
    () => {
      work();
      return false;
    },
    () => 0,
  );
}
