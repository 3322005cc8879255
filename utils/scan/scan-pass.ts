/**
 * The scan-and-draw pass of one start of the page scanner: reads segments, matches them, draws
 * each batch with the renderer and records it in the match store. Made anew whenever what is
 * matched or how it is drawn changes.
 */
import type { Matcher } from '../matcher/matcher';
import type { PendingMatch, Renderer } from '../render/found-term';
import type { Density } from '../settings/schema';
import type { MatchStore } from '../store/match-store';
import { DensityRule } from './density';
import { ElementClassifier } from './dom-rules';
import { drawBatch } from './draw-batch';
import { ProbeScan } from './probe-scan';
import { keepHealthSenses, type SenseBlock } from './sense-context';
import type { IdleScheduler } from './scheduler';
import { SegmentReader, type SegmentSource, type TextSegment } from './text-segments';
import { scanViewport } from './viewport-scan';

/** Segments between clock reads while scanning. */
const CLOCK_EVERY = 8;
/**
 * Matches drawn in one slice at most. Drawing (a range, the highlight, the store) comes after
 * the reading, outside the slice's clock: on a page dense with terms, eight segments of
 * reading could leave hundreds of matches to draw and make the slice a long task (ADR 23).
 */
export const MAX_BATCH_MATCHES = 200;

export interface ScanPassHooks {
  /** The renderer edited the page: its edits are not page changes to re-read. */
  ownEditsDone(): void;
  /** What is drawn changed (badge, popup, keyboard navigation). */
  changed(): void;
}

export class ScanPass {
  private density: DensityRule | null = null;

  constructor(
    readonly matcher: Matcher,
    readonly renderer: Renderer,
    private readonly store: MatchStore,
    private readonly densityChoice: Density,
    private readonly hooks: ScanPassHooks,
  ) {}

  private get firstOnly(): boolean {
    return this.densityChoice === 'page';
  }

  /** Queues the whole page: the visible part of a scrolled page first, the rest in idle slices. */
  queuePage(doc: Document, scheduler: IdleScheduler): void {
    const body = doc.body;
    if (!body) return;
    this.density = new DensityRule(this.densityChoice, body);
    // First occurrence only means first in reading order: one reader, top to bottom, which
    // classifies every element (one scoped query beats a `matches` call per element). The
    // probing pass classifies only the few elements around its hits.
    const classifier = new ElementClassifier(this.firstOnly ? body : undefined);
    if (this.firstOnly) {
      const reader = new SegmentReader(body, classifier);
      scheduler.add((timeLeft) => this.scanSome(reader, timeLeft));
      return;
    }
    // At the top of the page the full pass already starts with what is visible. Scrolled
    // pages (restored position, #anchor) get their viewport first.
    const scrolled = (doc.defaultView?.scrollY ?? 0) > 0;
    const visible = scrolled && doc.visibilityState === 'visible';
    const seen = visible ? scanViewport(doc, classifier, this.scanSome) : undefined;
    const scan = new ProbeScan(body, classifier, this.matcher.prefilter, seen);
    scheduler.add((timeLeft) => this.scanSome(scan, timeLeft));
  }

  /**
   * Reads segments until the time is up, matching each, and draws the batch in one go.
   * Returns true while the source has more. `keepGoing` ends the scan early (viewport).
   */
  readonly scanSome = (
    source: SegmentSource,
    timeLeft: () => number,
    keepGoing?: (s: TextSegment) => boolean,
  ): boolean => {
    const read: (SenseBlock & { segment: TextSegment })[] = [];
    let stopped = false;
    let pending = 0;
    for (let n = 0; ; n++) {
      if (n % CLOCK_EVERY === 0 && timeLeft() <= 0) break;
      const segment = source.next(timeLeft);
      if (!segment) break;
      const matches = this.matcher.findAll(segment.text);
      read.push({ segment, text: segment.text, matches });
      pending += matches.length;
      if (keepGoing && !keepGoing(segment)) {
        stopped = true;
        break;
      }
      if (pending >= MAX_BATCH_MATCHES) break;
    }
    // Forms with an everyday sense are kept only in a health context (ADR 22).
    const batch: PendingMatch[] = [];
    keepHealthSenses(read).forEach((kept, i) => {
      for (const m of kept) batch.push({ ...m, segment: read[i]!.segment });
    });
    this.draw(batch);
    return !stopped && !source.done;
  };

  /** Drops the terms of the blocks `test` selects. */
  erase(test: (block: Element) => boolean): void {
    const gone = this.store.takeBlocks(test);
    this.density?.forget(gone);
    this.renderer.remove(gone);
    if (this.renderer.mutatesDom) this.hooks.ownEditsDone();
    if (gone.length) this.hooks.changed();
  }

  private draw(batch: PendingMatch[]): void {
    if (batch.length === 0 || !this.density) return;
    drawBatch(batch, this.renderer, this.store, this.density, () => {
      if (this.renderer.mutatesDom) this.hooks.ownEditsDone();
    });
    this.hooks.changed();
  }
}
