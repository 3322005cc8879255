/**
 * What the page changed since the last re-scan, gathered from mutation records: the blocks
 * whose own text changed, the subtrees the page added, and whether anything was removed.
 * Sets, so a chat that rewrites one message a hundred times keeps one entry for it.
 */
import { isInlineElement, type ElementClassifier } from './dom-rules';
import type { Renderer } from '../render/found-term';
import { UI_HOST_TAG } from '../render/page-contract';

/**
 * Changed elements still on the page kept at most while the tab is hidden; past that, one full
 * scan when it is shown again costs less than remembering every change of a busy page for hours.
 * High enough for a page that replaces its content often: the full scan probes the whole page in
 * one slice (the soak bench measured up to 134 ms of extension work in one task after a hidden
 * chat with 1,000 live messages came back at a limit of 500), while the kept elements are read
 * one by one in slices.
 */
export const HIDDEN_CHANGES_LIMIT = 2000;

export interface TakenChanges {
  /** Blocks to re-read their own text of (not their nested blocks). */
  own: Set<Element>;
  /** Added subtrees to read in full, none inside another. */
  added: Set<Element>;
  /** Whether `el` is one of `added` or inside one. */
  covered: (el: Element) => boolean;
}

export class PageChanges {
  private readonly dirtyBlocks = new Set<Element>();
  private readonly addedRoots = new Set<Element>();
  /** Something was removed: drop terms whose text left the document. */
  private sweepNeeded = false;
  /** More changed while hidden than HIDDEN_CHANGES_LIMIT: the page needs a full scan. */
  overflowed = false;

  get pending(): boolean {
    return this.dirtyBlocks.size > 0 || this.addedRoots.size > 0 || this.sweepNeeded;
  }

  /** Elements kept for the next re-scan. */
  get size(): number {
    return this.dirtyBlocks.size + this.addedRoots.size;
  }

  note(records: readonly MutationRecord[], renderer: Renderer | null): void {
    for (const record of records) {
      const target = record.target;
      if (isOwnUi(target)) continue;
      if (record.type === 'characterData') {
        // Repair before the next paint: the page must show the text it just wrote.
        if (renderer?.owns(target)) renderer.repair(target as Text);
        if (target.parentElement) this.dirtyBlocks.add(target.parentElement);
        continue;
      }
      // Work stays proportional to the change: a block added to <body> is read on its own,
      // and <body>'s own text is re-read only if inline content changed there.
      for (const node of record.addedNodes) {
        if (node instanceof Element && !isInlineElement(node)) this.addedRoots.add(node);
        else if (target instanceof Element) this.dirtyBlocks.add(target);
      }
      for (const node of record.removedNodes) {
        if (renderer?.owns(node)) renderer.repair(node as Text);
        if (node instanceof Element && !isInlineElement(node)) this.sweepNeeded = true;
        else if (target instanceof Element) this.dirtyBlocks.add(target);
      }
    }
  }

  /**
   * In a hidden tab, instead of a re-scan: forgets the elements the page has removed since
   * (nothing to read there, and not to be kept alive) and caps the rest. True when terms of
   * removed content are to be dropped now; the sweep is then done.
   */
  keepWhileHidden(): boolean {
    this.dropRemoved();
    this.limitWhileHidden();
    const sweep = this.sweepNeeded;
    this.sweepNeeded = false;
    return sweep;
  }

  /** Past the limit, the changed elements are forgotten: a full scan reads them anyway. */
  limitWhileHidden(): void {
    if (!this.overflowed && this.size <= HIDDEN_CHANGES_LIMIT) return;
    // Only elements still on the page count: a chat removes as many as it adds.
    if (!this.overflowed) this.dropRemoved();
    if (!this.overflowed && this.size <= HIDDEN_CHANGES_LIMIT) return;
    this.overflowed = true;
    this.dirtyBlocks.clear();
    this.addedRoots.clear();
  }

  private dropRemoved(): void {
    for (const set of [this.dirtyBlocks, this.addedRoots]) for (const el of set) if (!el.isConnected) set.delete(el);
  }

  clear(): void {
    this.dirtyBlocks.clear();
    this.addedRoots.clear();
    this.sweepNeeded = false;
    this.overflowed = false;
  }

  /** What to read again, resolved against the page as it is now; the gathered changes are cleared. */
  take(classifier: ElementClassifier): TakenChanges {
    try {
      const added = new Set<Element>();
      for (const el of this.addedRoots) if (el.isConnected) added.add(el);
      const covered = coveredBy(added);
      for (const el of [...added]) if (el.parentElement && covered(el.parentElement)) added.delete(el);
      const own = new Set<Element>();
      for (const el of this.dirtyBlocks) {
        if (!el.isConnected) continue;
        const block = classifier.info(el).block;
        if (!covered(block)) own.add(block);
      }
      return { own, added, covered };
    } finally {
      // Also when reading the page threw: kept, the same changes would throw on every change after.
      this.clear();
    }
  }
}

/**
 * A test for "is `el` in `roots` or inside one", remembering the answer for every ancestor it
 * passes: each element's ancestors are walked at most once over all the questions, so a page
 * nested thousands deep with thousands of changed elements costs its depth, not depth times
 * changes. Valid while the page does not change (one re-scan).
 */
function coveredBy(roots: ReadonlySet<Element>): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    if (roots.size === 0) return false;
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      if (roots.has(e)) {
        answer = true;
        break;
      }
      path.push(e);
    }
    for (const e of path) known.set(e, answer);
    return answer;
  };
}

/**
 * The card's UI lives in a shadow root, which the page's mutation records never reach into: only
 * its host element can be a record's target. Checking the node itself, not its ancestors, keeps
 * each record's cost flat on pages nested thousands deep.
 */
function isOwnUi(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === UI_HOST_TAG;
}
