/**
 * The sections of a page, for drawing a term once per section (ADR 22): a section starts at a
 * heading (h1-h6 or role="heading", or an element holding one) and ends at the next; a long
 * run of blocks without a heading is cut every RUN_LENGTH blocks, so a headingless page (a
 * forum, a long essay) does not become one section.
 *
 * Found from the DOM, not from reading order, so it works with the probing scan (which reads
 * only the blocks around hits, the visible part first): only blocks with a term ask, and each
 * element's place is computed once per pass (memo), walking back through previous siblings
 * and up through parents.
 */

/** Blocks in a section without a heading, chosen as a few screens of ordinary paragraphs. */
export const RUN_LENGTH = 12;

const HEADING_TAG = /^H[1-6]$/u;
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

const isHeading = (el: Element): boolean => HEADING_TAG.test(el.tagName) || el.getAttribute('role') === 'heading';
const holdsHeading = (el: Element): boolean =>
  el.firstElementChild !== null && el.querySelector(HEADING_SELECTOR) !== null;

/** Where an element starts: after `anchor` (a heading, or the root), `n` blocks in. */
interface Place {
  anchor: Node;
  n: number;
}

export class Sections {
  private memo = new WeakMap<Element, Place>();
  /** The key per block, so repeated hits in one block (dense pages: ~8 per block) ask once. */
  private keys = new WeakMap<Element, string>();
  private readonly ids = new WeakMap<Node, number>();
  private nextId = 0;

  constructor(private readonly root: Element) {}

  /** The page changed: places computed before may be wrong now. */
  reset(): void {
    this.memo = new WeakMap();
    this.keys = new WeakMap();
  }

  /** A key naming the section `block` belongs to. */
  keyOf(block: Element): string {
    const known = this.keys.get(block);
    if (known !== undefined) return known;
    const place = isHeading(block) ? { anchor: block, n: 0 } : this.placeOf(block);
    let id = this.ids.get(place.anchor);
    if (id === undefined) this.ids.set(place.anchor, (id = this.nextId++));
    const key = `${id}:${Math.floor(place.n / RUN_LENGTH)}`;
    this.keys.set(block, key);
    return key;
  }

  private placeOf(block: Element): Place {
    // Walk back until a known place, a heading or the root; then fill in the way back.
    const way: { el: Element; sibling: boolean }[] = [];
    let el: Element = block;
    let base: Place;
    for (;;) {
      const known = this.memo.get(el);
      if (known) {
        base = known;
        break;
      }
      const prev = el.previousElementSibling;
      if (prev) {
        way.push({ el, sibling: true });
        if (isHeading(prev) || holdsHeading(prev)) {
          base = { anchor: prev, n: 0 };
          break;
        }
        el = prev;
        continue;
      }
      const parent = el.parentElement;
      way.push({ el, sibling: false });
      if (!parent || el === this.root || parent === this.root) {
        base = { anchor: this.root, n: 0 };
        break;
      }
      el = parent;
    }
    let place = base;
    for (let i = way.length - 1; i >= 0; i--) {
      const step = way[i]!;
      place = { anchor: place.anchor, n: place.n + (step.sibling ? 1 : 0) };
      this.memo.set(step.el, place);
    }
    return place;
  }
}
