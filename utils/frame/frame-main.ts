/**
 * The frame's main, everything a frame worth scanning runs (ADR 20): reads the settings, scans
 * and highlights the page, applies settings changes live, loads the hover handling with the
 * first term, answers the popup (top frame) and keeps the toolbar badge current.
 */
import compiledMatcher from 'virtual:health-notes/matcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleMessages } from '../messaging/client';
import { cleanSpot } from '../messaging/frame-card-relay';
import type { ContentMessages } from '../messaging/protocol';
import { OnDemand } from '../on-demand/on-demand';
import { PageScanner } from '../scan/page-scanner';
import { highlightConfigFor } from '../settings/page-config';
import { readSettings, watchStoredSettings } from '../settings/page-reader';
import type { Settings } from '../settings/schema';
import { badgeReporter } from './badge-reporter';
import { rescanOnNavigation } from './navigations';
import { frameRenderers } from './renderers';

export async function startFrame(ctx: ContentScriptContext, { isTop }: { isTop: boolean }): Promise<void> {
  let settings = await readSettings();
  if (ctx.isInvalid) return;
  const scanner = new PageScanner(document, compiledMatcher, frameRenderers());
  // Hover, touch and keyboard handling are a script of their own, run in this frame with the
  // first highlighted term (or a request that needs them): most pages and frames have no
  // term, and they should not parse it (ADR 20).
  const interactions = new OnDemand('term-interactions', ({ createTermInteractions }) =>
    ctx.isInvalid ? null : createTermInteractions(ctx, scanner, settings, isTop),
  );
  // A navigation inside a single-page app starts a fresh scan, which matters only once there
  // are terms to reset; until then, added and removed content is seen by the scanner's
  // mutation observer.
  let watchingNavigations = false;
  scanner.onChange(() => {
    if (scanner.counts().size === 0) return;
    void interactions.get();
    if (watchingNavigations) return;
    watchingNavigations = true;
    rescanOnNavigation(ctx, () => scanner.rescan());
  });
  const config = () => highlightConfigFor(settings, location.hostname);
  const report = isTop ? badgeReporter(ctx, scanner, () => config().active) : () => undefined;
  scanner.onChange(report);
  const apply = (next: Settings, changed: boolean) => {
    settings = next;
    scanner.configure(config());
    interactions.current?.applySettings(next);
    // After a change the badge may need repainting (its switch, this site) even if the counts did not move.
    report(changed);
  };

  apply(settings, false);
  const unwatch = watchStoredSettings((next) => apply(next, true));

  // Only the top frame answers the popup: it speaks for the page the user sees. It also draws
  // the cards of frames too small for one (ADR 29); a frame hears what became of its card.
  const isFrameId = (id: unknown): id is number => typeof id === 'number' && Number.isInteger(id) && id > 0;
  const unhandle = isTop
    ? handleMessages<ContentMessages>({
        'page-status': () => ({
          active: config().active,
          host: location.hostname,
          url: location.href,
          scanning: scanner.scanning,
          backlog: scanner.backlog,
          terms: [...scanner.counts()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
        }),
        'reveal-term': async ({ termId }) => ({ revealed: (await interactions.get())?.reveal(termId) ?? false }),
        'start-term-navigation': async () => ({ terms: (await (await interactions.get())?.startNavigation()) ?? 0 }),
        'show-frame-card': async (request) => {
          const spot = cleanSpot(request, () => true);
          if (!spot || !isFrameId(request.frameId)) return { shown: false };
          return { shown: (await interactions.get())?.showForFrame({ ...spot, frameId: request.frameId }) ?? false };
        },
        'hide-frame-card': ({ frameId }) => interactions.current?.hideForFrame(frameId),
      })
    : handleMessages<ContentMessages>({
        'frame-card-event': ({ event }) => {
          if (event === 'enter' || event === 'closed') interactions.current?.onFrameCardEvent(event);
        },
      });

  ctx.onInvalidated(() => {
    unwatch();
    unhandle();
    interactions.current?.destroy();
    interactions.dispose();
    scanner.destroy();
  });
}
