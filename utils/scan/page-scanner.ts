/**
 * Highlights glossary terms in one document: the visible part first, the rest in idle
 * slices, then only what the page changes. This file is the configuration and restart: which
 * terms are matched, how they are drawn, and starting over when that changes. The pass itself
 * is scan-pass.ts, page changes are page-watch.ts. Settings apply live; turning highlighting
 * off leaves the page exactly as it was.
 */
import { CATEGORIES, type Category } from '../glossary/categories';
import { matcherFrom, matcherOfCategories, type CompiledMatcher, type Matcher } from '../matcher/matcher';
import type { FoundTerm, Renderer, RendererFactory, RenderStyle } from '../render/found-term';
import { supportsHighlightApi } from '../render/highlight-api-renderer';
import type { Density, HighlightStyle } from '../settings/schema';
import { MatchStore } from '../store/match-store';
import { ShadowStyles } from '../render/shadow-styles';
import { PageWatch } from './page-watch';
import { ScanPass } from './scan-pass';
import { IdleScheduler } from './scheduler';
import { ShadowRoots } from './shadow-roots';

export { MUTATION_DEBOUNCE_MS } from './page-watch';

export interface HighlightConfig {
  active: boolean;
  style: HighlightStyle;
  categories: readonly Category[];
  density: Density;
}

export class PageScanner {
  private config: HighlightConfig | null = null;
  private pass: ScanPass | null = null;
  private watch: PageWatch | null = null;
  private shadows: ShadowRoots | null = null;
  private readonly store = new MatchStore();
  private readonly scheduler: IdleScheduler;
  private readonly listeners = new Set<() => void>();

  private fullMatcher: Matcher | null = null;
  /** Counts starts and stops, so a start that waited for its renderer knows whether it is still wanted. */
  private generation = 0;
  private waitingForRenderer = false;

  constructor(
    private readonly doc: Document,
    /** The whole glossary's matcher, compiled at build time. */
    private readonly compiled: CompiledMatcher,
    private readonly makeRenderer: RendererFactory,
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
      !this.pass ||
      prev.density !== next.density ||
      prev.categories.join() !== next.categories.join() ||
      this.wantsWrap(prev.style) !== wrapNow;
    if (needsRestart) {
      this.stop();
      this.start();
    } else if (next.style !== 'wrap') {
      this.pass?.renderer.setStyle?.(next.style);
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

  counts(): ReadonlyMap<string, number> {
    return this.store.counts();
  }

  terms(): FoundTerm[] {
    return this.store.inDocumentOrder();
  }

  termsAt(node: Node): readonly FoundTerm[] {
    return this.store.termsAt(node);
  }

  get drawsWithHighlightApi(): boolean {
    return this.pass !== null && !this.pass.renderer.mutatesDom;
  }

  get scansShadowRoots(): boolean {
    return this.shadows?.found ?? false;
  }

  get scanning(): boolean {
    return this.waitingForRenderer || this.scheduler.busy || (this.watch?.waiting ?? false);
  }

  /** Work waiting: scan jobs queued, and changed elements kept for the next re-scan. */
  get backlog(): { jobs: number; roots: number } {
    return { jobs: this.scheduler.pendingJobs, roots: this.watch?.size ?? 0 };
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
    const style = this.config!.style;
    const renderStyle: RenderStyle = this.wantsWrap(style)
      ? 'wrap'
      : style === 'background'
        ? 'background'
        : 'underline';
    const made = this.makeRenderer(this.doc, renderStyle);
    if (!(made instanceof Promise)) return this.startWith(made);
    // The renderer's script is loading (wrap mode): a stop or restart meanwhile makes it unwanted.
    const generation = this.generation;
    this.waitingForRenderer = true;
    void made.then((renderer) => {
      if (generation !== this.generation) return renderer?.dispose();
      this.waitingForRenderer = false;
      // Not loaded: nothing is drawn, and the next settings change tries again.
      if (renderer) this.startWith(renderer);
    });
  }

  private startWith(renderer: Renderer): void {
    const config = this.config!;
    const pass = new ScanPass(this.matcherFor(new Set(config.categories)), renderer, this.store, config.density, {
      ownEditsDone: () => this.watch?.dropOwnRecords(),
      changed: () => this.notify(),
    });
    this.pass = pass;
    const watch = new PageWatch(
      this.doc,
      pass,
      this.scheduler,
      () => this.rescan(),
      (added) => this.shadows?.pageChanged(added) ?? [],
    );
    this.watch = watch;
    const styles = new ShadowStyles(this.doc, renderer.mutatesDom ? 'wrap' : 'highlight');
    this.shadows = new ShadowRoots(this.doc, pass, this.scheduler, styles, watch);
    pass.queuePage(this.doc, this.scheduler);
    this.shadows.discoverPage();
  }

  private stop(): void {
    this.generation++;
    this.waitingForRenderer = false;
    this.scheduler.clear();
    this.watch?.stop();
    this.watch = null;
    this.shadows?.stop();
    this.shadows = null;
    this.pass?.renderer.dispose();
    this.pass = null;
    const had = this.store.size > 0;
    this.store.clear();
    if (had) this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private readonly onVisibilityChange = () => {
    if (this.doc.visibilityState === 'visible') this.watch?.onVisible();
  };
}
