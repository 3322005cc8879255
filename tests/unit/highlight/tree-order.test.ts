// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { compareRangeStarts } from '../../../utils/store/tree-order';

function rangeIn(text: Node): Range {
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 1);
  return range;
}

describe('compareRangeStarts', () => {
  test('orders ranges across shadow roots in shadow-including tree order', () => {
    document.body.innerHTML = '<p id="before">a</p><x-app><p id="light">b</p></x-app><p id="after">c</p>';
    const app = document.querySelector('x-app')!;
    const appRoot = app.attachShadow({ mode: 'open' });
    appRoot.innerHTML = '<p id="outer">d</p><x-story></x-story>';
    const storyRoot = appRoot.querySelector('x-story')!.attachShadow({ mode: 'open' });
    storyRoot.innerHTML = '<p id="inner">e</p>';
    const text = (root: ParentNode, id: string) => root.querySelector(`#${id}`)!.firstChild!;
    const ranges = {
      before: rangeIn(text(document, 'before')),
      light: rangeIn(text(document, 'light')),
      after: rangeIn(text(document, 'after')),
      outer: rangeIn(text(appRoot, 'outer')),
      inner: rangeIn(text(storyRoot, 'inner')),
    };
    const sorted = Object.entries(ranges)
      .sort(([, a], [, b]) => compareRangeStarts(a, b))
      .map(([name]) => name);
    // A host's shadow content comes before its light-DOM children.
    expect(sorted).toEqual(['before', 'outer', 'inner', 'light', 'after']);
    expect(compareRangeStarts(ranges.inner, ranges.outer)).toBeGreaterThan(0);
    expect(compareRangeStarts(ranges.light, ranges.inner)).toBeGreaterThan(0);
    expect(compareRangeStarts(ranges.before, ranges.before)).toBe(0);
  });
});
