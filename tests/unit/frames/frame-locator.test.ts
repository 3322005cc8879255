// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": false}}
/**
 * Which <iframe> a frame's message came from: by frame id where the browser maps elements to
 * ids (Firefox), else by the frame's viewport size, and among frames of the same size by the
 * one under the pointer or holding focus; an ambiguous answer is no answer.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { locateFrame } from '../../../utils/interactions/frame-locator';

interface Spec {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hovered?: boolean;
}

/** happy-dom has no layout: each frame gets the box a browser would give it. */
function addFrame(doc: Document, spec: Spec): HTMLIFrameElement {
  const el = doc.createElement('iframe');
  el.id = spec.id;
  Object.defineProperty(el, 'clientWidth', { value: spec.width });
  Object.defineProperty(el, 'clientHeight', { value: spec.height });
  Object.defineProperty(el, 'clientLeft', { value: 1 });
  Object.defineProperty(el, 'clientTop', { value: 1 });
  el.getBoundingClientRect = () => new DOMRect(spec.x, spec.y, spec.width + 2, spec.height + 2);
  const matches = el.matches.bind(el);
  Object.defineProperty(el, 'matches', {
    value: (selector: string) => (selector === ':hover' ? spec.hovered === true : matches(selector)),
  });
  doc.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

const small = { width: 300, height: 120 };

describe('locateFrame', () => {
  test('by frame id when the browser can map elements to ids, whatever the sizes', () => {
    addFrame(document, { id: 'a', x: 0, y: 0, ...small });
    const b = addFrame(document, { id: 'b', x: 400, y: 50, ...small });
    const ids = new Map<Element, number>([[b, 7]]);
    const found = locateFrame(document, { frameId: 7, viewport: { width: 1, height: 1 } }, (el) => ids.get(el) ?? -1);
    expect(found?.element).toBe(b);
    expect(found?.viewportRect()).toEqual({ x: 401, y: 51, ...small });
    expect(locateFrame(document, { frameId: 8, viewport: small }, (el) => ids.get(el) ?? -1)).toBeNull();
  });

  test('without ids: the one frame of that size', () => {
    addFrame(document, { id: 'a', x: 0, y: 0, width: 600, height: 400 });
    const b = addFrame(document, { id: 'b', x: 10, y: 420, ...small });
    expect(locateFrame(document, { frameId: 3, viewport: { width: 300.4, height: 119.6 } }, null)?.element).toBe(b);
    expect(locateFrame(document, { frameId: 3, viewport: { width: 200, height: 100 } }, null)).toBeNull();
  });

  test('without ids, among frames of the same size: the hovered one, else the focused one, else none', () => {
    addFrame(document, { id: 'a', x: 0, y: 0, ...small });
    const b = addFrame(document, { id: 'b', x: 400, y: 0, ...small, hovered: true });
    expect(locateFrame(document, { frameId: 3, viewport: small }, null)?.element).toBe(b);

    document.body.replaceChildren();
    addFrame(document, { id: 'a', x: 0, y: 0, ...small });
    const d = addFrame(document, { id: 'd', x: 400, y: 0, ...small });
    expect(locateFrame(document, { frameId: 3, viewport: small }, null)).toBeNull();
    d.tabIndex = 0;
    d.focus();
    expect(locateFrame(document, { frameId: 3, viewport: small }, null)?.element).toBe(d);
  });
});
