/**
 * Stands in for the card (CardController) from page load on, and brings the real one in on
 * first need: when the pointer rests on a term, a term is tapped, keyboard navigation starts
 * or the popup reveals a term. Until then it answers "no card" (closed, contains nothing).
 */
import type { CardController, CardControllerOptions } from './card-controller';
import { loadOnce } from '../on-demand/load-once';
import type { OnDemandScripts } from '../on-demand/slot';

/** What the card's script provides (entrypoints/card-ui.ts). */
export type CardUi = OnDemandScripts['card-ui'];
import type { HitTerm } from './hit-test';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What CardSession uses of the card. */
export type CardView = Pick<
  CardController,
  'isOpen' | 'shownTerm' | 'contains' | 'prepare' | 'navigationTarget' | 'announce' | 'show' | 'hide' | 'destroy'
>;

export class LazyCard implements CardView {
  private real: CardView | null = null;
  private destroyed = false;
  // Hovering asks every frame; a frame where loading fails must not ask every frame.
  private readonly ensure = loadOnce(
    () => this.load(),
    (ui): CardView | null => {
      if (this.destroyed) return null;
      this.real = new ui.CardController(this.ctx, this.options);
      return this.real;
    },
    'the card',
  );

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: CardControllerOptions,
    /** Makes the card UI available in this frame; may reject (the next need tries again). */
    private readonly load: () => Promise<CardUi>,
  ) {}

  get isOpen(): boolean {
    return this.real?.isOpen ?? false;
  }

  get shownTerm(): HitTerm | null {
    return this.real?.shownTerm ?? null;
  }

  contains(event: Event): boolean {
    return this.real?.contains(event) ?? false;
  }

  async prepare(hit: HitTerm): Promise<void> {
    await (await this.ensure())?.prepare(hit);
  }

  async show(hit: HitTerm, options: { focus: boolean }): Promise<void> {
    await (await this.ensure())?.show(hit, options);
  }

  async announce(message: string): Promise<void> {
    await (await this.ensure())?.announce(message);
  }

  async navigationTarget(): Promise<HTMLElement> {
    const card = await this.ensure();
    if (!card) throw new Error('Health Notes: the card could not be loaded in this frame');
    return card.navigationTarget();
  }

  hide(): void {
    this.real?.hide();
  }

  destroy(): void {
    this.destroyed = true;
    this.real?.destroy();
    this.real = null;
  }
}
