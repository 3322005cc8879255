// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { ElementClassifier, isInlineElement, isSkippedElement } from '../../../utils/scan/dom-rules';
import { SegmentReader } from '../../../utils/scan/text-segments';
import { settled, startHighlighter } from '../support/page-scanner';

/**
 * In an XHTML document (served as application/xhtml+xml) `tagName` and `nodeName` are the
 * names as written, lower case, not the upper-case names of HTML documents. happy-dom upper-cases
 * them in every document, so the test gives each element the names an XHTML document reports.
 */
function asXhtml(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    Object.defineProperty(el, 'tagName', { value: el.localName, configurable: true });
    Object.defineProperty(el, 'nodeName', { value: el.localName, configurable: true });
  }
}

const PAGE = `<p>Signs of <b>tet</b><span>any</span>.</p>
<script>const note = "hypocalcemia";</script>
<style>.hypokalemia { color: red }</style>
<textarea>My note on myoclonus</textarea>
<pre>tetany in code</pre>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('XHTML documents', () => {
  test('script, style, textarea and pre are skipped, inline tags stay inline', () => {
    document.body.innerHTML = PAGE;
    asXhtml(document.body);
    expect(document.querySelector('script')!.tagName).toBe('script');
    for (const tag of ['script', 'style', 'textarea', 'pre'])
      expect(isSkippedElement(document.querySelector(tag)!)).toBe(true);
    for (const tag of ['b', 'span']) expect(isInlineElement(document.querySelector(tag)!)).toBe(true);
  });

  test('only the page text is read, joined across inline tags', () => {
    document.body.innerHTML = PAGE;
    asXhtml(document.body);
    for (const scoped of [undefined, document.body]) {
      const reader = new SegmentReader(document.body, new ElementClassifier(scoped));
      const texts: string[] = [];
      for (let s = reader.next(); s; s = reader.next()) if (s.text.trim()) texts.push(s.text);
      expect(texts).toEqual(['Signs of tetany.']);
    }
  });

  test('wrap mode wraps the page text only', async () => {
    document.body.innerHTML = PAGE;
    asXhtml(document.body);
    const highlighter = startHighlighter({ style: 'wrap' });
    expect(await settled(highlighter)).toBe(true);
    expect([...document.querySelectorAll('health-note')].map((w) => w.parentElement!.localName)).toEqual(['b', 'span']);
    expect(document.querySelector('script')!.textContent).toBe('const note = "hypocalcemia";');
    expect(document.querySelector('textarea')!.childNodes).toHaveLength(1);
    highlighter.destroy();
  });
});
