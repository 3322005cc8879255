/**
 * Highlights glossary terms in one document: the visible part first, the rest in idle
 * slices, then only what the page changes. Settings apply live; turning highlighting off
 * leaves the page exactly as it was.
 */
import { CATEGORIES, type Category } from '../glossary/categories';
import { matcherFrom, matcherOfCategories, type CompiledMatcher, type Matcher } from '../matcher/matcher';
import type { HighlightStyle } from '../settings/schema';
import { ElementClassifier } from './dom-rules';
import { drawBatch } from './draw-batch';
import type { FoundTerm, PendingMatch, Renderer } from './found-term';
import { HighlightApiRenderer, supportsHighlightApi } from './highlight-api-renderer';
import { MatchStore } from './match-store';
import { PageChanges } from './page-changes';
import { IdleScheduler, runGuarded } from './scheduler';
import { ProbeScan } from './probe-scan';
import { SourceChain } from './source-chain';
import { SegmentReader, type SegmentSource, type TextSegment } from './text-segments';
import { scanViewport } from './viewport-scan';
import { loadScript } from '../on-demand/load-script';
import { providedScript } from '../on-demand/slot';

export interface HighlightConfig {
  active: boolean;
  style: HighlightStyle;
  categories: readonly Category[];
  firstOccurrenceOnly: boolean;
}

/** Page changes are gathered this long before re-scanning, so bursts cost one pass. */
export const MUTATION_DEBOUNCE_MS = 150;
/** Segments between clock reads while scanning. */
const CLOCK_EVERY = 8;

export class PageHighlighter {
  private config: HighlightConfig | null = null;
  private matcher: Matcher | null = null;
  private renderer: Renderer | null = null;
  private readonly store = new MatchStore();
  private readonly scheduler: IdleScheduler;
  private observer: MutationObserver | null = null;
  private readonly changes = new PageChanges();
  private dirtyTimer: ReturnType<typeof setTimeout> | undefined;
  private classifier = new ElementClassifier();
  private readonly listeners = new Set<() => void>();

  private fullMatcher: Matcher | null = null;
  /** Counts starts and stops, so a start that waited for its renderer knows whether it is still wanted. */
  private generation = 0;
  private waitingForRenderer = false;

