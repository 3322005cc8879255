/**
 * The full pass over a page (or a subtree the page added), built so that its cost follows
 * the amount of text, not the number of nodes.
 *
 * Reading a page node by node from a content script is slow: every node touched needs a
 * wrapper object in the extension's isolated world. Instead, large units of the page are
 * read in one native call (`textContent`) and searched with the prefilter (the matcher's
 * trie without word boundaries). Only where it hits are nodes visited: the hit's offsets
 * are mapped down to text nodes, and the blocks holding them are read segment by segment
 * and matched exactly, as everywhere else. Most of a typical page has no health term at
 * all and is never walked.
 *
 * Why this finds everything the node-by-node reader finds: a segment never crosses a block
 * boundary, units are whole block elements or whole runs of inline siblings, so every
 * segment's text lies inside one unit's text; and every exact match starts inside a
 * prefilter span of any text that contains it (see prefilter.ts). The block of the text
 * node under that start is therefore read.
 */
import type { Prefilter, PrefilterSearch } from '../matcher/prefilter';
import type { ElementClassifier } from './dom-rules';
import { splitIntoUnits, textOf, unitsOverlapping, type Unit } from './probe-units';
import { SpanCursor } from './span-cursor';
import { SpanWalk } from './span-walk';
import { SegmentReader, type SegmentSource, type TextSegment } from './text-segments';

export interface ProbeLimits {
  /** A unit with more text is split into its children before it is searched (short tasks). */
  splitChars: number;
  /**
   * A unit with hits and more text than this is split to narrow the hits down; smaller ones
   * (or ones whose split would not narrow anything) are walked node by node.
   */
  walkChars: number;
  /** A split that leaves one child with more than this share of the text narrows nothing. */
  narrowsBelow: number;
  /** A unit's text is searched this many characters at a time, with a clock read between. */
  searchChars: number;
  /** A unit is walked to its hits this many text nodes at a time, with a clock read between. */
  walkNodes: number;
}

/**
 * splitChars stays at 1 MB. 256 KB units (tried for term-dense pages, where one 1 MB unit took
 * 30-120 ms of CPU in one slice) made large pages without terms 2-3x dearer in extension CPU:
 * New Zealand 66 vs 38 ms, the reddit thread 170 vs 64 ms (`npm run bench:compare`, alternating
 * builds, 2026-12-07). Long tasks on dense pages are issue 17's to solve another way.
 */
export const PROBE_LIMITS: ProbeLimits = {
  splitChars: 1024 * 1024,
  walkChars: 64 * 1024,
  narrowsBelow: 0.9,
  searchChars: 32 * 1024,
  walkNodes: 2048,
};

interface Probe {
  kind: 'probe';
  unit: Unit;
  /** Known when the parent computed it (it had hits and was split to narrow them). */
  text?: string;
  /** The hits in `text`, when already searched. */
  spans?: number[];
}

/** A long unit's text being searched a stretch at a time. */
interface Search {
  kind: 'search';
  unit: Unit;
  text: string;
  search: PrefilterSearch;
}

/** A unit being walked to the text nodes its hits lie in (span-walk.ts). */
interface Walk {
  kind: 'walk';
  walk: SpanWalk;
}

type Step = Probe | Search | Walk | { kind: 'read'; reader: SegmentReader };

export class ProbeScan implements SegmentSource {
  /** Work in reverse document order: the next step is at the end. */
  private readonly steps: Step[];
  /** Blocks already queued for reading in this pass. */
  private readonly queued = new Set<Element>();

  constructor(
    root: Element,
    private readonly classifier: ElementClassifier,
    private readonly prefilter: Prefilter,
    /** Text an earlier pass (visible first) read: segments touching it are not read again. */
    private readonly alreadyRead: ReadonlySet<Text> = new Set(),
    private readonly limits: ProbeLimits = PROBE_LIMITS,
  ) {
    this.steps = [{ kind: 'probe', unit: [root] }];
  }

  get done(): boolean {
    return this.steps.length === 0;
  }

