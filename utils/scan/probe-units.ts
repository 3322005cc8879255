/**
 * How the probe (probe-scan.ts) cuts an element into units whose text it searches as one
 * string: each block child alone, each run of text and inline children together.
 */
import { isInlineElement, type ElementClassifier } from './dom-rules';

/** Consecutive sibling nodes whose text is searched as one string. */
export type Unit = readonly Node[];

export interface Part {
  unit: Unit;
  /** The unit's text and its offset in the element's textContent ('' and 0 unless asked for). */
  start: number;
  text: string;
}

/** How a child of an element joins the units: left out, alone, or in a run of its inline siblings. */
function unitKindOf(child: ChildNode, classifier: ElementClassifier): 'none' | 'skipped' | 'alone' | 'run' {
  if (!(child instanceof Element)) return isText(child) ? 'run' : 'none';
  if (classifier.info(child).skip) return 'skipped';
  return isInlineElement(child) ? 'run' : 'alone';
}

/**
 * An element's children as units: each block child alone, each run of text and inline
 * children together (a segment may run across them), skipped children left out (their text
 * still counts for the offsets of the units after them). With text, children starting at or
 * after `until` are left out.
 */
export function splitIntoUnits(el: Element, classifier: ElementClassifier, withText = false, until = Infinity): Part[] {
  const parts: Part[] = [];
  let run: Node[] = [];
  let runStart = 0;
  let runText = '';
  let offset = 0;
  const endRun = () => {
    if (run.length) parts.push({ unit: run, start: runStart, text: runText });
    run = [];
    runText = '';
  };
  for (const child of el.childNodes) {
    if (offset >= until) break;
    const kind = unitKindOf(child, classifier);
    if (kind === 'none') continue;
    const text = withText ? textOf(child) : '';
    const length = withText ? text.length : 0;
    if (kind === 'skipped') endRun();
    else if (kind === 'alone') {
      endRun();
      parts.push({ unit: [child], start: offset, text });
    } else {
      if (!run.length) runStart = offset;
      run.push(child);
      runText += text;
    }
    offset += length;
  }
  endRun();
  return parts;
}

/**
 * The units of `el` (as splitIntoUnits makes them, with text) that overlap [from, until) of its
 * text, `total` characters long. The text of every child between an end of the element and the
 * nearer end of that range has to be read to know where the children lie; reading from the
 * nearer end spares the rest. On a news page whose only hit is in a script near the end of
 * <body>, that is a tenth of the text instead of all of it.
 */
export function unitsOverlapping(
  el: Element,
  classifier: ElementClassifier,
  total: number,
  from: number,
  until: number,
): Part[] {
  if (!nearerToEnd(total, from, until)) return splitIntoUnits(el, classifier, true, until);
  const parts: Part[] = [];
  // Built backwards: nodes and text are reversed or prepended, parts reversed at the end.
  let run: Node[] = [];
  let runStart = 0;
  let runText = '';
  const endRun = () => {
    if (run.length) parts.push({ unit: run.reverse(), start: runStart, text: runText });
    run = [];
    runText = '';
  };
  let end = total;
  for (let child = el.lastChild; child && end > from; child = child.previousSibling) {
    const kind = unitKindOf(child, classifier);
    if (kind === 'none') continue;
    const text = textOf(child);
    const start = end - text.length;
    if (kind === 'skipped') endRun();
    else if (kind === 'alone') {
      endRun();
      parts.push({ unit: [child], start, text });
    } else {
      run.push(child);
      runStart = start;
      runText = text + runText;
    }
    end = start;
  }
  endRun();
  return parts.reverse();
}

/**
 * Whether the part of a text (`total` long) between `from` and `until` is nearer to its end:
 * then reading or walking from the end passes over less of it.
 */
export function nearerToEnd(total: number, from: number, until: number): boolean {
  return until > total - from;
}

export function isText(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

export function textOf(node: Node): string {
  if (isText(node)) return node.data;
  return node instanceof Element ? (node.textContent ?? '') : '';
}
