/**
 * The toolbar badge and icon of a tab, kept current by its top frame.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messaging/client';
import type { PageScanner } from '../scan/page-scanner';

/** The badge is updated at most this often while a page is being scanned. */
const BADGE_THROTTLE_MS = 400;

/**
 * Tells the background how many distinct terms the page has and whether highlighting runs
 * here (badge and toolbar icon), at most every BADGE_THROTTLE_MS, and only when that differs
 * from what the toolbar shows (or `force`, after a settings change).
 */
export function badgeReporter(
  ctx: ContentScriptContext,
  scanner: PageScanner,
  active: () => boolean,
): (force?: boolean) => void {
  let timer: number | undefined;
  let forced = false;
  const state = () => ({ distinctTerms: scanner.counts().size, active: active() });
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
