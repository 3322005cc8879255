/**
 * Reading and writing a shadow root's `adoptedStyleSheets` from a content script, in every
 * browser the manifest allows.
 *
 * Firefox 140 (the oldest Firefox the manifest accepts; 153 does not need this) gives a content
 * script the list through its Xray wrapper as an opaque object: no `length`, no Array methods,
 * and writing the property throws "Accessing from Xray wrapper is not supported". Found with the
 * Firefox shadow-root smoke test run on 140: the throw dropped each root's scan, so no term in a
 * shadow root was found. There the list is read and written through the page's own view of the
 * root (`wrappedJSObject`), with the new list cloned into the page (`cloneInto`, keeping the
 * sheets as the same objects) and the items compared as Xrays again (`XPCNativeWrapper`).
 * A page can get in the way there (it owns that view), which can only leave the root unstyled.
 */

/** Firefox's content-script helpers; absent in Chrome. */
interface FirefoxContentScope {
  cloneInto?: (value: unknown, target: object, options?: { wrapReflectors?: boolean }) => unknown;
  XPCNativeWrapper?: <T>(value: T) => T;
}

type Waivable = ShadowRoot & { wrappedJSObject?: { adoptedStyleSheets: unknown } };

const scope = globalThis as unknown as FirefoxContentScope;

function asList(value: unknown): CSSStyleSheet[] | null {
  const list = value as ArrayLike<CSSStyleSheet> | null | undefined;
  return list && typeof list.length === 'number' ? Array.prototype.slice.call(list) : null;
}

/** The root's adopted sheets as a plain array; null when this world cannot read them. */
export function readSheets(root: ShadowRoot): CSSStyleSheet[] | null {
  const own = asList(root.adoptedStyleSheets);
  if (own) return own;
  const page = (root as Waivable).wrappedJSObject;
  const rewrap = scope.XPCNativeWrapper;
  if (!page || !rewrap) return null;
  return asList(page.adoptedStyleSheets)?.map((sheet) => rewrap(sheet)) ?? null;
}

/** Replaces the root's adopted sheets; throws when neither way is open. */
export function writeSheets(root: ShadowRoot, sheets: CSSStyleSheet[]): void {
  try {
    root.adoptedStyleSheets = sheets;
  } catch (error) {
    const page = (root as Waivable).wrappedJSObject;
    const view = root.ownerDocument.defaultView;
    if (!page || !view || typeof scope.cloneInto !== 'function') throw error;
    page.adoptedStyleSheets = scope.cloneInto(sheets, view, { wrapReflectors: true });
  }
}
