// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ElementClassifier } from '../../../utils/scan/dom-rules';
import { positionAt, SegmentReader, type TextSegment } from '../../../utils/scan/text-segments';

function segmentsOf(html: string, scoped = false): TextSegment[] {
  document.body.innerHTML = html;
  const reader = new SegmentReader(document.body, new ElementClassifier(scoped ? document.body : undefined));
  const out: TextSegment[] = [];
  for (let s = reader.next(); s; s = reader.next()) out.push(s);
  return out;
}
const texts = (html: string, scoped = false) => segmentsOf(html, scoped).map((s) => s.text);

describe('SegmentReader', () => {
  test('joins text across inline tags inside one block', () => {
    expect(texts("<p>A positive Chvostek's <i>sign</i> and <b>tet</b><span>any</span>.</p>")).toEqual([
      "A positive Chvostek's sign and tetany.",
    ]);
  });

  test('never joins across block boundaries', () => {
    expect(texts('<div>low <p>magnesium</p> level</div><p>second</p>')).toEqual([
      'low ',
      'magnesium',
      ' level',
      'second',
    ]);
  });

  test.each([
    ['per element', false],
    ['scoped, one query for the subtree', true],
  ])('skips code, scripts, form fields, editors, hidden and opted-out regions (%s)', (_, scoped) => {
    const html = `
      <p>kept one</p>
      <pre>pre text</pre><code>code text</code><script>var tetany</script><style>.x{}</style>
      <textarea>area</textarea><select><option>opt</option></select>
      <div contenteditable="true">editable</div><div contenteditable="false">not editable</div>
      <div class="ProseMirror">pm</div><div class="monaco-editor">mo</div><div class="cm-editor">cm</div>
      <div hidden>hidden</div><div data-health-notes="off"><p>opted out</p></div>
      <div role="textbox">box</div>
      <health-notes-ui>own ui</health-notes-ui>
      <p>kept two</p>`;
    expect(texts(html, scoped).filter((t) => t.trim())).toEqual(['kept one', 'not editable', 'kept two']);
  });

  test('a skipped inline element ends the segment, so no term can span it', () => {
    expect(texts('<p>Chvostek <code>x</code> sign</p>')).toEqual(['Chvostek ', ' sign']);
  });

  test('empty text nodes neither join nor split a segment', () => {
    document.body.innerHTML = '<p></p>';
    const p = document.body.firstElementChild!;
    p.append(document.createTextNode('hypo'), document.createTextNode(''), document.createTextNode('kalemia'));
    const reader = new SegmentReader(document.body, new ElementClassifier());
    expect(reader.next()?.text).toBe('hypokalemia');
  });

  test('maps offsets in the joined text back to nodes', () => {
    const [seg] = segmentsOf("<p>A Chvostek's <i>sign</i>.</p>");
    expect(seg!.nodes.map((n) => n.data)).toEqual(["A Chvostek's ", 'sign', '.']);
    expect(positionAt(seg!, 2, false)).toMatchObject({ node: seg!.nodes[0], offset: 2 });
    expect(positionAt(seg!, 13, false)).toMatchObject({ node: seg!.nodes[1], offset: 0 });
    // An end offset at a node boundary stays in the earlier node, so a range never reaches
    // into the next element.
    expect(positionAt(seg!, 17, true)).toMatchObject({ node: seg!.nodes[1], offset: 4 });
  });

  test('a line break or an empty skipped element between two text nodes ends the segment', () => {
    expect(texts('<p>dehydration<br>and <i>dizziness<br></i>here<input>too<wbr>long</p>')).toEqual([
      'dehydration',
      'and dizziness',
      'here',
      'toolong',
    ]);
  });

  test('own-text reading skips nested blocks and never joins across them', () => {
    document.body.innerHTML = "<div id=b>Chvostek's <div>nested tetany</div> sign <i>and</i> more</div>";
    const reader = new SegmentReader(document.getElementById('b')!, new ElementClassifier(), { ownTextOnly: true });
    expect([reader.next()?.text, reader.next()?.text, reader.next()]).toEqual(["Chvostek's ", ' sign and more', null]);
  });
});

describe('SegmentReader between scan slices', () => {
  test('a block whose last text the renderer split after it was read is finished, not read again', () => {
    document.body.innerHTML = '<p>Low magnesium can cause tetany.</p>';
    const reader = new SegmentReader(document.querySelector('p')!, new ElementClassifier(), { ownTextOnly: true });
    const segment = reader.next()!;
    expect(segment.text).toBe('Low magnesium can cause tetany.');
    // What the wrapping renderer does at the end of a slice: split the text, wrap the term.
    const term = segment.nodes[0]!.splitText(24);
    term.splitText(6);
    const wrapper = document.createElement('health-note');
    term.replaceWith(wrapper);
    wrapper.append(term);
    expect(reader.next()).toBeNull();
    expect(reader.done).toBe(true);
  });
});

describe('SegmentReader, own text of a block (ADR 23)', () => {
  const ownSegments = (block: Element) => {
    const reader = new SegmentReader(block, new ElementClassifier(), { ownTextOnly: true });
    const out: string[] = [];
    for (let s = reader.next(); s; s = reader.next()) out.push(s.text);
    return out;
  };

  test('a block with text children only is read without calling a node filter per node', () => {
    document.body.innerHTML = '<p id="p">Low magnesium<!-- a comment --> and tetany.</p>';
    const block = document.getElementById('p')!;
    const made: { whatToShow: number; filter: unknown }[] = [];
    const create = document.createTreeWalker.bind(document);
    document.createTreeWalker = ((root: Node, whatToShow?: number, filter?: NodeFilter | null) => {
      made.push({ whatToShow: whatToShow ?? 0, filter: filter ?? null });
      return create(root, whatToShow, filter);
    }) as typeof document.createTreeWalker;
    try {
      expect(ownSegments(block)).toEqual(['Low magnesium and tetany.']);
      expect(made).toEqual([{ whatToShow: NodeFilter.SHOW_TEXT, filter: null }]);
    } finally {
      delete (document as { createTreeWalker?: unknown }).createTreeWalker;
    }
  });

  test('a block with inline and nested children reads the same as before: own text, split at nested blocks', () => {
    document.body.innerHTML = '<div id="d">low <b>magne</b>sium <p>nested tetany</p> after</div>';
    expect(ownSegments(document.getElementById('d')!)).toEqual(['low magnesium ', ' after']);
  });
});
