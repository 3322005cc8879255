import type { SegmentSource, TextSegment } from './text-segments';

/**
 * Several segment sources read one after another as ONE scheduler job. A re-scan after page
 * changes used to queue a job per changed element: a chat adding 1,000 messages a second kept
 * 1,000-2,000 jobs waiting (the soak bench), each holding its subtree even after the page had
 * removed it. A chain is one job per re-scan, builds each source only when it gets there, and
 * skips the ones whose element is gone by then (`make` returns null).
 */
export class SourceChain implements SegmentSource {
  private current: SegmentSource | null = null;
  private index = 0;

  constructor(private readonly makers: ReadonlyArray<() => SegmentSource | null>) {}

  get done(): boolean {
    return this.current === null && this.index >= this.makers.length;
  }

  next(timeLeft: () => number): TextSegment | null {
    for (;;) {
      if (this.current === null) {
        if (this.index >= this.makers.length) return null;
        this.current = this.makers[this.index++]!();
        continue;
      }
      const segment = this.current.next(timeLeft);
      if (segment) return segment;
      // A source that stops without being done ran out of time: resume it in the next slice.
      if (!this.current.done) return null;
      this.current = null;
      if (timeLeft() <= 0) return null;
    }
  }
}
