/**
 * Which parts of a page are never scanned, and where one block of text ends.
 *
 * A "block" is the nearest ancestor that is not an inline formatting element: text is
 * joined across inline tags inside one block (`Chvostek's <i>sign</i>`) and never across
 * blocks. Display is decided by tag name, not computed style, because reading styles for
 * every element of a large page would cost more than the whole scan.
 *
 * Tags are compared by `localName`: `tagName` is upper case only in HTML documents, and an
 * XHTML page (application/xhtml+xml) reports `script` and `textarea` in lower case.
 */
import { OPT_OUT_ATTRIBUTE, OPT_OUT_VALUE, UI_HOST_TAG, WRAPPER_TAG } from '../render/page-contract';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'code',
  'pre',
  'kbd',
  'samp',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'svg',
  'math',
  UI_HOST_TAG,
]);

/** Root classes of rich-text and code editors that manage their own DOM. */
const EDITOR_CLASSES = [
  'CodeMirror',
  'cm-editor',
  'monaco-editor',
  'ProseMirror',
  'ql-editor',
  'ql-container',
  'ck-editor',
  'ck-content',
  'cke_editable',
  'mce-content-body',
  'tox',
  'tox-tinymce',
];

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  // Images and word-break hints sit inside running text and never break a word apart.
  'img',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  WRAPPER_TAG,
]);

/** Everything but the tag test in one selector: one native `matches` call per element. */
const SKIPPED_SELECTOR = [
  `[${OPT_OUT_ATTRIBUTE}="${OPT_OUT_VALUE}"]`,
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[hidden]',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
].join(',');

export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || matchesSkipRule(el);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

export interface ElementInfo {
  /** True when this element or an ancestor is never scanned. */
  skip: boolean;
  /** The block this element's text belongs to. */
  block: Element;
  /** Its descendants are inside the classifier's scope (judged by the precomputed set). */
  inScope: boolean;
}

/**
 * Classifies elements with memoisation, so each element of a page is looked at once per
 * pass. Make a new one per pass: attributes (contenteditable, classes) may change between.
 *
 * With a scope, the attribute and class rules are evaluated for the whole subtree in one
 * native `querySelectorAll` (a handful of matches on a typical page) instead of one
 * `matches()` call per element; elements outside the scope (the scope's ancestors) still
 * use `matches()`.
 */
export class ElementClassifier {
  private readonly cache = new Map<Element, ElementInfo>();
  private skippedSet: ReadonlySet<Element> | null = null;

  /** The scope's query runs on first use, inside a scan slice, not while the page loads. */
  constructor(private readonly scope?: Element) {}

  private get skipped(): ReadonlySet<Element> | null {
    if (!this.scope) return null;
    this.skippedSet ??= new Set(this.scope.querySelectorAll(SKIPPED_SELECTOR));
    return this.skippedSet;
  }

  info(el: Element): ElementInfo {
    const cached = this.cache.get(el);
    if (cached) return cached;
    const parent = el.parentElement;
    if (!parent) return this.classify(el, null);
    const up = this.cache.get(parent);
    return up ? this.classify(el, up) : this.classifyChain(el);
  }

  /**
   * Classifies `el` and its ancestors not seen yet, top down, in a loop: a page can nest
   * elements thousands deep (built by script), deeper than the call stack allows recursion.
   */
  private classifyChain(el: Element): ElementInfo {
    const chain: Element[] = [];
    let up: ElementInfo | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cached = this.cache.get(e);
      if (cached) {
        up = cached;
        break;
      }
      chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) up = this.classify(chain[i]!, up);
    return up!;
  }

  private classify(el: Element, up: ElementInfo | null): ElementInfo {
    const inScope = up?.inScope === true && this.scope !== undefined;
    const skipSelf = SKIPPED_TAGS.has(el.localName) || (inScope ? this.skipped!.has(el) : matchesSkipRule(el));
    const info: ElementInfo = {
      skip: (up?.skip ?? false) || skipSelf,
      block: up && isInlineElement(el) ? up.block : el,
      inScope: inScope || el === this.scope,
    };
    this.cache.set(el, info);
    return info;
  }
}

function matchesSkipRule(el: Element): boolean {
  // Elements without attributes (most of a page) cannot match the selector.
  return el.attributes.length > 0 && el.matches(SKIPPED_SELECTOR);
}
