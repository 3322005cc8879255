/**
 * A PageScanner on the test's happy-dom document, with the whole glossary, and what tests
 * need around it: a renderer factory with both renderers at hand, a stand-in for the CSS
 * Custom Highlight API (happy-dom has none), and waiting for the scan.
 */
import path from 'node:path';
import { CATEGORIES } from '../../../utils/glossary/categories';
import { buildTermIndex } from '../../../utils/glossary/validate';
import type { RendererFactory } from '../../../utils/render/found-term';
import { HighlightApiRenderer } from '../../../utils/render/highlight-api-renderer';
import { WrapRenderer } from '../../../utils/render/wrap-renderer';
import { PageScanner, type HighlightConfig } from '../../../utils/scan/page-scanner';
import { compileMatcher } from '../../../utils/matcher/matcher';
import { loadGlossary } from '../../../modules/glossary';

const ROOT = path.resolve(__dirname, '../../..');
export const compiled = compileMatcher(buildTermIndex(loadGlossary(ROOT).entries));

/** Both renderers at once, as a frame has them once the wrap renderer's script has loaded. */
export const renderers: RendererFactory = (doc, style) =>
  style === 'wrap' ? new WrapRenderer(doc) : new HighlightApiRenderer(doc, style);

/** The Highlight API as far as the renderer uses it: a set of ranges registered by name. */
const ownCss = Object.getOwnPropertyDescriptor(window, 'CSS');

export function installHighlightApi(): void {
  class Highlight extends Set<AbstractRange> {}
  // happy-dom makes a new CSS object on every read of window.CSS: one object, kept.
  const css = Object.assign(Object.create(Object.getPrototypeOf(window.CSS) as object) as object, {
    highlights: new Map(),
  });
  Object.defineProperty(window, 'CSS', { value: css, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: Highlight, configurable: true });
}

export function uninstallHighlightApi(): void {
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
  if (ownCss) Object.defineProperty(window, 'CSS', ownCss);
}

export function startHighlighter(options: Partial<HighlightConfig> = {}, doc: Document = document): PageScanner {
  const highlighter = new PageScanner(doc, compiled, renderers);
  highlighter.configure({
    active: true,
    style: 'underline',
    categories: [...CATEGORIES],
    density: 'every',
    ...options,
  });
  return highlighter;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the highlighter has nothing left to do; false if it is still busy after `timeoutMs`. */
export async function settled(highlighter: PageScanner, timeoutMs = 2000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  // Changes the page makes are gathered for a while first (MUTATION_DEBOUNCE_MS).
  await sleep(20);
  while (highlighter.scanning) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}

/** The text of every drawn term, in document order. */
export function drawnTexts(highlighter: PageScanner): string[] {
  return highlighter.terms().map((t) => t.range.toString());
}

/** Makes the document report itself hidden or visible, as a background tab does. */
export function setVisibility(state: DocumentVisibilityState, doc: Document = document): void {
  Object.defineProperty(doc, 'visibilityState', { value: state, configurable: true });
  Object.defineProperty(doc, 'hidden', { value: state === 'hidden', configurable: true });
  doc.dispatchEvent(new Event('visibilitychange'));
}
