/**
 * Everything a person does with highlighted terms on one page: hover (mouse), tap (touch),
 * keyboard navigation, and requests from the popup. Owns the hover intent, the card and
 * the navigator; reads terms from the page scanner. The card's UI is its own on-demand
 * script, loaded when the pointer rests on a term, a term is tapped, keyboard navigation
 * starts or the popup reveals a term; until then there is no card (closed, contains nothing).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardController } from '../../components/card/card-controller';
import { sendToBackground } from '../messaging/client';
import { OnDemand } from '../on-demand/on-demand';
import type { PageScanner } from '../scan/page-scanner';
import { TEXT_SIZE_PX, type Settings } from '../settings/schema';
import { onDocumentElementReplaced } from './document-reset';
import { EntryCache } from './entry-cache';
import { termAtPoint, type HitTerm } from './hit-test';
import { DEFAULT_HOVER_INTENT, HoverIntent } from './hover-intent';
import { resolveTheme } from './page-theme';
import { TermNavigator } from './term-navigator';

export class TermInteractions {
  private readonly entries = new EntryCache();
  // Hovering asks every frame; a frame where loading fails must not ask every frame.
  private readonly card: OnDemand<'card-ui', CardController>;
  private readonly intent: HoverIntent<object>;
  private readonly navigator: TermNavigator;
  private readonly hits = new WeakMap<object, HitTerm>();
  private settings: Settings;
  private frame = 0;
  private lastMove: { x: number; y: number; t: number; onCard: boolean } | null = null;
  private overCard = false;
  private lastPointerType = 'mouse';
  private listening: AbortController | null = null;
  private readonly stopWatchingDocument: () => void;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly scanner: PageScanner,
    titleOf: (termId: string) => string,
    disclaimer: string,
    settings: Settings,
  ) {
    this.settings = settings;
    this.card = new OnDemand(
      'card-ui',
      ({ CardController }) =>
        new CardController(ctx, {
          entries: this.entries,
          disclaimer,
          titleOf,
          look: () => ({
            theme: resolveTheme(this.settings.theme, document),
            fontSizePx: TEXT_SIZE_PX[this.settings.textSize],
          }),
          onMore: (id) => void sendToBackground({ type: 'open-entry', id }).catch(() => undefined),
          onUserClose: (focusWasInside) => {
            this.intent.dismiss();
            if (focusWasInside) this.navigator.resume();
          },
        }),
    );
    this.intent = new HoverIntent<object>(
      {
        show: (key) => {
          const hit = this.hits.get(key);
          if (hit) void this.withCard((card) => card.show(hit, { focus: this.navigator.isActive }));
        },
        hide: () => this.card.current?.hide(),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
      this.intentOptions(),
    );
    this.navigator = new TermNavigator(document, {
      terms: () => this.scanner.terms(),
      titleOf,
      focusTarget: async () => {
        const card = await this.card.get();
        if (!card) throw new Error('Health Notes: the card could not be loaded in this frame');
        return card.navigationTarget();
      },
      announce: (m) => void this.withCard((card) => card.announce(m)),
      openCard: (hit) => this.open(hit),
      closeCard: () => this.intent.close(),
      cardIsOpen: () => this.card.current?.isOpen ?? false,
    });
    this.listen();
    this.stopWatchingDocument = onDocumentElementReplaced(document, () => this.listen());
    ctx.onInvalidated(() => {
      this.listening?.abort();
      this.stopWatchingDocument();
    });
    scanner.onChange(() => this.closeIfTermGone());
  }

  /** Loads the card on first need (hover, tap, navigation, the popup) and uses it. */
  private async withCard(use: (card: CardController) => Promise<void>): Promise<void> {
    const card = await this.card.get();
    if (card) await use(card);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.intent.setOptions(this.intentOptions());
  }

  private intentOptions() {
    return { ...DEFAULT_HOVER_INTENT, showDelayMs: this.settings.hoverDelayMs };
  }

  private open(hit: HitTerm): void {
    this.hits.set(hit.key, hit);
    void this.entries.get(hit.termId);
    this.intent.open(hit.key);
  }

  /** "On this page" in the popup: scroll to the term's first occurrence and open its card. */
  reveal(termId: string): boolean {
    const term = this.scanner.terms().find((t) => t.termId === termId);
    if (!term) return false;
    term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.open({ termId, range: term.range, key: term });
    return true;
  }

  startNavigation(): Promise<number> {
    return this.navigator.start();
  }

  private hitAt(x: number, y: number): HitTerm | null {
    const hit = termAtPoint(document, this.scanner, x, y);
    if (!hit) return null;
    // One key per occurrence, so hover intent can compare moves by identity.
    const known = this.hits.get(hit.key);
    if (known) return known;
    this.hits.set(hit.key, hit);
    return hit;
  }

  /**
   * Only the user's own input counts (`isTrusted`): events a page script dispatches never move
   * hover intent or open, close or click anything. document.open() erases every listener on
   * the document and window, so they are added again whenever the document's element changes.
   */
  private listen(): void {
    this.listening?.abort();
    const listening = new AbortController();
    this.listening = listening;
    const options = (more: AddEventListenerOptions = {}) => ({ ...more, signal: listening.signal });
    document.addEventListener(
      'pointermove',
      (e) => {
        if (e.isTrusted) this.onPointerMove(e);
      },
      options({ passive: true }),
    );
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (e.isTrusted) this.lastPointerType = e.pointerType;
      },
      options({ passive: true, capture: true }),
    );
    document.addEventListener(
      'click',
      (e) => {
        if (e.isTrusted) this.onClick(e);
      },
      options(),
    );
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || e.key !== 'Escape' || !this.card.current?.isOpen || this.navigator.isActive) return;
        this.intent.dismiss();
        e.stopPropagation();
      },
      options({ capture: true }),
    );
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    // composedPath() is only valid while the event is dispatched, so read it now.
    this.lastMove = { x: e.clientX, y: e.clientY, t: e.timeStamp, onCard: this.card.current?.contains(e) ?? false };
    // One hit test per frame, however fast the events come.
    if (this.frame === 0) this.frame = this.ctx.requestAnimationFrame(() => this.processMove());
  }

  private processMove(): void {
    this.frame = 0;
    const e = this.lastMove;
    if (!e) return;
    if (e.onCard) {
      if (!this.overCard) {
        this.overCard = true;
        this.intent.enterCard();
      }
      return;
    }
    if (this.overCard) {
      this.overCard = false;
      this.intent.leaveCard();
    }
    const hit = this.hitAt(e.x, e.y);
    if (hit) {
      // Prepare during the dwell, so the card is ready the moment it is due.
      void this.withCard((card) => card.prepare(hit));
    }
    this.intent.move(hit?.key ?? null, e.x, e.y, e.t);
  }

  private onClick(e: MouseEvent): void {
    if (this.lastPointerType !== 'touch' || this.card.current?.contains(e)) return;
    const hit = this.hitAt(e.clientX, e.clientY);
    const interactive = (e.target as Element | null)?.closest?.(
      'a, button, input, select, textarea, label, [role="button"]',
    );
    if (hit && !interactive) this.open(hit);
    else if (this.card.current?.isOpen) this.intent.close();
  }

  private closeIfTermGone(): void {
    const shown = this.card.current?.shownTerm;
    if (shown && (shown.range.collapsed || !shown.range.startContainer.isConnected)) this.intent.close();
  }

  destroy(): void {
    this.listening?.abort();
    this.stopWatchingDocument();
    this.navigator.stop();
    this.card.current?.destroy();
    this.card.dispose();
  }
}
