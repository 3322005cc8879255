/**
 * Everything a frame worth scanning runs (ADR 14): reads the settings, scans and highlights
 * the page, applies settings changes live, loads the hover handling with the first term,
 * answers the popup (top frame) and keeps the toolbar badge current.
 */
import compiledMatcher from 'virtual:health-notes/matcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardSession } from '../card/card-session';
import { handleMessages, sendToBackground } from '../messaging/client';
import type { ContentMessages } from '../messaging/protocol';
import { loadOnce } from '../on-demand/load-once';
import { loadScript } from '../on-demand/load-script';
import { highlightConfigFor } from '../settings/page-config';
import { readSettings, watchStoredSettings } from '../settings/page-reader';
import type { Settings } from '../settings/schema';
import { PageHighlighter } from './highlighter';
import { rescanOnNavigation } from './navigations';

/** The badge is updated at most this often while a page is being scanned. */
const BADGE_THROTTLE_MS = 400;

export async function startPageHighlighting(ctx: ContentScriptContext, { isTop }: { isTop: boolean }): Promise<void> {
  let settings = await readSettings();
  if (ctx.isInvalid) return;
  const highlighter = new PageHighlighter(document, compiledMatcher);
  // Hover, touch and keyboard handling are a script of their own, run in this frame with the
  // first highlighted term (or a request that needs them): most pages and frames have no
  // term, and they should not parse it (ADR 13).
  let session: CardSession | null = null;
  // After a failed load, later needs wait a while rather than try again on every change.
  const cardSession = loadOnce(
    () => loadScript('card-session'),
    ({ createCardSession }) => (ctx.isInvalid ? null : (session = createCardSession(ctx, highlighter, settings))),
    'the hover card handling',
  );
  // A navigation inside a single-page app starts a fresh scan, which matters only once there
  // are terms to reset; until then, added and removed content is seen by the highlighter's
  // mutation observer.
  let watchingNavigations = false;
  highlighter.onChange(() => {
    if (highlighter.counts().size === 0) return;
    void cardSession();
    if (watchingNavigations) return;
    watchingNavigations = true;
    rescanOnNavigation(ctx, () => highlighter.rescan());
  });
  const config = () => highlightConfigFor(settings, location.hostname);
  const report = isTop ? reporter(ctx, highlighter, () => config().active) : () => undefined;
  highlighter.onChange(report);
  const apply = (next: Settings, changed: boolean) => {
    settings = next;
    highlighter.configure(config());
    session?.applySettings(next);
    // After a change the badge may need repainting (its switch, this site) even if the counts did not move.
    report(changed);
  };

  apply(settings, false);
  const unwatch = watchStoredSettings((next) => apply(next, true));

  // Only the top frame answers the popup: it speaks for the page the user sees.
  const unhandle = isTop
    ? handleMessages<ContentMessages>({
        'page-status': () => ({
          active: config().active,
          host: location.hostname,
          url: location.href,
          scanning: highlighter.scanning,
          backlog: highlighter.backlog,
          terms: [...highlighter.counts()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
        }),
        'reveal-term': async ({ termId }) => ({ revealed: (await cardSession())?.reveal(termId) ?? false }),
        'start-term-navigation': async () => ({ terms: (await (await cardSession())?.startNavigation()) ?? 0 }),
      })
    : () => undefined;

  ctx.onInvalidated(() => {
    unwatch();
    unhandle();
    session?.destroy();
    highlighter.destroy();
  });
}

/**
 * Tells the background how many distinct terms the page has and whether highlighting runs
 * here (badge and toolbar icon), at most every BADGE_THROTTLE_MS, and only when that differs
 * from what the toolbar shows (or `force`, after a settings change).
 */
function reporter(
  ctx: ContentScriptContext,
  highlighter: PageHighlighter,
  active: () => boolean,
): (force?: boolean) => void {
  let timer: number | undefined;
  let forced = false;
  const state = () => ({ distinctTerms: highlighter.counts().size, active: active() });
  const key = ({ distinctTerms, active }: ReturnType<typeof state>) => `${distinctTerms}:${active}`;
  // A newly loaded page starts with no badge and the normal icon (the browser resets a tab's
  // own ones), so a page without terms never wakes the background.
  let reported = key({ distinctTerms: 0, active: true });
  return (force = false) => {
    forced ||= force;
    // Even an empty task costs the page ~0.5 ms: no timer while there is nothing to say.
    if (timer !== undefined || (!forced && key(state()) === reported)) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const now = state();
      if (key(now) === reported && !forced) return;
      forced = false;
      reported = key(now);
      sendToBackground({ type: 'page-terms-changed', ...now }).catch(() => undefined);
    }, BADGE_THROTTLE_MS);
  };
}
