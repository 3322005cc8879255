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
import type { FrameCardEvent, FrameCardSpot } from '../messaging/protocol';
import { OnDemand } from '../on-demand/on-demand';
import type { PageScanner } from '../scan/page-scanner';
import { TEXT_SIZE_PX, type Settings } from '../settings/schema';
import { EntryCache } from './entry-cache';
import { FrameCardClient } from './frame-card-client';
import { FrameCardHost } from './frame-card-host';
import { termAtPoint, type HitTerm } from './hit-test';
import { DEFAULT_HOVER_INTENT, HoverIntent } from './hover-intent';
import { resolveTheme } from './page-theme';
import { TermNavigator } from './term-navigator';
import { listenToUserInput } from './user-input';

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
  private readonly stopListening: () => void;
  /** Cards of small frames (ADR 29): the top frame draws them, a frame asks for them. */
  private readonly frameHost: FrameCardHost | null;
  private readonly frameCards: FrameCardClient | null;
  /** In a frame: the pointer went onto the card the top frame draws for it. */
  private overFrameCard = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly scanner: PageScanner,
    titleOf: (termId: string) => string,
    disclaimer: string,
    settings: Settings,
    isTop: boolean,
  ) {
    this.settings = settings;
    this.frameHost = isTop ? new FrameCardHost(document) : null;
    this.frameCards = isTop ? null : new FrameCardClient(window);
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
          if (hit) void this.showCard(hit);
        },
        hide: () => {
          this.frameCards?.hide();
          this.card.current?.hide();
          this.frameHost?.cardGone();
        },
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
    this.stopListening = listenToUserInput(document, {
      pointerMove: (e) => this.onPointerMove(e),
      pointerDown: (e) => (this.lastPointerType = e.pointerType),
      click: (e) => this.onClick(e),
      keyDown: (e) => {
        if (e.key !== 'Escape' || !this.cardShown || this.navigator.isActive) return;
        this.intent.dismiss();
        e.stopPropagation();
      },
    });
    ctx.onInvalidated(() => this.stopListening());
    scanner.onChange(() => this.closeIfTermGone());
  }

  /** Loads the card on first need (hover, tap, navigation, the popup) and uses it. */
  private async withCard(use: (card: CardController) => Promise<void>): Promise<void> {
    const card = await this.card.get();
    if (card) await use(card);
  }

  private async showCard(hit: HitTerm): Promise<void> {
    const host = this.frameHost;
    // In the top frame: one card at a time, so a frame's card gives way (and that frame is told).
    host?.cardGone(hit.key);
    host?.showing(hit);
    if (this.frameCards?.frameTooSmall && (await this.frameCards.show(hit))) {
      this.card.current?.hide();
      return;
    }
    const focus = this.navigator.isActive && !host?.isFrameHit(hit.key);
    await this.withCard((card) => card.show(hit, { focus }));
  }

  /** Top frame: a small frame's term; false when that frame cannot be told apart (it then draws its own). */
  showForFrame(request: FrameCardSpot & { frameId: number }): boolean {
    const found = this.frameHost?.hitFor(request);
    if (!found) return false;
    if (found.moved) void this.withCard((card) => card.show(found.hit, { focus: false }));
    else this.open(found.hit);
    return true;
  }

  /** Top frame: the frame whose card is shown asked to hide it (its own hover intent ended). */
  hideForFrame(frameId: number): void {
    const host = this.frameHost;
    if (host?.shownFor(frameId)) host.hideForFrame(() => this.intent.close());
  }

  /** In a frame: what the top frame says of the card it draws for this frame. */
  onFrameCardEvent(event: FrameCardEvent): void {
    if (!this.frameCards?.isShowing) return;
    if (event === 'enter') {
      this.overFrameCard = true;
      this.intent.enterCard();
      return;
    }
    this.frameCards.closedByTop();
    this.intent.dismiss();
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

  private get cardShown(): boolean {
    return (this.card.current?.isOpen ?? false) || (this.frameCards?.isShowing ?? false);
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
    if (this.overFrameCard) {
      // Moving in this frame again: the pointer is off the card the top frame draws.
      this.overFrameCard = false;
      this.intent.leaveCard();
    }
    if (e.onCard) {
      if (!this.overCard) {
        this.overCard = true;
        this.intent.enterCard();
        this.frameHost?.pointerEnteredCard();
      }
      return;
    }
    if (this.overCard) {
      this.overCard = false;
      this.intent.leaveCard();
    }
    const hit = this.hitAt(e.x, e.y);
    if (hit && !this.frameCards?.frameTooSmall) {
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
    else if (this.cardShown) this.intent.close();
  }

  private closeIfTermGone(): void {
    const shown = this.card.current?.shownTerm;
    if (shown && (shown.range.collapsed || !shown.range.startContainer.isConnected)) this.intent.close();
  }

  destroy(): void {
    this.stopListening();
    this.navigator.stop();
    this.card.current?.destroy();
    this.card.dispose();
  }
}
