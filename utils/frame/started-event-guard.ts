/**
 * WXT's ContentScriptContext stops its content script when a "content script started" event
 * naming that script reaches `document`: the way a new copy of the script, after the extension
 * was updated or reloaded, silences the old one. It is an ordinary CustomEvent whose name holds
 * only the extension id and the script's name, so a page can dispatch it as well and switch
 * the extension off on its pages. Page-dispatched and extension-dispatched events are equally
 * untrusted, so the event itself cannot be judged; what marks the old copy is that its
 * extension context is gone (`runtime.id` is undefined there). The event is obeyed only then.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function stopOnlyWhenOrphaned(ctx: ContentScriptContext): void {
  const fromAnotherCopy = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => fromAnotherCopy(event) && browser.runtime?.id == null;
}
