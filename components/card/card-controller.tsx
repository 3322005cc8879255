/**
 * Shows one card at a time in the extension's own shadow root, placed next to its term.
 *
 * The host element (card-host.ts) is created on first use (pages where nobody hovers a term
 * never get one), sits on <html> (or the fullscreen element) with the highest z-index, and its
 * closed shadow root resets inherited styles, so the page's CSS and scripts cannot reach the card.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from './card.css?inline';
import themeCss from '../theme.css?inline';
import { TermCard, type CardState } from './TermCard';
import { createCardHost, type CardHost } from './card-host';
import { CardPosition, referenceFor } from './card-placement';
import { buildSkeleton } from './card-skeleton';
import type { EntryCache } from '../../utils/interactions/entry-cache';
import type { HitTerm } from '../../utils/interactions/hit-test';
import { readTestHooks } from './test-hooks';

export const CARD_RENDER_MEASURE = 'health-notes:card-render';

export interface CardLook {
  theme: 'light' | 'dark';
  fontSizePx: number;
}

export interface CardControllerOptions {
  entries: EntryCache;
  disclaimer: string;
  titleOf: (termId: string) => string;
  look: () => CardLook;
  onMore: (termId: string) => void;
  /** The user closed the card (Esc, close button); `focusWasInside` says whether focus was in it. */
  onUserClose: (focusWasInside: boolean) => void;
}

export class CardController {
  private ui: CardHost | null = null;
  /** Whether the render measure goes to the page's timeline (a test hook; never in real use). */
  private pageTiming = false;
  private uiPromise: Promise<void> | null = null;
  private root: HTMLElement | null = null;
  private cardSlot: HTMLElement | null = null;
  private liveRegion: HTMLElement | null = null;
  private navTarget: HTMLElement | null = null;
  private placement: CardPosition | null = null;
  /** The term occurrence whose card is rendered and placed, hidden, ready to show. */
  private prepared: object | null = null;
  private current: HitTerm | null = null;
  private showToken = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: CardControllerOptions,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.element ?? null;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get shownTerm(): HitTerm | null {
    return this.current;
  }

  /** True when the event happened inside the card (composed path crosses our host). */
  contains(event: Event): boolean {
    const host = this.host;
    return host !== null && event.composedPath().includes(host);
  }

  focusInside(): boolean {
    // Our own reference: a closed shadow root is not reachable through host.shadowRoot.
    return (this.ui?.shadow.activeElement ?? null) !== null;
  }

  /**
   * Makes the UI on first need, and makes it again when the page removed the host or reset the
   * document with document.open(), which also erases every event listener in it.
   */
  async ensureUi(): Promise<void> {
    if (this.ui && !this.ui.connected && this.uiPromise) {
      // Not hide(): a show() waiting here must still go ahead, in the new UI.
      this.current = null;
      this.prepared = null;
      this.placement?.stopFollowing();
      this.uiPromise = null;
    }
    this.uiPromise ??= this.createUi();
    return this.uiPromise;
  }

