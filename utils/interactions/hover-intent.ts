/**
 * When to show and hide the card for mouse users, as a small state machine:
 * - dwell: a card appears after `showDelayMs` resting on a term, not while the pointer
 *   crosses the page fast (speed averaged over the last two samples, as 10ten does);
 * - grace: leaving the term or card hides it only after `hideGraceMs`, so the pointer can
 *   travel into the card; re-entering either cancels the hide;
 * - persistence (WCAG 1.4.13): nothing hides an untouched card; Esc dismisses it, and the
 *   same term does not reopen until the pointer has left it.
 */

export interface HoverIntentOptions {
  showDelayMs: number;
  hideGraceMs: number;
  /** px per ms; at or above it the pointer is "passing through". */
  speedThreshold: number;
}

export const DEFAULT_HOVER_INTENT: HoverIntentOptions = { showDelayMs: 300, hideGraceMs: 300, speedThreshold: 0.5 };

/** Samples further apart than this say nothing about speed (a backed-up event queue). */
const MAX_SAMPLE_GAP_MS = 32;
/**
 * A pointer that arrives fast and stops sends no more events, so "still fast" is re-judged
 * after this long without a move: it has stopped, and the dwell starts.
 */
export const SETTLE_MS = 60;

export interface HoverIntentEffects<T> {
  show(target: T): void;
  hide(): void;
  /** Timer functions, injectable for tests. */
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

interface Sample {
  x: number;
  y: number;
  t: number;
}

export class HoverIntent<T> {
  private pending: { target: T; timer: number } | null = null;
  private settleTimer: number | null = null;
  private hideTimer: number | null = null;
  private shown: T | null = null;
  private overCard = false;
  private dismissed: T | null = null;
  private samples: Sample[] = [];

  constructor(
    private readonly effects: HoverIntentEffects<T>,
    private options: HoverIntentOptions = DEFAULT_HOVER_INTENT,
  ) {}

  setOptions(options: HoverIntentOptions): void {
    this.options = options;
  }

  get current(): T | null {
    return this.shown;
  }

  /** The pointer moved; `target` is the term under it or null. */
  move(target: T | null, x: number, y: number, now: number): void {
    this.cancelSettle();
    const fast = this.speedAt(x, y, now) >= this.options.speedThreshold;
    if (this.dismissed !== null && target !== this.dismissed) this.dismissed = null;

    if (target === null) {
      this.cancelPending();
      if (this.shown !== null && !this.overCard) this.scheduleHide();
      return;
    }
    if (target === this.dismissed) return;
    if (target === this.shown) {
      this.cancelHide();
      this.cancelPending();
      return;
    }
    // Another term: its card waits for a dwell and then replaces the open one, which stays
    // meanwhile so the view does not flicker between neighbouring terms.
    this.cancelHide();
    if (this.pending?.target === target) return;
    this.cancelPending();
    if (fast) {
      // Passing through: a slower sample starts the dwell, or the pointer stopping here does.
      this.settleTimer = this.effects.setTimeout(() => {
        this.settleTimer = null;
        this.samples = [];
        this.startDwell(target);
      }, SETTLE_MS);
      return;
    }
    this.startDwell(target);
  }

  private startDwell(target: T): void {
    const timer = this.effects.setTimeout(() => {
      this.pending = null;
      this.open(target);
    }, this.options.showDelayMs);
    this.pending = { target, timer };
  }

  private cancelSettle(): void {
    if (this.settleTimer === null) return;
    this.effects.clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }

  enterCard(): void {
    this.overCard = true;
    this.cancelHide();
  }

  leaveCard(): void {
    this.overCard = false;
    if (this.shown !== null) this.scheduleHide();
  }

  /** Opens immediately (tap, keyboard, "reveal from the popup"). */
  open(target: T): void {
    this.cancelHide();
    this.cancelPending();
    this.cancelSettle();
    this.shown = target;
    this.dismissed = null;
    this.effects.show(target);
  }

  /** Esc or the close button: hide now and keep this term closed while the pointer rests on it. */
  dismiss(): void {
    this.dismissed = this.shown;
    this.close();
  }

  close(): void {
    this.cancelHide();
    this.cancelPending();
    this.cancelSettle();
    if (this.shown === null) return;
    this.shown = null;
    this.overCard = false;
    this.effects.hide();
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.effects.setTimeout(() => {
      this.hideTimer = null;
      this.close();
    }, this.options.hideGraceMs);
  }

  private cancelHide(): void {
    if (this.hideTimer === null) return;
    this.effects.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private cancelPending(): void {
    if (!this.pending) return;
    this.effects.clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private speedAt(x: number, y: number, t: number): number {
    const last = this.samples[this.samples.length - 1];
    if (last && t - last.t > MAX_SAMPLE_GAP_MS) this.samples = [];
    this.samples.push({ x, y, t });
    if (this.samples.length > 3) this.samples.shift();
    if (this.samples.length < 2) return 0;
    let distance = 0;
    for (let i = 1; i < this.samples.length; i++) {
      const a = this.samples[i - 1]!;
      const b = this.samples[i]!;
      distance += Math.hypot(b.x - a.x, b.y - a.y);
    }
    const elapsed = this.samples[this.samples.length - 1]!.t - this.samples[0]!.t;
    return elapsed > 0 ? distance / elapsed : 0;
  }
}
