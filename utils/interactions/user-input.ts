/**
 * The user's own input on a page, for hover, tap and Esc. Only trusted events count
 * (`isTrusted`): events a page script dispatches never move hover intent or open, close or click
 * anything. document.open() erases every listener on the document and window, so they are
 * added again whenever the document's element changes.
 */
import { onDocumentElementReplaced } from './document-reset';

export interface UserInputHandlers {
  pointerMove(e: PointerEvent): void;
  pointerDown(e: PointerEvent): void;
  click(e: MouseEvent): void;
  /** Esc anywhere in the page (capture phase on the window). */
  keyDown(e: KeyboardEvent): void;
}

/** Listens until the returned function is called. */
export function listenToUserInput(doc: Document, handlers: UserInputHandlers): () => void {
  let listening: AbortController | null = null;
  const listen = () => {
    listening?.abort();
    const current = new AbortController();
    listening = current;
    const options = (more: AddEventListenerOptions = {}) => ({ ...more, signal: current.signal });
    doc.addEventListener(
      'pointermove',
      (e) => {
        if (e.isTrusted) handlers.pointerMove(e);
      },
      options({ passive: true }),
    );
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (e.isTrusted) handlers.pointerDown(e);
      },
      options({ passive: true, capture: true }),
    );
    doc.addEventListener(
      'click',
      (e) => {
        if (e.isTrusted) handlers.click(e);
      },
      options(),
    );
    doc.defaultView?.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted) handlers.keyDown(e);
      },
      options({ capture: true }),
    );
  };
  listen();
  const stopWatching = onDocumentElementReplaced(doc, listen);
  return () => {
    listening?.abort();
    stopWatching();
  };
}
