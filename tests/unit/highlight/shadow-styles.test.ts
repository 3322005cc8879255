// @vitest-environment happy-dom
/**
 * The highlight sheet in a shadow root's `adoptedStyleSheets` (utils/render/shadow-styles.ts,
 * adopted-sheets.ts), including Firefox 140's content-script view of the list: an opaque object
 * whose property cannot be written ("Accessing from Xray wrapper is not supported"), reachable
 * through the page's own view of the root. The fake root below behaves that way; the browser
 * itself is covered by the Firefox shadow-root smoke test.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { ShadowStyles } from '../../../utils/render/shadow-styles';

type Scope = { cloneInto?: unknown; XPCNativeWrapper?: unknown };
const scope = globalThis as unknown as Scope;

afterEach(() => {
  delete scope.cloneInto;
  delete scope.XPCNativeWrapper;
});

/** A root as Firefox 140 shows it to a content script, with the page's sheets behind it. */
function xrayRoot(pageSheets: CSSStyleSheet[]) {
  const page = { adoptedStyleSheets: pageSheets as unknown };
  const root = {
    ownerDocument: document,
    wrappedJSObject: page,
    get adoptedStyleSheets(): unknown {
      return Object.create(null) as unknown; // as measured on 140: `length` undefined, no items
    },
    set adoptedStyleSheets(_value: unknown) {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
  };
  return { root: root as unknown as ShadowRoot, page };
}

function pageSheet(): CSSStyleSheet {
  return new CSSStyleSheet();
}

describe('the highlight sheet in shadow roots', () => {
  test('an ordinary root gets the sheet once, after its own, and loses only ours on dispose', () => {
    const host = document.createElement('news-story');
    const root = host.attachShadow({ mode: 'open' });
    const own = pageSheet();
    root.adoptedStyleSheets = [own];
    const styles = new ShadowStyles(document, 'highlight');
    styles.adopt(root);
    styles.adopt(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    styles.dispose();
    expect([...root.adoptedStyleSheets]).toEqual([own]);
  });

  test("Firefox 140's Xray view: the sheet goes in through the page's view, the page's sheets kept", () => {
    scope.cloneInto = (value: CSSStyleSheet[]) => [...value];
    scope.XPCNativeWrapper = (value: unknown) => value;
    const own = pageSheet();
    const { root, page } = xrayRoot([own]);
    const styles = new ShadowStyles(document, 'highlight');
    expect(() => styles.adopt(root)).not.toThrow();
    const list = page.adoptedStyleSheets as CSSStyleSheet[];
    expect(list).toHaveLength(2);
    expect(list[0]).toBe(own);
    styles.adopt(root);
    expect(page.adoptedStyleSheets).toHaveLength(2);
    styles.dispose();
    expect(page.adoptedStyleSheets).toEqual([own]);
  });

  test("a list this world cannot read is left alone (writing would drop the page's sheets)", () => {
    const own = pageSheet();
    const { root, page } = xrayRoot([own]);
    const styles = new ShadowStyles(document, 'highlight');
    // No Firefox helpers (as in Chrome): nothing thrown, nothing changed.
    expect(() => styles.adopt(root)).not.toThrow();
    expect(page.adoptedStyleSheets).toEqual([own]);
    expect(() => styles.dispose()).not.toThrow();
  });
});
