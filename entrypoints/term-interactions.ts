/**
 * Hover, tap and keyboard handling for highlighted terms (TermInteractions): imported into a
 * frame when the first term there is highlighted (or the popup asks for a term), so the many
 * frames and pages without terms never parse it (ADR 20).
 */
import disclaimer from 'virtual:health-notes/disclaimer';
import termTitles from 'virtual:health-notes/term-titles';
import { i18n } from '#i18n';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TermInteractions } from '../utils/interactions/term-interactions';
import { provideScript } from '../utils/on-demand/slot';

const titles = new Map(termTitles);
// Ids come from our own matches; still, a card never shows text it was handed as an id.
const titleOf = (termId: string) => titles.get(termId) ?? i18n.t('extName');

export default defineUnlistedScript(() =>
  provideScript('term-interactions', {
    createTermInteractions: (ctx, scanner, settings, isTop) =>
      new TermInteractions(ctx, scanner, titleOf, disclaimer.short, settings, isTop),
  }),
);
