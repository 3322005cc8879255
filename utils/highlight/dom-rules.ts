/**
 * Which parts of a page are never scanned, and where one block of text ends.
 *
 * A "block" is the nearest ancestor that is not an inline formatting element: text is
 * joined across inline tags inside one block (`Chvostek's <i>sign</i>`) and never across
 * blocks. Display is decided by tag name, not computed style, because reading styles for
 * every element of a large page would cost more than the whole scan.
 */
import { OPT_OUT_ATTRIBUTE, OPT_OUT_VALUE, UI_HOST_TAG, WRAPPER_TAG } from './page-contract';

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'svg',
  'math',
  UI_HOST_TAG.toUpperCase(),
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
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  // Images and word-break hints sit inside running text and never break a word apart.
  'IMG',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  WRAPPER_TAG.toUpperCase(),
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
  return SKIPPED_TAGS.has(el.tagName) || matchesSkipRule(el);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
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
    const up = parent ? this.info(parent) : null;
    const inScope = up?.inScope === true && this.scope !== undefined;
    const skipSelf = SKIPPED_TAGS.has(el.tagName) || (inScope ? this.skipped!.has(el) : matchesSkipRule(el));
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
