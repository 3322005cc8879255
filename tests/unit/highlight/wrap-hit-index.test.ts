// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { MatchStore } from '../../../utils/store/match-store';
import { WrapRenderer } from '../../../utils/render/wrap-renderer';
import type { TextSegment } from '../../../utils/scan/text-segments';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

/** Wraps "tetany" in one paragraph, as the highlighter would, and records it in a store. */
function wrapTetany() {
  document.body.innerHTML =
    '<p id="real">Her doctor called this tetany today.</p>' +
    '<p id="fake">Win: <health-note data-health-term="tetany">click this</health-note></p>';
  const block = document.getElementById('real')!;
  const text = block.firstChild as Text;
  const segment: TextSegment = { block, nodes: [text], starts: [0], text: text.data };
  const start = text.data.indexOf('tetany');
  const renderer = new WrapRenderer(document);
  const found = renderer.render([{ termId: 'tetany', segment, start, end: start + 'tetany'.length }]);
  const store = new MatchStore();
  store.add(block, found, ['tetany']);
  return { store, renderer, found };
}

test("the text inside the renderer's own wrapper leads to its term (what a hit test looks up)", () => {
  const { store, found } = wrapTetany();
  const inside = document.querySelector('#real health-note')!.firstChild!;
  expect(inside.textContent).toBe('tetany');
  expect(store.termsAt(inside)).toEqual(found);
});

test('the text inside a wrapper the page made leads to nothing', () => {
  const { store } = wrapTetany();
  expect(store.termsAt(document.querySelector('#fake health-note')!.firstChild!)).toEqual([]);
});

test('the wrapper style is in the page only while terms are wrapped', () => {
  const { renderer } = wrapTetany();
  expect(document.head.querySelector('style')?.textContent).toContain('health-note[data-health-term]');
  renderer.dispose();
  expect(document.querySelector('style')).toBeNull();
});
