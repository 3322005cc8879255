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
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  // Elements without attributes (most of a page) cannot match the selector.
  return el.attributes.length > 0 && el.matches(SKIPPED_SELECTOR);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

export interface ElementInfo {
  /** True when this element or an ancestor is never scanned. */
  skip: boolean;
  /** The block this element's text belongs to. */
  block: Element;
}

/**
 * Classifies elements with memoisation, so each element of a page is looked at once per
 * pass. Make a new one per pass: attributes (contenteditable, classes) may change between.
 */
export class ElementClassifier {
  private readonly cache = new Map<Element, ElementInfo>();

  info(el: Element): ElementInfo {
    const cached = this.cache.get(el);
    if (cached) return cached;
    const parent = el.parentElement;
    let info: ElementInfo;
    if (!parent) {
      info = { skip: isSkippedElement(el), block: el };
    } else {
      const up = this.info(parent);
      info = {
        skip: up.skip || isSkippedElement(el),
        block: isInlineElement(el) ? up.block : el,
      };
    }
    this.cache.set(el, info);
    return info;
  }
}
