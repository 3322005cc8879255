// @vitest-environment happy-dom
/**
 * The page-world half of finding open shadow roots (utils/shadow-hint/page-world-watch.ts,
 * ADR 30): it reports the first open root once, answers the scan's ask, and leaves the page's
 * own `attachShadow` calls exactly as they were.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SHADOW_ROOT_ASK_EVENT, SHADOW_ROOT_EVENT } from '../../../utils/shadow-hint/events';
import { watchShadowRoots } from '../../../utils/shadow-hint/page-world-watch';

const original = Element.prototype.attachShadow;
let reports: number;
const count = () => reports++;

beforeEach(() => {
  reports = 0;
  document.addEventListener(SHADOW_ROOT_EVENT, count);
  watchShadowRoots(window);
});
afterEach(() => {
  Element.prototype.attachShadow = original;
  document.removeEventListener(SHADOW_ROOT_EVENT, count);
  document.body.innerHTML = '';
});

const ask = () => document.dispatchEvent(new Event(SHADOW_ROOT_ASK_EVENT));

test('the first open root is reported once; asking is answered only after one', () => {
  ask();
  expect(reports).toBe(0);
  document.createElement('closed-card').attachShadow({ mode: 'closed' });
  expect(reports).toBe(0);
  const root = document.createElement('news-story').attachShadow({ mode: 'open' });
  expect(root.mode).toBe('open');
  document.createElement('news-story').attachShadow({ mode: 'open' });
  expect(reports).toBe(1);
  ask();
  expect(reports).toBe(2);
});

test("the page's calls behave as before: same result, same errors, same name and length", () => {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  expect(host.shadowRoot).toBe(root);
  expect(() => host.attachShadow({ mode: 'open' })).toThrow();
  expect(Element.prototype.attachShadow).not.toBe(original);
  expect(Element.prototype.attachShadow.name).toBe(original.name);
  expect(Element.prototype.attachShadow.length).toBe(original.length);
});

test('a page that replaces Reflect.apply after the watch started cannot change what it does', () => {
  const saved = Reflect.apply;
  Reflect.apply = () => {
    throw new Error('page code');
  };
  try {
    const root = document.createElement('news-story').attachShadow({ mode: 'open' });
    expect(root.mode).toBe('open');
    expect(reports).toBe(1);
  } finally {
    Reflect.apply = saved;
  }
});
