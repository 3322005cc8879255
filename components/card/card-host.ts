/**
 * The element the card lives in: `<health-notes-ui>` on <html> (or the fullscreen element) with
 * a shadow root that is closed unless a test asks otherwise (test-hooks.ts), so the page can
 * neither read which term a reader opened nor edit the card or re-point its links.
 *
 * A page may define a custom element of the same name. An element created in this document
 * would run that constructor at once, and a constructor that attaches a shadow root of its own
 * makes ours fail. So the host is created in an inert document (which has no custom element
 * registry), gets its shadow root there, and only then joins the page: an upgrade that runs the
 * page's constructor later cannot replace a shadow root that already exists.
 */
import { UI_HOST_TAG } from '../../utils/render/page-contract';

/** Keys typed inside the card must not trigger the page's own shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
/** Resets every inherited and page-set property of the host (an inner `!important` wins). */
const HOST_RESET = ':host{all:initial !important;}';

export interface CardHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The element inside the shadow root that the card's UI is built in. */
  readonly container: HTMLElement;
  /** False once the page removed the host or replaced the document (document.open()). */
  readonly connected: boolean;
  remove(): void;
}

export function createCardHost(doc: Document, { mode, css }: { mode: ShadowRootMode; css: string }): CardHost {
  const inert = doc.implementation.createHTMLDocument('');
  const element = inert.createElement(UI_HOST_TAG);
  const shadow = element.attachShadow({ mode });
  doc.adoptNode(element);
  const style = doc.createElement('style');
  // Firefox applies the page's style-src to a <style> whose text was set before it joined the
  // page; text set by the content script is the extension's own (Mozilla bug 1706787).
  style.textContent = '';
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());

  const place = () => {
    const parent = doc.fullscreenElement ?? doc.documentElement;
    if (parent && element.parentNode !== parent) parent.append(element);
  };
  place();
  // Follows the fullscreen element, so the card stays visible over it.
  const listening = new AbortController();
  doc.addEventListener('fullscreenchange', place, { signal: listening.signal });
  return {
    element,
    shadow,
    container,
    get connected() {
      return element.isConnected;
    },
    remove: () => {
      listening.abort();
      element.remove();
    },
  };
}
