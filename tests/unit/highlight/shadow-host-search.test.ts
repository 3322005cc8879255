// @vitest-environment happy-dom
/**
 * How the page's shadow-root hosts are looked for (utils/scan/shadow-roots.ts): the subtrees
 * searched, and the timed re-checks only a page with a custom element still without a root pays.
 * happy-dom has no XPath, so the query is given one that does what the XPath does.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ScanPass } from '../../../utils/scan/scan-pass';
import type { IdleScheduler } from '../../../utils/scan/scheduler';
import type { ShadowStyles } from '../../../utils/render/shadow-styles';
import { RECHECK_DELAYS_MS, ShadowRoots } from '../../../utils/scan/shadow-roots';

let searched: Element[];

function withQuery(doc: Document): void {
  const query = {
    evaluate(under: Element) {
      searched.push(under);
      const found = [under, ...under.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
      return { snapshotLength: found.length, snapshotItem: (i: number) => found[i] ?? null };
    },
  };
  doc.createExpression = (() => query) as unknown as Document['createExpression'];
}

function discover() {
  const jobs: ((timeLeft: () => number) => boolean)[] = [];
  const observed: ShadowRoot[] = [];
  const pass = {
    matcher: { prefilter: { spans: () => [] } },
    erase: () => {},
    scanSome: () => false,
  } as unknown as ScanPass;
  const scheduler = { add: (job: (typeof jobs)[number]) => jobs.push(job) } as unknown as IdleScheduler;
  const styles = { adopt: () => {}, dispose: () => {} } as unknown as ShadowStyles;
  const roots = new ShadowRoots(document, pass, scheduler, styles, { observe: (r) => observed.push(r) });
  roots.discoverPage();
  // Run the idle jobs to the end, as the scheduler would.
  for (let guard = 0; jobs.length && guard < 100; guard++) if (!jobs[0]!(() => 10)) jobs.shift();
  return { roots, observed };
}

beforeEach(() => {
  searched = [];
  withQuery(document);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('finding shadow-root hosts on a page', () => {
  test('a page without custom elements gets its subtrees searched once and no timer', () => {
    document.body.innerHTML = '<main><p>Text</p></main><footer>More</footer><script>1</script><style>p{}</style>';
    const { roots } = discover();
    expect(searched.map((el) => el.localName)).toEqual(['main', 'footer']);
    expect(vi.getTimerCount()).toBe(0);
    roots.stop();
  });

  test('a custom element without a root is checked again until the page attaches one', () => {
    document.body.innerHTML = '<main><news-story></news-story></main>';
    const { roots, observed } = discover();
    expect(vi.getTimerCount()).toBe(1);
    const host = document.querySelector('news-story')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Tetany</p>';
    vi.advanceTimersByTime(RECHECK_DELAYS_MS[0]);
    expect(observed).toEqual([root]);
    // Nothing waits any more: the back-off ends.
    expect(vi.getTimerCount()).toBe(0);
    roots.stop();
  });

  test('a custom element that never gets a root is checked on the back-off, then left', () => {
    document.body.innerHTML = '<div><never-defined></never-defined></div>';
    const { roots } = discover();
    for (const delay of RECHECK_DELAYS_MS) {
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(delay);
    }
    expect(vi.getTimerCount()).toBe(0);
    roots.stop();
  });

  test('a large subtree is searched with one query and never counted, and its hosts are found', () => {
    // Counting a large subtree's elements before splitting it cost more than the split saved
    // (`npm run bench:compare`, ADR 25 update 4).
    document.body.innerHTML = `<main>${`<section>${'<p>x</p>'.repeat(99)}</section>`.repeat(60)}</main>`;
    const host = document.createElement('news-story');
    document.querySelectorAll('section')[3]!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Tetany</p>';
    const counted = vi.spyOn(Element.prototype, 'getElementsByTagName');
    const { roots, observed } = discover();
    // (The root's own children are searched for nested hosts when it is read.)
    const inPage = searched.filter((el) => el.getRootNode() === document);
    expect(inPage.map((el) => el.localName)).toEqual(['main']);
    expect(counted).not.toHaveBeenCalled();
    expect(observed).toEqual([root]);
    roots.stop();
  });
});
