/**
 * Highlights glossary terms in one document: the visible part first, the rest in idle
 * slices, then only what the page changes. Settings apply live; turning highlighting off
 * leaves the page exactly as it was.
 */
import { CATEGORIES, type Category } from '../glossary/categories';
import { matcherFrom, matcherOfCategories, type CompiledMatcher, type Matcher } from '../matcher/matcher';
import type { HighlightStyle } from '../settings/schema';
import { ElementClassifier, isInlineElement } from './dom-rules';
import type { FoundTerm, PendingMatch, Renderer } from './found-term';
import { HighlightApiRenderer, supportsHighlightApi } from './highlight-api-renderer';
import { MatchStore } from './match-store';
import { UI_HOST_TAG } from './page-contract';
import { IdleScheduler, SLICE_BUDGET_MS } from './scheduler';
import { ProbeScan } from './probe-scan';
import { SegmentReader, type SegmentSource, type TextSegment } from './text-segments';
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
  /** Blocks whose own text changed: re-read their text, not their nested blocks. */
  private readonly dirtyBlocks = new Set<Element>();
  /** Subtrees the page added: read in full. */
  private readonly addedRoots = new Set<Element>();
  /** Something was removed: drop terms whose text left the document. */
  private sweepNeeded = false;
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
    return { jobs: this.scheduler.pendingJobs, roots: this.dirtyBlocks.size + this.addedRoots.size };
  }

  destroy(): void {
    this.stop();
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
    const seen = scrolled && this.doc.visibilityState === 'visible' ? this.scanViewport() : undefined;
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
    this.dirtyBlocks.clear();
    this.addedRoots.clear();
    this.sweepNeeded = false;
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
   * Scans from the text at the top of the viewport down to its bottom, right away.
   * Returns the text nodes it read, so the full pass does not read them again.
   */
  private scanViewport(): Set<Text> | undefined {
    const win = this.doc.defaultView;
    if (!win) return undefined;
    const start = this.textNear(win.innerWidth / 2, Math.min(40, win.innerHeight / 4));
    if (!start) return undefined;
    const reader = new SegmentReader(this.doc.body, this.classifier);
    reader.startAt(start);
    const bottom = win.innerHeight;
    const read = new Set<Text>();
    // One slice only: what is not done by then is read by the full pass.
    this.scanSome(reader, timeLeftFrom(performance.now() + 2 * SLICE_BUDGET_MS), (seg) => {
      for (const node of seg.nodes) read.add(node);
      return seg.block.getBoundingClientRect().top < bottom;
    });
    return read;
  }

  private textNear(x: number, y: number): Text | null {
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const node = doc.caretPositionFromPoint?.(x, y)?.offsetNode ?? doc.caretRangeFromPoint?.(x, y)?.startContainer;
    if (!node) return null;
    if (node instanceof Text) return node;
    const walker = this.doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    return walker.nextNode() as Text | null;
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
    const rendered = new Map<TextSegment, boolean>();
    const visible = batch.filter((m) => {
      let ok = rendered.get(m.segment);
      if (ok === undefined) rendered.set(m.segment, (ok = isRendered(m.segment)));
      return ok;
    });
    const firstOnly = this.config?.firstOccurrenceOnly ?? false;
    const toDraw: PendingMatch[] = [];
    const claimed = new Set<string>();
    for (const m of visible) {
      if (firstOnly && (this.store.isShown(m.termId) || claimed.has(m.termId))) continue;
      claimed.add(m.termId);
      toDraw.push(m);
    }
    const found = renderer.render(toDraw);
    if (renderer.mutatesDom) this.observer?.takeRecords(); // our own edits are not page changes
    const byBlock = new Map<Element, { found: FoundTerm[]; occurrences: string[] }>();
    const entry = (block: Element) => {
      let e = byBlock.get(block);
      if (!e) byBlock.set(block, (e = { found: [], occurrences: [] }));
      return e;
    };
    for (const m of visible) entry(m.segment.block).occurrences.push(m.termId);
    for (const f of found) entry(f.block).found.push(f);
    for (const [block, e] of byBlock) this.store.add(block, e.found, e.occurrences);
    this.notify();
  }

  private observe(): void {
    const root = this.doc.documentElement;
    if (!root) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const renderer = this.renderer;
    for (const record of records) {
      const target = record.target;
      if (isOwnUi(target)) continue;
      if (record.type === 'characterData') {
        // Repair before the next paint: the page must show the text it just wrote.
        if (renderer?.owns(target)) renderer.repair(target as Text);
        if (target.parentElement) this.dirtyBlocks.add(target.parentElement);
        continue;
      }
      // Work stays proportional to the change: a block added to <body> is read on its own,
      // and <body>'s own text is re-read only if inline content changed there.
      for (const node of record.addedNodes) {
        if (node instanceof Element && !isInlineElement(node)) this.addedRoots.add(node);
        else if (target instanceof Element) this.dirtyBlocks.add(target);
      }
      for (const node of record.removedNodes) {
        if (renderer?.owns(node)) renderer.repair(node as Text);
        if (node instanceof Element && !isInlineElement(node)) this.sweepNeeded = true;
        else if (target instanceof Element) this.dirtyBlocks.add(target);
      }
    }
    if (renderer?.mutatesDom) this.observer?.takeRecords();
    const pending = this.dirtyBlocks.size > 0 || this.addedRoots.size > 0 || this.sweepNeeded;
    if (pending && this.dirtyTimer === undefined) {
      this.dirtyTimer = setTimeout(() => {
        this.dirtyTimer = undefined;
        this.rescanDirty();
      }, MUTATION_DEBOUNCE_MS);
    }
  }

  /** Re-reads only what the page changed, and drops terms whose text is gone. */
  private rescanDirty(): void {
    const renderer = this.renderer;
    const matcher = this.matcher;
    if (!renderer || !matcher) return;
    this.classifier = new ElementClassifier();
    const added = new Set<Element>();
    for (const el of this.addedRoots) if (el.isConnected) added.add(el);
    for (const el of [...added]) if (hasAncestorIn(el, added)) added.delete(el);
    const own = new Set<Element>();
    for (const el of this.dirtyBlocks) {
      if (!el.isConnected) continue;
      const block = this.classifier.info(el).block;
      if (!added.has(block) && !hasAncestorIn(block, added)) own.add(block);
    }
    this.dirtyBlocks.clear();
    this.addedRoots.clear();
    this.sweepNeeded = false;

    const gone = this.store.takeBlocks(
      (block) => !block.isConnected || own.has(block) || added.has(block) || hasAncestorIn(block, added),
    );
    renderer.remove(gone);
    if (renderer.mutatesDom) this.observer?.takeRecords();
    if (gone.length) this.notify();

    const sources: SegmentSource[] = [
      ...[...own].map((block) => new SegmentReader(block, this.classifier, { ownTextOnly: true })),
      ...[...added].map((root) => new ProbeScan(root, this.classifier, matcher.prefilter)),
    ];
    for (const source of sources) this.scheduler.add((timeLeft) => this.scanSome(source, timeLeft));
  }
}

function timeLeftFrom(deadline: number): () => number {
  return () => deadline - performance.now();
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

function isOwnUi(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(UI_HOST_TAG) != null;
}

/** Text in display:none (or hidden by an ancestor) is not marked: it is not read. */
function isRendered(segment: TextSegment): boolean {
  const parent = segment.nodes[0]?.parentElement;
  if (!parent) return false;
  return typeof parent.checkVisibility === 'function' ? parent.checkVisibility() : true;
}
