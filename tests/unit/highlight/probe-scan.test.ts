// @vitest-environment happy-dom
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildTermIndex } from '../../../utils/glossary/validate';
import { ElementClassifier } from '../../../utils/scan/dom-rules';
import { PROBE_LIMITS, ProbeScan, type ProbeLimits } from '../../../utils/scan/probe-scan';
import { unitsOverlapping } from '../../../utils/scan/probe-units';
import { SegmentReader, type SegmentSource } from '../../../utils/scan/text-segments';
import { createMatcher } from '../../../utils/matcher/matcher';
import { loadGlossary } from '../../../modules/glossary';
import { seededRandom } from '../support/seeded-random';
import { useStandardPreviousNode } from '../support/tree-walker-previous-node';

useStandardPreviousNode();

const ROOT = path.resolve(__dirname, '../../..');
const matcher = createMatcher(buildTermIndex(loadGlossary(ROOT).entries));
const noTime = () => Infinity;

/** Every match a source leads to, as "block path: matched text @ offset in its segment". */
function matchesOf(source: SegmentSource): string[] {
  const out: string[] = [];
  for (let seg = source.next(noTime); seg; seg = source.next(noTime)) {
    for (const m of matcher.findAll(seg.text))
      out.push(`${pathOf(seg.block)}: ${seg.text.slice(m.start, m.end)} @${m.start}`);
  }
  return out.sort();
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
    parts.unshift(`${e.tagName.toLowerCase()}${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
  return parts.join('/') || 'body';
}

const fullRead = () => matchesOf(new SegmentReader(document.body, new ElementClassifier(document.body)));
const probed = (limits?: ProbeLimits, seen?: Set<Text>) =>
  matchesOf(new ProbeScan(document.body, new ElementClassifier(document.body), matcher.prefilter, seen, limits));

const FRAGMENTS = [
  "<p>A positive Chvostek's <i>sign</i> and <b>tet</b><span>any</span>.</p>",
  '<div>low <p>magnesium</p> level and hypokalemia</div>',
  'Loose text with muscle cramps in the body itself, ',
  '<span>hypo</span>magnesemia ',
  '<code>tetany</code> in code, <kbd>ALS</kbd>',
  '<div hidden>hidden tetany</div>',
  '<a href="#"><div>Hypocalcemia block inside a link</div> and after it tetany</a>',
  'ALS is not als, also totals; PPIs and PPI. ',
  '<ul><li>tetany</li><li>cramps</li><li>Ca2+</li></ul>',
  '<!-- a comment about tetany -->',
  '<script>var tetany = 1;</script><style>.tetany{}</style>',
  '<textarea>tetany</textarea><input value="tetany">',
  '<div contenteditable>editable tetany</div>',
  '<section><div><article><h2>Muscle twitching</h2><p>Fasciculations and <em>myoclonus</em></p></article></div></section>',
  '<p>Paris-Trousseau is not a sign, but Trousseau\u2019s sign is.</p>',
  '<table><tr><td>K</td><td>3.5</td><td>hypokalemia</td></tr></table>',
  '<div>Nothing to see in this paragraph at all, only words about the weather.</div>',
  '<p>dehydration<br>and dizziness</p>',
  '<health-notes-ui>tetany in our own UI</health-notes-ui>',
  '<div data-health-notes="off">opted-out tetany</div>',
];

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/**
 * Runs a probe of the page with a clock that is always out of time, as the scheduler would call
 * it slice after slice: the segments it gave, and how many calls gave back the time instead.
 */
function scanOutOfTime(limits: ProbeLimits): { texts: string[]; emptyCalls: number } {
  const scan = new ProbeScan(document.body, new ElementClassifier(document.body), matcher.prefilter, undefined, limits);
  const texts: string[] = [];
  let emptyCalls = 0;
  for (let guard = 0; guard < 500 && !scan.done; guard++) {
    const seg = scan.next(() => 0);
    if (seg) texts.push(seg.text);
    else emptyCalls++;
  }
  return { texts, emptyCalls };
}

describe('ProbeScan', () => {
  test('finds exactly what reading every node finds, on random pages, with every split and walk size', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 60; round++) {
      const html: string[] = [];
      const count = 5 + Math.floor(random() * 60);
      for (let k = 0; k < count; k++) {
        const fragment = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
        // Wrap some in extra levels so units nest and split at several depths.
        html.push(random() < 0.3 ? `<div><section>${fragment}</section>${fragment}</div>` : fragment);
      }
      document.body.innerHTML = html.join('');
      const expected = fullRead();
      const limits = {
        splitChars: 1 + Math.floor(random() * 400),
        walkChars: Math.floor(random() * 200),
        narrowsBelow: random() < 0.5 ? 0.9 : 2,
        searchChars: 1 + Math.floor(random() * 300),
        walkNodes: 1 + Math.floor(random() * 20),
      };
      expect(probed(limits), `round ${round}, limits ${JSON.stringify(limits)}`).toEqual(expected);
      expect(probed(), `round ${round}, default limits`).toEqual(expected);
    }
  });

  test('narrowing reads units from the nearer end, and each lies where its text is', () => {
    const random = seededRandom(5);
    const textOf = (n: Node) => (n.nodeType === Node.TEXT_NODE ? (n as Text).data : (n.textContent ?? ''));
    for (let round = 0; round < 80; round++) {
      const count = 3 + Math.floor(random() * 30);
      document.body.innerHTML = Array.from(
        { length: count },
        () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!,
      ).join('');
      const all = document.body.textContent ?? '';
      // Half the time the range starts on the last character of a child, where an off-by-one would show.
      const ends: number[] = [];
      for (const child of document.body.childNodes) ends.push((ends.at(-1) ?? 0) + textOf(child).length);
      const lastChars = ends.filter((end, i) => end > (ends[i - 1] ?? 0)).map((end) => end - 1);
      const from =
        random() < 0.5 && lastChars.length
          ? lastChars[Math.floor(random() * lastChars.length)]!
          : Math.floor(random() * all.length);
      const until = from + 1 + Math.floor(random() * (all.length - from));
      const classifier = new ElementClassifier(document.body);
      const parts = unitsOverlapping(document.body, classifier, all.length, from, until);
      const where = `round ${round}, [${from}, ${until}) of ${all.length}`;
      let reached = 0;
      for (const part of parts) {
        expect(part.start, where).toBeGreaterThanOrEqual(reached);
        expect(part.unit.map(textOf).join(''), where).toBe(part.text);
        expect(all.slice(part.start, part.start + part.text.length), where).toBe(part.text);
        reached = part.start + part.text.length;
      }
      // Every child with text in the range that is not skipped is in a unit.
      const inUnits = new Set(parts.flatMap((p) => p.unit));
      let offset = 0;
      for (const child of document.body.childNodes) {
        const length = child instanceof Element || child.nodeType === Node.TEXT_NODE ? textOf(child).length : 0;
        const overlaps = length > 0 && offset < until && offset + length > from;
        const skipped = child instanceof Element && classifier.info(child).skip;
        if (overlaps && !skipped) expect(inUnits.has(child), `${where}, child at ${offset}`).toBe(true);
        offset += length;
      }
    }
  });

  test('the test DOM walks text nodes backwards as browsers do (the walk from the end relies on it)', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 40; round++) {
      document.body.innerHTML = Array.from(
        { length: 3 + Math.floor(random() * 30) },
        () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!,
      ).join('');
      const show = NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION;
      const forward: Node[] = [];
      const ahead = document.createTreeWalker(document.body, show);
      for (let n = ahead.nextNode(); n; n = ahead.nextNode()) forward.push(n);
      const backward: Node[] = [];
      const back = document.createTreeWalker(document.body, show);
      for (let n = back.lastChild(); n; n = back.previousNode()) backward.push(n);
      expect(backward.reverse()).toEqual(forward);
    }
  });

  test('a page with no possible term is never walked node by node', () => {
    document.body.innerHTML = '<div><p>Only words about the weather.</p><p>And <i>more</i> of them.</p></div>'.repeat(
      50,
    );
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const scan = new ProbeScan(document.body, new ElementClassifier(document.body), matcher.prefilter);
    expect(scan.next(noTime)).toBeNull();
    expect(scan.done).toBe(true);
    expect(walkers).not.toHaveBeenCalled();
  });

  test('only the blocks around a hit are read', () => {
    document.body.innerHTML = `${'<p>Only words about the weather.</p>'.repeat(200)}<p id="hit">Signs of tetany.</p>`;
    const scan = new ProbeScan(document.body, new ElementClassifier(document.body), matcher.prefilter);
    const blocks = [];
    for (let seg = scan.next(noTime); seg; seg = scan.next(noTime)) blocks.push(seg.block.id);
    expect(blocks).toEqual(['hit']);
  });

  test('text an earlier pass read is not read again', () => {
    document.body.innerHTML = '<p id="a">tetany</p><p id="b">tetany</p>';
    const seen = new Set([document.getElementById('a')!.firstChild as Text]);
    expect(probed(undefined, seen)).toEqual(['p1: tetany @0']);
  });

  test('stops when the time is up and carries on from there', () => {
    document.body.innerHTML = '<div><p>tetany</p></div><div><p>cramps</p></div><div><p>myoclonus</p></div>';
    const { texts } = scanOutOfTime({
      splitChars: 1,
      walkChars: 100,
      narrowsBelow: 0.9,
      searchChars: 100,
      walkNodes: 100,
    });
    expect(texts).toEqual(['tetany', 'cramps', 'myoclonus']);
  });

  test('a long text is searched in steps, each followed by a clock read', () => {
    document.body.innerHTML = `<main>${'<p>Only words about the weather, and tetany.</p>'.repeat(40)}</main>`;
    const limits = { ...PROBE_LIMITS, searchChars: 100 };
    const { texts, emptyCalls } = scanOutOfTime(limits);
    expect(texts).toHaveLength(40);
    // About 1,800 characters, 100 a step: the search alone gave back the time many times.
    expect(emptyCalls).toBeGreaterThanOrEqual(15);
  });

  test('a unit that cannot be narrowed is walked in steps, each followed by a clock read', () => {
    // One child holds all the text, so narrowing narrows nothing and the whole unit is walked.
    const filler = '<p>Only words about the weather.</p>'.repeat(300);
    document.body.innerHTML = `<main><article><p>tetany</p>${filler}<p>cramps</p></article></main>`;
    const limits = { ...PROBE_LIMITS, walkChars: 0, walkNodes: 10 };
    const { texts, emptyCalls } = scanOutOfTime(limits);
    expect(texts).toEqual(['tetany', 'cramps']);
    // 302 text nodes, 10 a step: the walk gave back the time about 30 times.
    expect(emptyCalls).toBeGreaterThanOrEqual(25);
  });
});
