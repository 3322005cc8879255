/**
 * Text in open shadow roots (web components). A document's text reads (textContent, tree
 * walkers) never enter a shadow root, so each open root is scanned as a tree of its own: its
 * element children are probed like the page's body, it is observed by the page watch's
 * observer, and it gets the highlight styles (shadow-styles.ts). Slotted light-DOM text belongs
 * to the document and is read there, once; closed roots are out of reach and left alone.
 *
 * Finding hosts (ADR 25): only custom elements (a hyphen in the name) are looked at, found by
 * one native XPath query per top-level subtree in idle slices, so no wrapper object is made for
 * the other elements. Hosts a page adds later come from the page watch's added subtrees; roots a
 * defined-later element attaches are found by re-checking the custom elements seen without a
 * root, after each batch of page changes and on a short back-off that starts when the first
 * such element is seen.
 */
import type { ScanPass } from './scan-pass';
import { ElementClassifier } from './dom-rules';
import { ProbeScan } from './probe-scan';
import type { IdleScheduler } from './scheduler';
import { SourceChain } from './source-chain';
import type { SegmentSource } from './text-segments';
import type { ShadowStyles } from '../render/shadow-styles';
import { UI_HOST_TAG } from '../render/page-contract';

/** Elements whose name has a hyphen: only custom elements can, and most hosts are one. */
export const CUSTOM_ELEMENTS_XPATH = "descendant-or-self::*[contains(local-name(), '-')]";
/** Custom elements without a root kept for re-checks; a page with more is not waited for. */
export const WAITING_LIMIT = 1000;
/** Re-checks of hosts without a root, after the scan: most components attach within a second. */
export const RECHECK_DELAYS_MS = [250, 1000, 3000, 10_000] as const;

/**
 * XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, without needing the global. Hosts are read in any
 * order (terms are put in tree order by the store), and skipping the sort took the query from
 * 16.7-21.8 to 14.8-15.1 ms on the ES6 spec and from 2.2-3.6 to 1.8-1.9 ms on New Zealand (page
 * world, median of 5 runs, 2 loads; docs/benchmark-comparisons.md, "a viewport gate").
 */
const SNAPSHOT = 6;

const NO_TEXT: SegmentSource = { done: true, next: () => null };

/**
 * The host query, parsed once per page scan and run per subtree; null where the DOM has no
 * XPath (a test environment), which then has no shadow roots looked for.
 */
function customElementsQuery(doc: Document): XPathExpression | null {
  return typeof doc.createExpression === 'function' ? doc.createExpression(CUSTOM_ELEMENTS_XPATH) : null;
}

export interface ShadowWatch {
  /** Observe the root's changes like the document's. */
  observe(root: ShadowRoot): void;
}

export class ShadowRoots {
  private readonly known = new WeakSet<ShadowRoot>();
  private readonly waiting = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private query: XPathExpression | null | undefined;
  /** An open root was scanned. */
  found = false;

  constructor(
    private readonly doc: Document,
    private readonly pass: ScanPass,
    private readonly scheduler: IdleScheduler,
    private readonly styles: ShadowStyles,
    private readonly watch: ShadowWatch,
  ) {}

  /**
   * The page's top level in idle slices after the page's own scan: body's children, one query
   * each, but not the ones never scanned (scripts, styles, opted out: a host there is skipped
   * anyway). Large subtrees are not split: counting their elements first (to split those over
   * 5,000 child by child) cost more than it saved. Against a build without issue 19's page-script
   * parts, Eloquent JavaScript's extension CPU was +43 % and reddit's +45 % with the counts, -4 %
   * and -9 % without them (`npm run bench:compare`, ADR 25 update 4).
   */
  discoverPage(): void {
    const classifier = new ElementClassifier();
    const queue = [...(this.doc.body?.children ?? [])].filter((el) => !classifier.info(el).skip);
    this.scheduler.add((timeLeft) => {
      while (queue.length && timeLeft() > 0 && !this.stopped) {
        const root = queue.shift()!;
        if (root.isConnected) this.findHosts(root);
      }
      return queue.length > 0 && !this.stopped;
    });
  }

  /**
   * After page changes: the hosts still waiting for a root are checked now, and the added
   * subtrees are searched for hosts as steps of the re-scan's own job (page-watch.ts), one
   * subtree per step, each a source with no text of its own.
   */
  pageChanged(added: ReadonlySet<Element>): (() => SegmentSource | null)[] {
    this.recheck();
    return [...added].map((root) => () => {
      if (root.isConnected && !this.stopped) this.findHosts(root);
      return NO_TEXT;
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.waiting.clear();
    this.styles.dispose();
  }

  private findHosts(under: Element | ShadowRoot): void {
    const query = this.query === undefined ? (this.query = customElementsQuery(this.doc)) : this.query;
    if (!query) return;
    const found = query.evaluate(under, SNAPSHOT, null);
    for (let i = 0; i < found.snapshotLength; i++) this.checkHost(found.snapshotItem(i) as Element);
  }

  /** A custom element: its root read, or kept for re-checks until it has one. */
  private checkHost(host: Element): void {
    if (host.localName === UI_HOST_TAG) return;
    const root = host.shadowRoot;
    if (root) this.adopt(root);
    else if (this.waiting.size < WAITING_LIMIT) this.waiting.add(host);
    // Timed re-checks only while some custom element is without a root: a page without any
    // pays no timer.
    if (this.waiting.size && this.timer === undefined) this.scheduleRecheck(0);
  }

  private recheck(): void {
    for (const host of this.waiting) {
      if (!host.isConnected) this.waiting.delete(host);
      else if (host.shadowRoot) {
        this.waiting.delete(host);
        this.adopt(host.shadowRoot);
      }
    }
  }

  private scheduleRecheck(step: number): void {
    const delay = RECHECK_DELAYS_MS[step];
    if (delay === undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped) return;
      this.recheck();
      if (this.waiting.size) this.scheduleRecheck(step + 1);
    }, delay);
  }

  /**
   * A root found for the first time is scanned in full; one seen before (its host moved) is
   * read again, since its terms were dropped when the host left the page.
   */
  private adopt(root: ShadowRoot): void {
    if (this.stopped || isSkipped(root.host)) return;
    if (this.known.has(root)) {
      this.pass.erase((block) => block.getRootNode() === root);
    } else {
      this.known.add(root);
      this.watch.observe(root);
    }
    this.found = true;
    this.styles.adopt(root);
    const children = [...root.children];
    const classifier = new ElementClassifier();
    const prefilter = this.pass.matcher.prefilter;
    const chain = new SourceChain(
      children.map((el) => () => (el.isConnected ? new ProbeScan(el, classifier, prefilter) : null)),
    );
    if (!chain.done) this.scheduler.add((timeLeft) => this.pass.scanSome(chain, timeLeft));
    // Nested components: their hosts are in this root's tree.
    for (const child of children) this.findHosts(child);
  }
}

/**
 * Whether the host or anything around it, across the shadow boundaries above it, is never
 * scanned (opted out, editable, hidden). A root's tree has no parent element to inherit from.
 */
function isSkipped(host: Element): boolean {
  const classifier = new ElementClassifier();
  for (let el: Element | null = host; el;) {
    if (classifier.info(el).skip) return true;
    el = (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
