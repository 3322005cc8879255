/**
 * happy-dom computes `textContent` and `checkVisibility()` by recursing once per ancestor or
 * descendant, so a tree thousands of levels deep overflows its stack where a browser (native
 * code, no such limit) answers. Tests of deep pages install these iterative versions, which
 * return what the DOM standard says for the pages they build (no display:none in them).
 * happy-dom also recurses when it connects, disconnects or starts observing a whole subtree:
 * tests build and take down deep trees one level at a time, and observe before they build.
 */
import { vi } from 'vitest';

function textContentOf(this: Element): string {
  let text = '';
  const walker = this.ownerDocument.createTreeWalker(this, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) text += (n as Text).data;
  return text;
}

export function useIterativeDeepDom(): () => void {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'textContent')!;
  Object.defineProperty(Element.prototype, 'textContent', { ...original, get: textContentOf });
  vi.spyOn(Element.prototype, 'checkVisibility').mockImplementation(function (this: Element) {
    return this.isConnected;
  });
  return () => Object.defineProperty(Element.prototype, 'textContent', original);
}

/** Nests `depth` divs under `parent` one level at a time, as a script building the page would. */
export function nestDivs(parent: Element, depth: number): Element {
  let el = parent;
  for (let i = 0; i < depth; i++) el = el.appendChild(el.ownerDocument.createElement('div'));
  return el;
}

/** Removes `deepest` and its ancestors up to (not including) `top`, innermost first. */
export function unnest(deepest: Element, top: Element): void {
  for (let el: Element | null = deepest; el && el !== top;) {
    const parent: Element | null = el.parentElement;
    el.remove();
    el = parent;
  }
}
