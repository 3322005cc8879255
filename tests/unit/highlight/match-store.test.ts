// @vitest-environment happy-dom
/**
 * The match store on a page dense with terms (ADR 23): drawing a batch neither reads the
 * terms' ranges (the hit-testing index waits for the first hit test) nor recounts the page,
 * and what it answers stays the same as blocks come and go.
 */
import { afterEach, expect, test } from 'vitest';
import type { FoundTerm } from '../../../utils/render/found-term';
import { MatchStore } from '../../../utils/store/match-store';

afterEach(() => {
  document.body.innerHTML = '';
});

/** One paragraph per term, each with a range over its text. */
function page(terms: string[]) {
  document.body.innerHTML = terms.map((t) => `<p>${t}</p>`).join('');
  return [...document.querySelectorAll('p')].map((block, i) => {
    const text = block.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.length);
    return { block, text, found: { termId: terms[i]!, block, range } satisfies FoundTerm };
  });
}

/** A range that records whether anything read it. */
function watched(range: Range, reads: string[]): Range {
  return new Proxy(range, {
    get(target, key) {
      reads.push(String(key));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

test('adding drawn terms does not read their ranges; the first hit test indexes them', () => {
  const reads: string[] = [];
  const [a, b] = page(['tetany', 'cramp']);
  const store = new MatchStore();
  const foundA = { ...a!.found, range: watched(a!.found.range, reads) };
  store.add(a!.block, [foundA], ['tetany']);
  store.add(b!.block, [b!.found], ['cramp']);
  expect(reads).toEqual([]);
  expect(store.termsAt(a!.text)).toEqual([foundA]);
  expect(reads.length).toBeGreaterThan(0);
  expect(store.termsAt(b!.text)).toEqual([b!.found]);
});

test('counts are kept as blocks come and go, without recounting every block on each read', () => {
  const blocks = page(['tetany', 'tetany', 'cramp']);
  const store = new MatchStore();
  for (const { block, found } of blocks) store.add(block, [found], [found.termId, found.termId]);
  const counts = store.counts();
  expect(Object.fromEntries(counts)).toEqual({ tetany: 4, cramp: 2 });
  // The same map, kept current: reading it per drawn batch costs nothing on a dense page.
  expect(store.counts()).toBe(counts);
  const gone = store.takeBlocks((block) => block === blocks[0]!.block);
  expect(gone).toEqual([blocks[0]!.found]);
  expect(Object.fromEntries(store.counts())).toEqual({ tetany: 2, cramp: 2 });
  store.takeBlocks(() => true);
  expect(store.counts().size).toBe(0);
});

test('a term removed before any hit test is not found afterwards, and one removed after is dropped from the index', () => {
  const [a, b] = page(['tetany', 'cramp']);
  const store = new MatchStore();
  store.add(a!.block, [a!.found], ['tetany']);
  store.takeBlocks((block) => block === a!.block);
  store.add(b!.block, [b!.found], ['cramp']);
  expect(store.termsAt(a!.text)).toEqual([]);
  expect(store.termsAt(b!.text)).toEqual([b!.found]);
  store.takeBlocks(() => true);
  expect(store.termsAt(b!.text)).toEqual([]);
  expect(store.size).toBe(0);
});
