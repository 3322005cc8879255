// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ElementClassifier } from '../../../utils/scan/dom-rules';
import { ProbeScan } from '../../../utils/scan/probe-scan';
import { SegmentReader, type SegmentSource } from '../../../utils/scan/text-segments';
import { matcherFrom } from '../../../utils/matcher/matcher';
import { nestDivs, unnest, useIterativeDeepDom } from '../support/deep-dom';
import {
  compiled,
  drawnTexts,
  installHighlightApi,
  settled,
  sleep,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

const DEPTH = 20_000;
const matcher = matcherFrom(compiled);
let restore: () => void;
let deepest: Element | null = null;

beforeEach(() => {
  installHighlightApi();
  restore = useIterativeDeepDom();
});
afterEach(() => {
  if (deepest) unnest(deepest, document.body);
  deepest = null;
  document.body.innerHTML = '';
  uninstallHighlightApi();
  restore();
});

function matchedTexts(source: SegmentSource): string[] {
  const out: string[] = [];
  for (let seg = source.next(() => Infinity); seg; seg = source.next(() => Infinity))
    for (const m of matcher.findAll(seg.text)) out.push(seg.text.slice(m.start, m.end));
  return out;
}

describe(`a page nested ${DEPTH} levels deep`, () => {
  test('is read without an error by the full pass and the first-occurrence reader', () => {
    deepest = nestDivs(document.body, DEPTH);
    deepest.textContent = 'Signs of tetany.';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Myoclonus is a jerk.' }));
    const probe = new ProbeScan(document.body, new ElementClassifier(), matcher.prefilter);
    expect(matchedTexts(probe)).toEqual(['tetany', 'Myoclonus']);
    // (A classifier scoped to <body> would query it, which happy-dom does by recursion.)
    const reader = new SegmentReader(document.body, new ElementClassifier());
    expect(matchedTexts(reader)).toEqual(['tetany', 'Myoclonus']);
  });

  test('built while the page is watched: its terms and the ones added later are highlighted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p>Low magnesium.</p>';
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    deepest = nestDivs(document.body, DEPTH);
    deepest.textContent = 'Signs of tetany.';
    await sleep(200);
    expect(await settled(highlighter, 10_000)).toBe(true);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Myoclonus is a jerk.' }));
    await sleep(200);
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(drawnTexts(highlighter)).toEqual(['Low magnesium', 'tetany', 'Myoclonus']);
    expect(highlighter.backlog).toEqual({ jobs: 0, roots: 0 });
    expect(warn).not.toHaveBeenCalled();
    unnest(deepest, document.body); // before the observer lets go of it (happy-dom recurses)
    deepest = null;
    highlighter.destroy();
  });
});