  constructor(
    private readonly doc: Document,
    /** The whole glossary's matcher, compiled at build time. */
    private readonly compiled: CompiledMatcher,
  ) {
    this.scheduler = new IdleScheduler(doc);
    doc.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  private matcherFor(categories: ReadonlySet<Category>): Matcher {
    if (CATEGORIES.every((c) => categories.has(c))) return (this.fullMatcher ??= matcherFrom(this.compiled));
    return matcherOfCategories(this.compiled, categories);
  }

  /** Applies settings; rescans only when what is matched or how it is drawn changes. */
  configure(next: HighlightConfig): void {
    const prev = this.config;
    this.config = { ...next, categories: [...next.categories] };
    if (!next.active) {
      this.stop();
      return;
    }
    const wrapNow = this.wantsWrap(next.style);
    const needsRestart =
      !prev?.active ||
      !this.renderer ||
      prev.firstOccurrenceOnly !== next.firstOccurrenceOnly ||
      prev.categories.join() !== next.categories.join() ||
      this.wantsWrap(prev.style) !== wrapNow;
    if (needsRestart) {
      this.stop();
      this.start();
    } else if (this.renderer instanceof HighlightApiRenderer && next.style !== 'wrap') {
      this.renderer.setStyle(next.style);
    }
  }

  /** Clears and scans again (single-page-app navigation). */
  rescan(): void {
    if (!this.config?.active) return;
    this.stop();
    this.start();
  }

  /** Called after every change of what is drawn (badge, popup, keyboard navigation). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  counts(): Map<string, number> {
    return this.store.counts();
  }

  terms(): FoundTerm[] {
    return this.store.inDocumentOrder();
  }

  termsAt(node: Node): readonly FoundTerm[] {
    return this.store.termsAt(node);
  }

  get drawsWithHighlightApi(): boolean {
    return this.renderer instanceof HighlightApiRenderer;
  }

  get scanning(): boolean {
    return this.waitingForRenderer || this.scheduler.busy || this.dirtyTimer !== undefined;
  }

  /** Work waiting: scan jobs queued, and changed elements kept for the next re-scan. */
  get backlog(): { jobs: number; roots: number } {
    return { jobs: this.scheduler.pendingJobs, roots: this.changes.size };
  }

  destroy(): void {
    this.stop();
    this.doc.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.scheduler.dispose();
    this.listeners.clear();
  }

  private wantsWrap(style: HighlightStyle): boolean {
    return style === 'wrap' || !supportsHighlightApi(this.doc.defaultView as Window & typeof globalThis);
  }

  private start(): void {
    const config = this.config!;
    const wrap = this.wantsWrap(config.style);
    const wrapping = wrap ? providedScript('wrap-renderer') : undefined;
    if (wrap && !wrapping) {
      // The wrapping renderer and mark.js are a script of their own, run in this frame now.
      const generation = this.generation;
      this.waitingForRenderer = true;
      loadScript('wrap-renderer').then(
        () => {
          if (generation !== this.generation) return;
          this.waitingForRenderer = false;
          this.start();
        },
        (err: unknown) => {
          if (generation === this.generation) this.waitingForRenderer = false;
          console.warn(
            'Health Notes: could not load the renderer that wraps terms; the next settings change retries',
            err,
          );
        },
      );
      return;
    }
    this.matcher = this.matcherFor(new Set(config.categories));
    this.renderer = wrapping
      ? new wrapping.WrapRenderer(this.doc)
      : new HighlightApiRenderer(this.doc, config.style === 'background' ? 'background' : 'underline');
    this.observe();
    const body = this.doc.body;
    if (!body) return;
    // First occurrence only means first in reading order: one reader, top to bottom, which
    // classifies every element (one scoped query beats a `matches` call per element). The
    // probing pass classifies only the few elements around its hits.
    this.classifier = new ElementClassifier(config.firstOccurrenceOnly ? body : undefined);
    if (config.firstOccurrenceOnly) {
      const reader = new SegmentReader(body, this.classifier);
      this.scheduler.add((timeLeft) => this.scanSome(reader, timeLeft));
      return;
    }
    // At the top of the page the full pass already starts with what is visible. Scrolled
    // pages (restored position, #anchor) get their viewport first.
    const scrolled = (this.doc.defaultView?.scrollY ?? 0) > 0;
    const visible = scrolled && this.doc.visibilityState === 'visible';
    const seen = visible ? scanViewport(this.doc, this.classifier, (...args) => this.scanSome(...args)) : undefined;
    const scan = new ProbeScan(body, this.classifier, this.matcher.prefilter, seen);
    this.scheduler.add((timeLeft) => this.scanSome(scan, timeLeft));
  }

  private stop(): void {
    this.generation++;
    this.waitingForRenderer = false;
    this.scheduler.clear();
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.dirtyTimer);
    this.dirtyTimer = undefined;
    this.changes.clear();
    this.renderer?.dispose();
    this.renderer = null;
    const had = this.store.size > 0;
    this.store.clear();
    if (had) this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Reads segments until the time is up, matching each, and draws the batch in one go.
   * Returns true while the source has more. `keepGoing` ends the scan early (viewport).
   */
  private scanSome(source: SegmentSource, timeLeft: () => number, keepGoing?: (s: TextSegment) => boolean): boolean {
    const matcher = this.matcher;
    if (!matcher) return false;
    const batch: PendingMatch[] = [];
    let stopped = false;
    for (let n = 0; ; n++) {
      if (n % CLOCK_EVERY === 0 && timeLeft() <= 0) break;
      const segment = source.next(timeLeft);
      if (!segment) break;
      for (const m of matcher.findAll(segment.text)) batch.push({ ...m, segment });
      if (keepGoing && !keepGoing(segment)) {
        stopped = true;
        break;
      }
    }
    this.draw(batch);
    return !stopped && !source.done;
  }

  private draw(batch: PendingMatch[]): void {
    const renderer = this.renderer;
    if (!renderer || batch.length === 0) return;
    drawBatch(batch, renderer, this.store, this.config?.firstOccurrenceOnly ?? false, () => {
      if (renderer.mutatesDom) this.observer?.takeRecords(); // our own edits are not page changes
    });
    this.notify();
  }

  private observe(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    // The document, not its element: document.open() puts a new element in place of the old
    // one, and an observer of the old one would never see the new page.
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const renderer = this.renderer;
    this.changes.note(records, renderer);
    if (renderer?.mutatesDom) this.observer?.takeRecords();
    if (this.doc.visibilityState === 'hidden') this.changes.limitWhileHidden();
    if (this.changes.pending && this.dirtyTimer === undefined) {
      this.dirtyTimer = setTimeout(() => {
        this.dirtyTimer = undefined;
        runGuarded(() => this.rescanDirty());
      }, MUTATION_DEBOUNCE_MS);
    }
  }

  /** Re-reads only what the page changed, and drops terms whose text is gone. */
  private rescanDirty(): void {
    const renderer = this.renderer;
    const matcher = this.matcher;
    if (!renderer || !matcher) return;
    // Nothing is read in a hidden tab (the scheduler waits for it to show); queuing reads for
    // every change of a chat left open for hours would pile up work and keep removed content.
    if (this.doc.visibilityState === 'hidden') {
      // Removed content is let go of now; what changed is read when the tab is shown.
      if (this.changes.keepWhileHidden()) this.erase(renderer, (block) => !block.isConnected);
      return;
    }
    if (this.changes.overflowed) return this.rescan();
    this.classifier = new ElementClassifier();
    const { own, added, covered } = this.changes.take(this.classifier);
    this.erase(renderer, (block) => !block.isConnected || own.has(block) || covered(block));
    const classifier = this.classifier;
    // One job for the whole re-scan; an element the page removed before its turn is skipped.
    const chain = new SourceChain([
      ...[...own].map(
        (block) => () => (block.isConnected ? new SegmentReader(block, classifier, { ownTextOnly: true }) : null),
      ),
      ...[...added].map((root) => () => (root.isConnected ? new ProbeScan(root, classifier, matcher.prefilter) : null)),
    ]);
    if (!chain.done) this.scheduler.add((timeLeft) => this.scanSome(chain, timeLeft));
  }

  /** Drops the terms of the blocks `test` selects. */
  private erase(renderer: Renderer, test: (block: Element) => boolean): void {
    const gone = this.store.takeBlocks(test);
    renderer.remove(gone);
    if (renderer.mutatesDom) this.observer?.takeRecords();
    if (gone.length) this.notify();
  }

  private readonly onVisibilityChange = () => {
    if (this.doc.visibilityState !== 'visible') return;
    if (this.changes.overflowed) this.rescan();
    else if (this.changes.pending) runGuarded(() => this.rescanDirty());
  };
}
