/**
 * Which of the prefilter's hits (spans: start, end, start, end…, sorted by start) overlap a
 * stretch of text, asked for stretches in order: the probe's walks forward and backward.
 */

/**
 * Answers "which spans overlap [offset, offset + length)" for increasing offsets, in time
 * proportional to the answer: spans are sorted by start, and a running maximum of their ends
 * says where the ones that can still overlap begin.
 */
export class SpanCursor {
  private first = 0;
  private readonly maxEnd: number[];
  readonly lastEnd: number;

  constructor(private readonly spans: readonly number[]) {
    this.maxEnd = runningMaxOfEnds(spans);
    this.lastEnd = this.maxEnd.at(-1) ?? 0;
  }

  /** The overlapping spans, shifted to start at `offset`. */
  within(offset: number, length: number): number[] {
    const out: number[] = [];
    for (let i = this.firstFrom(offset); i < this.spans.length && this.spans[i]! < offset + length; i += 2)
      if (this.spans[i + 1]! > offset) out.push(this.spans[i]! - offset, this.spans[i + 1]! - offset);
    return out;
  }

  /** Whether any span overlaps; the walk asks this once per text node, so it allocates nothing. */
  overlaps(offset: number, length: number): boolean {
    for (let i = this.firstFrom(offset); i < this.spans.length && this.spans[i]! < offset + length; i += 2)
      if (this.spans[i + 1]! > offset) return true;
    return false;
  }

  /** Index of the first span that may still end after `offset` (offsets only grow). */
  private firstFrom(offset: number): number {
    while (this.first < this.maxEnd.length && this.maxEnd[this.first]! <= offset) this.first++;
    return this.first * 2;
  }
}

/**
 * Answers "does any span overlap [start, end)" for ranges that move towards the start (a walk
 * from the end): the spans starting before `end` are a prefix of the list (sorted by start),
 * and one of them overlaps when the largest end among them lies after `start`.
 */
export class BackwardSpanCursor {
  /** How many spans start before the current range's end. */
  private count: number;
  private readonly maxEnd: number[];

  constructor(private readonly spans: readonly number[]) {
    this.maxEnd = runningMaxOfEnds(spans);
    this.count = this.maxEnd.length;
  }

  overlaps(start: number, end: number): boolean {
    while (this.count > 0 && this.spans[2 * (this.count - 1)]! >= end) this.count--;
    return this.count > 0 && this.maxEnd[this.count - 1]! > start;
  }
}

/** For each span (in order of start), the largest end among it and the spans before it. */
function runningMaxOfEnds(spans: readonly number[]): number[] {
  const out: number[] = [];
  let max = 0;
  for (let i = 1; i < spans.length; i += 2) out.push((max = Math.max(max, spans[i]!)));
  return out;
}
