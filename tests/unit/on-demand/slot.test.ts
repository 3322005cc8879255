import { afterEach, expect, test } from 'vitest';
import { provideScript, providedScript } from '../../../utils/on-demand/slot';

const OLD_NAME = '__healthNotesScripts';

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[OLD_NAME];
});

test('a page element standing in as a named global provides no script and takes none', () => {
  // What `<form id="__healthNotesScripts"><input name="card-ui"></form>` does to `window`: a
  // named property whose members answer to the scripts' names, and which refuses new ones.
  const form = Object.freeze({ 'card-ui': { nodeName: 'INPUT' }, 'term-interactions': { nodeName: 'INPUT' } });
  Object.defineProperty(globalThis, OLD_NAME, { get: () => form, configurable: true });
  expect(providedScript('card-ui')).toBeUndefined();
  const value = { CardController: class {} } as never;
  provideScript('card-ui', value);
  expect(providedScript('card-ui')).toBe(value);
});

test('the registry is not reachable by any string name on the global object', () => {
  provideScript('wrap-renderer', { WrapRenderer: class {} } as never);
  const named = Object.getOwnPropertyNames(globalThis).filter((n) => /health/iu.test(n));
  expect(named).toEqual([]);
});
