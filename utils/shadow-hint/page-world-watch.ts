/**
 * Runs in the page's own world at document_start, before the page's scripts (ADR 30). Content
 * scripts cannot see `attachShadow` calls, and finding hosts by walking every element cost the
 * large pages without any host 10-20 ms of CPU per load (ADR 25 updates 3-4). So this watch
 * wraps `attachShadow` and, the first time an open root is attached, tells the page scan once;
 * the scan looks for hosts only then.
 *
 * The wrapper is a Proxy: `toString`, `name` and `length` still read as the native function's,
 * and every call (errors included) goes to the original unchanged. Nothing from the extension is
 * reachable from here: the events carry no data and nothing is read back.
 */
import { SHADOW_ROOT_ASK_EVENT, SHADOW_ROOT_EVENT } from './events';

export function watchShadowRoots(win: Window & typeof globalThis): void {
  const proto = win.Element.prototype;
  const attach = proto.attachShadow;
  if (typeof attach !== 'function') return;
  const doc = win.document;
  // Taken now, before any page script runs, so a page that replaces it later changes nothing
  // here. Only what the watch needs at once is touched: each interface a script first reads in
  // a page's world is set up then (Chromium), and this script runs on every page.
  const apply = win.Reflect.apply;
  let seen = false;
  const tell = () => doc.dispatchEvent(new win.Event(SHADOW_ROOT_EVENT));
  proto.attachShadow = new win.Proxy(attach, {
    apply(target, self: Element, args: [ShadowRootInit]) {
      const root = apply(target, self, args) as ShadowRoot;
      if (!seen && root.mode === 'open') {
        seen = true;
        tell();
      }
      return root;
    },
  });
  doc.addEventListener(SHADOW_ROOT_ASK_EVENT, () => {
    if (seen) tell();
  });
}
