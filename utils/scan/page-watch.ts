/**
 * Page changes after the first pass: a mutation observer gathers them (page-changes.ts) for
 * MUTATION_DEBOUNCE_MS, then only what changed is read again and terms whose text is gone are
 * dropped. Lives as long as one start of the page scanner.
 */
import { ElementClassifier } from './dom-rules';
import { PageChanges } from './page-changes';
import { ProbeScan } from './probe-scan';
import type { ScanPass } from './scan-pass';
import { runGuarded, type IdleScheduler } from './scheduler';
import { SourceChain } from './source-chain';
import { SegmentReader, type SegmentSource } from './text-segments';

/** Page changes are gathered this long before re-scanning, so bursts cost one pass. */
export const MUTATION_DEBOUNCE_MS = 150;

export class PageWatch {
  private readonly observer: MutationObserver;
  private readonly changes = new PageChanges();
  private dirtyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly pass: ScanPass,
    private readonly scheduler: IdleScheduler,
    /** Clears and scans the whole page again: cheaper than remembering too many changes. */
    private readonly rescanAll: () => void,
    /** More steps for each re-scan's job, given the subtrees the page added (shadow-roots.ts). */
    private readonly moreSteps: (added: ReadonlySet<Element>) => (() => SegmentSource | null)[] = () => [],
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    // The document, not its element: document.open() puts a new element in place of the old
    // one, and an observer of the old one would never see the new page.
    this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
  }

  /** Watches an open shadow root's changes as the document's (shadow-roots.ts). */
  observe(root: ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Changes are being gathered for the next re-scan. */
  get waiting(): boolean {
    return this.dirtyTimer !== undefined;
  }

  /** Changed elements kept for the next re-scan. */
  get size(): number {
    return this.changes.size;
  }

  /** Our own edits (wrap mode) are not page changes. */
  dropOwnRecords(): void {
    this.observer.takeRecords();
  }

  /** The tab was shown: reads what changed while it was hidden. */
  onVisible(): void {
    if (this.changes.overflowed) this.rescanAll();
    else if (this.changes.pending) runGuarded(() => this.rescanDirty());
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.dirtyTimer);
    this.dirtyTimer = undefined;
    this.changes.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    const renderer = this.pass.renderer;
    this.changes.note(records, renderer);
    if (renderer.mutatesDom) this.observer.takeRecords();
    if (this.doc.visibilityState === 'hidden') this.changes.limitWhileHidden();
    if (this.changes.pending && this.dirtyTimer === undefined) {
      this.dirtyTimer = setTimeout(() => {
        this.dirtyTimer = undefined;
        runGuarded(() => this.rescanDirty());
      }, MUTATION_DEBOUNCE_MS);
    }
  }

  /** Re-reads only what the page changed, and drops terms whose text is gone. */
  private rescanDirty(): void {
    // Nothing is read in a hidden tab (the scheduler waits for it to show); queuing reads for
    // every change of a chat left open for hours would pile up work and keep removed content.
    if (this.doc.visibilityState === 'hidden') {
      // Removed content is let go of now; what changed is read when the tab is shown.
      if (this.changes.keepWhileHidden()) this.pass.erase((block) => !block.isConnected);
      return;
    }
    if (this.changes.overflowed) return this.rescanAll();
    const classifier = new ElementClassifier();
    const { own, added, covered } = this.changes.take(classifier);
    this.pass.erase((block) => !block.isConnected || own.has(block) || covered(block));
    const prefilter = this.pass.matcher.prefilter;
    // One job for the whole re-scan; an element the page removed before its turn is skipped.
    const chain = new SourceChain([
      ...[...own].map(
        (block) => () => (block.isConnected ? new SegmentReader(block, classifier, { ownTextOnly: true }) : null),
      ),
      ...[...added].map((root) => () => (root.isConnected ? new ProbeScan(root, classifier, prefilter) : null)),
      ...this.moreSteps(added),
    ]);
    if (!chain.done) this.scheduler.add((timeLeft) => this.pass.scanSome(chain, timeLeft));
  }
}
