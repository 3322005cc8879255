/**
 * Keyboard access to highlighted terms without making each one a tab stop: a shortcut
 * enters navigation, arrow keys (or n / p) move a visible focus ring from term to term and
 * scroll to it, Enter opens the term's card as a non-modal dialog with focus inside, Esc
 * closes the card and a second Esc leaves navigation, returning focus where it was.
 *
 * DOM focus sits on one element inside our shadow root, so the page's own key handlers
 * never see these keys; a live region says where the user is.
 */
import { i18n } from '#i18n';
import { formatNumber } from '../i18n/format';
import { supportsHighlightApi } from '../render/highlight-api-renderer';
import { HIGHLIGHT_NAME } from '../render/page-contract';
import type { FoundTerm } from '../render/found-term';
import type { HitTerm } from './hit-test';

export interface NavigatorDeps {
  terms(): FoundTerm[];
  titleOf(termId: string): string;
  /** The focusable element in our shadow root that receives navigation keys. */
  focusTarget(): Promise<HTMLElement>;
  announce(message: string): void;
  openCard(hit: HitTerm): void;
  closeCard(): void;
  cardIsOpen(): boolean;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight', 'n', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft', 'p', 'k']);

export class TermNavigator {
  private active = false;
  private index = 0;
  private terms: FoundTerm[] = [];
  private returnFocus: HTMLElement | null = null;
  private target: HTMLElement | null = null;
  /** Made the first time it is shown: most pages are never navigated. Null without the Highlight API. */
  private focusHighlight: Highlight | null | undefined;

  constructor(
    private readonly doc: Document,
    private readonly deps: NavigatorDeps,
  ) {}

  get isActive(): boolean {
    return this.active;
  }

  /** Enters navigation at the first term in view. Returns the number of terms. */
  async start(): Promise<number> {
    this.terms = this.deps.terms();
    if (this.terms.length === 0) {
      this.deps.announce(i18n.t('termNavigation.noTerms'));
      return 0;
    }
    if (!this.active) {
      const focused = this.doc.activeElement;
      this.returnFocus = focused instanceof HTMLElement && focused !== this.doc.body ? focused : null;
    }
    this.active = true;
    this.index = Math.max(
      0,
      this.terms.findIndex((t) => t.range.getBoundingClientRect().bottom > 0),
    );
    const target = await this.deps.focusTarget();
    if (this.target !== target) {
      this.target = target;
      target.addEventListener('keydown', (e) => this.onKey(e));
      target.addEventListener('blur', () => this.onBlur());
    }
    target.focus({ preventScroll: true });
    const count = this.terms.length;
    this.moveTo(this.index, `${i18n.t('termNavigation.count', count, [formatNumber(count)])} `);
    return count;
  }

  /** Called when the card closes; focus comes back to the navigator if it is running. */
  resume(): void {
    if (this.active) this.target?.focus({ preventScroll: true });
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.clearFocusRing();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else this.target?.blur();
    this.deps.announce(i18n.t('termNavigation.left'));
  }

  private onBlur(): void {
    // Focus moved into the card (keep going) or somewhere else on the page (stop quietly).
    queueMicrotask(() => {
      if (this.active && !this.deps.cardIsOpen() && this.target && this.target.getRootNode() instanceof ShadowRoot) {
        const inside = (this.target.getRootNode() as ShadowRoot).activeElement;
        if (!inside) {
          this.active = false;
          this.clearFocusRing();
          this.returnFocus = null;
        }
      }
    });
  }

  private onKey(e: KeyboardEvent): void {
    // A page script can dispatch keys at our element too; only the user's own keys move or open.
    if (!e.isTrusted || !this.active || e.altKey || e.ctrlKey || e.metaKey) return;
    if (NEXT_KEYS.has(e.key)) this.moveTo(Math.min(this.index + 1, this.terms.length - 1));
    else if (PREVIOUS_KEYS.has(e.key)) this.moveTo(Math.max(this.index - 1, 0));
    else if (e.key === 'Home') this.moveTo(0);
    else if (e.key === 'End') this.moveTo(this.terms.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') this.open();
    else if (e.key === 'Escape') {
      if (this.deps.cardIsOpen()) this.deps.closeCard();
      else this.stop();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  private moveTo(index: number, prefix = ''): void {
    const term = this.terms[index];
    if (!term) return;
    this.index = index;
    if (this.deps.cardIsOpen()) this.deps.closeCard();
    this.showFocusRing(term.range);
    const el = term.range.startContainer.parentElement;
    el?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: prefersReducedMotion(this.doc) ? 'auto' : 'smooth',
    });
    this.deps.announce(
      prefix +
        i18n.t('termNavigation.position', [
          formatNumber(index + 1),
          formatNumber(this.terms.length),
          this.deps.titleOf(term.termId),
        ]),
    );
  }

  private open(): void {
    const term = this.terms[this.index];
    if (term) this.deps.openCard({ termId: term.termId, range: term.range, key: term });
  }

  private showFocusRing(range: Range): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (this.focusHighlight === undefined)
      this.focusHighlight = win && supportsHighlightApi(win) ? new win.Highlight() : null;
    if (!this.focusHighlight || !win) return;
    this.focusHighlight.clear();
    this.focusHighlight.add(range);
    win.CSS.highlights.set(HIGHLIGHT_NAME.focus, this.focusHighlight);
  }

  private clearFocusRing(): void {
    if (!this.focusHighlight) return;
    this.focusHighlight.clear();
    const registry = (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME.focus) === this.focusHighlight) registry.delete(HIGHLIGHT_NAME.focus);
  }
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
}
