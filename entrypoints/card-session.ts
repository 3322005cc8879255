/**
 * Hover, touch and keyboard handling for highlighted terms (CardSession): imported into a frame
 * when the first term there is highlighted (or the popup asks for a term), so the many frames
 * and pages without terms never parse it (ADR 13, 14).
 */
import disclaimer from 'virtual:health-notes/disclaimer';
import termTitles from 'virtual:health-notes/term-titles';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardSession } from '../utils/card/card-session';
import { provideScript } from '../utils/on-demand/slot';

const titles = new Map(termTitles);
const titleOf = (termId: string) => titles.get(termId) ?? termId;

export default defineUnlistedScript(() =>
  provideScript('card-session', {
    createCardSession: (ctx, highlighter, settings) =>
      new CardSession(ctx, highlighter, titleOf, disclaimer.short, settings),
  }),
);
