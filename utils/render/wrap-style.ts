/**
 * Wrap mode's element style, added to the page only while terms are wrapped (not as manifest
 * CSS, which every page would get, and which a page could detect by styling a
 * `<health-note data-health-term>` of its own).
 */
import { WRAPPER_TAG, WRAPPER_TERM_ATTRIBUTE } from './page-contract';

const SELECTOR = `${WRAPPER_TAG}[${WRAPPER_TERM_ATTRIBUTE}]`;

export const WRAPPER_CSS = `${SELECTOR} {
  all: unset;
  display: inline;
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #0d9488;
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
@media (forced-colors: active) {
  ${SELECTOR} { text-decoration-color: Highlight; }
}`;

export class WrapStyle {
  private element: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Adds the style, or adds it again after the page removed it or reset the document. */
  ensure(): void {
    if (this.element?.isConnected) return;
    const style = (this.element ??= this.doc.createElement('style'));
    // Firefox applies the page's style-src to a <style> whose text was set before it joined the
    // page; text set by the content script is the extension's own (Mozilla bug 1706787).
    style.textContent = '';
    style.textContent = WRAPPER_CSS;
    (this.doc.head ?? this.doc.documentElement)?.append(style);
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}
