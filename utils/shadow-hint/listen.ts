/**
 * The page scan's side of the shadow-root signal (ADR 30): calls `onRoots` once, as soon as the
 * page-world watch reports that this document attached an open shadow root, before this call
 * (it answers the ask at once) or later. The event is untrusted by nature (a page can send it
 * too); all it does is start the host search, which checks every root it finds itself.
 */
import { SHADOW_ROOT_ASK_EVENT, SHADOW_ROOT_EVENT } from './events';

export function onShadowRoots(doc: Document, onRoots: () => void): () => void {
  let done = false;
  const heard = () => {
    if (done) return;
    stop();
    // The page world sends the event from inside the page's own attachShadow call: only note it
    // here; the caller schedules the search.
    onRoots();
  };
  const stop = () => {
    done = true;
    doc.removeEventListener(SHADOW_ROOT_EVENT, heard);
  };
  doc.addEventListener(SHADOW_ROOT_EVENT, heard);
  doc.dispatchEvent(new Event(SHADOW_ROOT_ASK_EVENT));
  return stop;
}