  /** Builds the host and the card's skeleton; again after the page removed it or reset the document. */
  private async createUi(): Promise<void> {
    const hooks = await readTestHooks();
    this.pageTiming = hooks.cardRenderMeasure;
    if (this.ctx.isInvalid) return;
    this.dropUi();
    const ui = createCardHost(document, {
      mode: hooks.openShadowRoot ? 'open' : 'closed',
      css: `${themeCss}\n${cardCss}`,
    });
    this.ui = ui;
    const { root, slot, live, nav } = buildSkeleton(ui.container);
    slot.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') {
        e.preventDefault();
        this.closeByUser();
      }
    });
    this.navTarget = nav;
    this.root = root;
    this.cardSlot = slot;
    this.placement = new CardPosition(slot);
    this.liveRegion = live;
  }

  private dropUi(): void {
    if (this.cardSlot) render(null, this.cardSlot);
    this.ui?.remove();
    this.ui = null;
  }

  /**
   * Renders a term's card invisibly while the pointer rests on it, so that when the dwell
   * ends the card only has to be placed and revealed. Never touches an open card.
   */
  async prepare(hit: HitTerm): Promise<void> {
    await this.ensureUi();
    if (this.current !== null || !this.cardSlot) return;
    const entry = await this.options.entries.get(hit.termId);
    if (this.current !== null || !entry) return;
    this.applyLook();
    this.renderState({ kind: 'ready', entry });
    // Lay it out and place it now, while the pointer rests, not when the card is due.
    await this.placement?.place(hit.reference ?? referenceFor(hit.range), { reveal: false });
    if (this.current === null) this.prepared = hit.key;
  }

  private applyLook(): void {
    const look = this.options.look();
    // Unchanged values are not written again: each write restyles the whole card.
    if (this.host && this.host.getAttribute('data-theme') !== look.theme)
      this.host.setAttribute('data-theme', look.theme);
    const size = `${look.fontSizePx}px`;
    if (this.root && this.root.style.getPropertyValue('--hn-font-size') !== size) {
      this.root.style.setProperty('--hn-font-size', size);
    }
  }

  /** The element keyboard navigation keeps focus on (inside our shadow root). */
  async navigationTarget(): Promise<HTMLElement> {
    await this.ensureUi();
    return this.navTarget!;
  }

  /** Screen-reader announcement through a polite live region. */
  async announce(message: string): Promise<void> {
    await this.ensureUi();
    if (!this.liveRegion) return;
    this.liveRegion.textContent = '';
    // A fresh text node after a tick makes screen readers announce repeated messages too.
    this.ctx.setTimeout(() => {
      if (this.liveRegion) this.liveRegion.textContent = message;
    }, 50);
  }

  async show(hit: HitTerm, { focus }: { focus: boolean }): Promise<void> {
    const token = ++this.showToken;
    await this.ensureUi();
    if (token !== this.showToken || !this.cardSlot || !this.root) return;
    this.current = hit;

    const pending = this.options.entries.get(hit.termId);
    // Render at once with what is known; hovering fetched the entry during the dwell.
    const ready = await Promise.race([pending, new Promise<undefined>((r) => queueMicrotask(() => r(undefined)))]);
    if (token !== this.showToken) return;

    // The measure covers the work the user waits for once the dwell ends: render + placement.
    const started = performance.now();
    this.applyLook();
    this.renderState(
      ready === undefined
        ? { kind: 'loading', title: this.options.titleOf(hit.termId) }
        : toState(ready, hit, this.options),
    );
    const reference = hit.reference ?? referenceFor(hit.range);
    const placed = this.prepared === hit.key && ready !== undefined && this.placement?.scrollUnchanged();
    if (placed) this.placement?.reveal();
    else await this.placement?.place(reference);
    this.prepared = null;
    // The page shares this timeline: the measure exists only when a test asks for it.
    if (this.pageTiming) performance.measure(CARD_RENDER_MEASURE, { start: started, end: performance.now() });
    // Following scrolls and resizes is set up after the card is on screen.
    this.placement?.follow(reference, () => token === this.showToken);
    if (focus) this.focusTitle();

    if (ready === undefined) {
      const entry = await pending;
      if (token !== this.showToken) return;
      this.renderState(toState(entry, hit, this.options));
      if (focus) this.focusTitle();
    }
  }

  private renderState(state: CardState): void {
    if (!this.cardSlot) return;
    render(
      <TermCard
        state={state}
        disclaimer={this.options.disclaimer}
        idPrefix="health-notes-card"
        onClose={() => this.closeByUser()}
        onMore={(id) => this.options.onMore(id)}
      />,
      this.cardSlot,
    );
  }

  private focusTitle(): void {
    const title = this.cardSlot?.querySelector<HTMLElement>('.hn-card__title');
    title?.focus({ preventScroll: true });
  }

  hide(): void {
    this.showToken++;
    this.current = null;
    this.prepared = null;
    this.placement?.stopFollowing();
    if (this.cardSlot) {
      render(null, this.cardSlot);
      this.cardSlot.style.visibility = 'hidden';
    }
  }

  private closeByUser(): void {
    const focusWasInside = this.focusInside();
    this.hide();
    this.options.onUserClose(focusWasInside);
  }

  destroy(): void {
    this.hide();
    this.dropUi();
  }
}

function toState(
  entry: Awaited<ReturnType<EntryCache['get']>>,
  hit: HitTerm,
  options: CardControllerOptions,
): CardState {
  return entry ? { kind: 'ready', entry } : { kind: 'error', title: options.titleOf(hit.termId) };
}
