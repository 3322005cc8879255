// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ElementClassifier } from '../../../utils/scan/dom-rules';
import type { PendingMatch } from '../../../utils/render/found-term';
import { SegmentReader } from '../../../utils/scan/text-segments';
import { MAX_WRAP_TRIES, WrapRenderer } from '../../../utils/render/wrap-renderer';
import { matcherFrom } from '../../../utils/matcher/matcher';
import { compiled, drawnTexts, settled, sleep, startHighlighter } from '../support/page-scanner';

const matcher = matcherFrom(compiled);
let pageObserver: MutationObserver | null = null;

afterEach(() => {
  pageObserver?.disconnect();
  pageObserver = null;
  document.body.innerHTML = '';
});

/** A page script that undoes every element it did not make, as sanitisers and some editors do. */
function stripForeignElements(how: 'unwrap' | 'rewrite'): void {
  pageObserver = new MutationObserver(() => {
    for (const el of document.querySelectorAll('health-note')) {
      if (!el.isConnected) continue;
      if (how === 'unwrap') el.replaceWith(...el.childNodes);
      else {
        const block = el.closest('p')!;
        const text = block.textContent;
        block.textContent = text;
      }
    }
  });
  pageObserver.observe(document.body, { childList: true, subtree: true });
}

describe('wrap mode on a page that strips foreign elements', () => {
  test.each(['unwrap', 'rewrite'] as const)('(%s) stops retrying a block after a few tries', async (how) => {
    document.body.innerHTML = '<p>Low magnesium can cause tetany.</p><p>Myoclonus is a jerk.</p>';
    stripForeignElements(how);
    const wraps = new Map<Element, number>();
    const render = WrapRenderer.prototype.render;
    vi.spyOn(WrapRenderer.prototype, 'render').mockImplementation(function (this: WrapRenderer, batch) {
      const found = render.call(this, batch);
      for (const block of new Set(found.map((f) => f.block))) wraps.set(block, (wraps.get(block) ?? 0) + 1);
      return found;
    });
    const highlighter = startHighlighter({ style: 'wrap' });
    expect(await settled(highlighter, 4000)).toBe(true);
    expect([...wraps.values()]).toEqual([MAX_WRAP_TRIES, MAX_WRAP_TRIES]);
    await sleep(500);
    expect(highlighter.scanning).toBe(false);
    expect([...wraps.values()]).toEqual([MAX_WRAP_TRIES, MAX_WRAP_TRIES]);
    expect(document.body.textContent).toBe('Low magnesium can cause tetany.Myoclonus is a jerk.');
    // The terms are still counted for the popup, only not wrapped.
    expect([...highlighter.counts().keys()].sort()).toEqual(['hypomagnesemia', 'myoclonus', 'tetany']);
    highlighter.destroy();
  });

  test('a block whose text the page changes is wrapped again each time', async () => {
    document.body.innerHTML = '<p id="status">Waiting.</p>';
    const highlighter = startHighlighter({ style: 'wrap' });
    expect(await settled(highlighter)).toBe(true);
    const status = document.getElementById('status')!;
    for (const word of ['tetany', 'myoclonus', 'tetany', 'myoclonus', 'tetany', 'myoclonus']) {
      status.textContent = `Now: ${word}.`;
      await sleep(200);
      expect(await settled(highlighter)).toBe(true);
      expect(drawnTexts(highlighter)).toEqual([word]);
    }
    highlighter.destroy();
  });
});

describe('removing wrapped terms', () => {
  function renderAll(renderer: WrapRenderer): ReturnType<WrapRenderer['render']> {
    const reader = new SegmentReader(document.body, new ElementClassifier());
    const batch: PendingMatch[] = [];
    for (let segment = reader.next(); segment; segment = reader.next())
      for (const m of matcher.findAll(segment.text)) batch.push({ ...m, segment });
    return renderer.render(batch);
  }

  test('restores exactly the changed blocks, with work that does not grow with all blocks on the page', () => {
    const BLOCKS = 1000;
    document.body.innerHTML = Array.from({ length: BLOCKS }, (_, i) => `<p>Item ${i}: tetany.</p>`).join('');
    const renderer = new WrapRenderer(document);
    const found = renderAll(renderer);
    expect(found).toHaveLength(BLOCKS);
    const changed = found.filter((_, i) => i % 2 === 0);

    const contains = vi.spyOn(Node.prototype, 'contains');
    renderer.remove(changed);
    // One look at each changed block's own pieces, not every piece against every changed block.
    expect(contains.mock.calls.length).toBeLessThan(BLOCKS);

    const paragraphs = [...document.querySelectorAll('p')];
    expect(paragraphs.filter((p) => p.querySelector('health-note'))).toHaveLength(BLOCKS / 2);
    expect(paragraphs[0]!.childNodes).toHaveLength(1);
    expect(paragraphs[0]!.textContent).toBe('Item 0: tetany.');
    expect(paragraphs[1]!.querySelector('health-note')!.textContent).toBe('tetany');
  }, 30_000); // thousands of elements in happy-dom: seconds on a busy machine, not a timing test
});