  next(timeLeft: () => number): TextSegment | null {
    for (;;) {
      const step = this.steps[this.steps.length - 1];
      if (!step) return null;
      if (step.kind === 'read') {
        const segment = step.reader.next();
        if (segment === null) {
          this.steps.pop();
          continue;
        }
        if (this.alreadyRead.size > 0 && segment.nodes.some((n) => this.alreadyRead.has(n))) continue;
        return segment;
      }
      if (step.kind === 'walk') {
        this.steps.pop();
        this.walkOn(step);
      } else if (step.kind === 'search') {
        const more = step.search.step(this.limits.searchChars);
        if (!more) {
          this.steps.pop();
          if (step.search.spans.length) this.locate(step.unit, step.text, step.search.spans);
        }
      } else {
        this.steps.pop();
        this.probe(step);
      }
      if (timeLeft() <= 0) return null;
    }
  }

  private probe({ unit, text: known, spans: searched }: Probe): void {
    const only = unit.length === 1 && unit[0] instanceof Element ? unit[0] : null;
    if (only && this.classifier.info(only).skip) return;
    const text = known ?? unit.map(textOf).join('');
    let spans = searched;
    if (!spans) {
      if (only?.firstChild && text.length > this.limits.splitChars) {
        this.push(splitIntoUnits(only, this.classifier).map(({ unit: u }) => ({ kind: 'probe', unit: u })));
        return;
      }
      if (text.length > this.limits.searchChars) {
        this.steps.push({ kind: 'search', unit, text, search: this.prefilter.search(text) });
        return;
      }
      spans = this.prefilter.spans(text);
      if (spans.length === 0) return;
    }
    this.locate(unit, text, spans);
  }

  /** Narrows the unit's hits down to its children, or queues the blocks that hold them. */
  private locate(unit: Unit, text: string, spans: readonly number[]): void {
    const only = unit.length === 1 && unit[0] instanceof Element ? unit[0] : null;
    if (only?.firstChild && text.length > this.limits.walkChars && this.narrow(only, text, spans)) return;
    // Like narrowing, the walk starts from the end nearer to the hits.
    this.steps.push({ kind: 'walk', walk: new SpanWalk(unit, text.length, spans) });
  }

  /**
   * Walks on, and queues the blocks found to be read in document order: a forward walk's before
   * the rest of the walk, a backward walk's after it.
   */
  private walkOn(step: Walk): void {
    const blocks: Element[] = [];
    const more = step.walk.step(this.limits.walkNodes, (node) => this.addBlockOf(node, blocks));
    const reads: Step[] = blocks.map((block) => ({
      kind: 'read',
      reader: new SegmentReader(block, this.classifier, { ownTextOnly: true }),
    }));
    if (step.walk.fromEnd) {
      // Found last block first: each goes under the ones found before it.
      for (const read of reads) this.steps.push(read);
      if (more) this.steps.push(step);
    } else {
      if (more) this.steps.push(step);
      this.push(reads);
    }
  }

  /** Queues the children that hold hits, with their text and hits; false if that narrows nothing. */
  private narrow(el: Element, text: string, spans: readonly number[]): boolean {
    const holders: Probe[] = [];
    const cursor = new SpanCursor(spans);
    // Children outside the hits are neither queued nor, on the side nearer to the hits, read.
    for (const { unit, start, text: part } of unitsOverlapping(
      el,
      this.classifier,
      text.length,
      spans[0]!,
      cursor.lastEnd,
    )) {
      const mine = cursor.within(start, part.length);
      if (mine.length) holders.push({ kind: 'probe', unit, text: part, spans: mine });
    }
    if (holders.length === 1 && holders[0]!.text!.length > this.limits.narrowsBelow * text.length) return false;
    this.push(holders);
    return true;
  }

  private addBlockOf(node: Text, out: Element[]): void {
    const parent = node.parentElement;
    if (!parent) return;
    const info = this.classifier.info(parent);
    if (info.skip || this.queued.has(info.block)) return;
    this.queued.add(info.block);
    out.push(info.block);
  }

  /** Puts steps next in line, in the order given. */
  private push(steps: Step[]): void {
    for (let i = steps.length - 1; i >= 0; i--) this.steps.push(steps[i]!);
  }
}
