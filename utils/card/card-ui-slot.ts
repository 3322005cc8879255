/**
 * The hand-over point between the content script and the card UI, which is a separate script
 * (entrypoints/card-ui.ts) injected into the same frame only when a card is first needed
 * (ADR 0008). Both run in the extension's isolated world, so they share its global object;
 * the page cannot see it.
 */
import type { CardController } from './card-controller';

export interface CardUi {
  CardController: typeof CardController;
}

const SLOT = '__healthNotesCardUi';

type WithSlot = typeof globalThis & { [SLOT]?: CardUi };

export function provideCardUi(ui: CardUi): void {
  (globalThis as WithSlot)[SLOT] = ui;
}

export function providedCardUi(): CardUi | undefined {
  return (globalThis as WithSlot)[SLOT];
}
