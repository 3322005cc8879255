/**
 * Highlight styles inside open shadow roots. Styles do not cross a shadow boundary, and
 * `::highlight()` is no exception: the manifest CSS paints only the document's own tree, so a
 * term in a shadow root would be found but drawn invisibly. Each root gets one constructed
 * stylesheet, shared by all roots, in its `adoptedStyleSheets`: no element added to the page,
 * and a page CSP's style-src does not apply to constructed sheets. Wrap mode adopts its
 * wrapper style instead. Stopping takes the sheet out again, leaving the roots as they were.
 */
import HIGHLIGHT_CSS from '../../entrypoints/frame-gate.content/highlights.css?raw';
import { WRAPPER_CSS } from './wrap-style';

export type ShadowStyleKind = 'highlight' | 'wrap';

export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly roots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly kind: ShadowStyleKind,
  ) {}

  /** Adds the sheet to `root` (again, if the page replaced the root's sheets since). */
  adopt(root: ShadowRoot): void {
    const sheet = this.ownSheet();
    if (!sheet) return;
    const sheets = root.adoptedStyleSheets;
    if (sheets.includes(sheet)) return;
    try {
      root.adoptedStyleSheets = [...sheets, sheet];
      this.roots.add(root);
    } catch {
      // A browser that refuses the sheet (no constructable stylesheets): terms stay found
      // and open cards, only undrawn in this root.
    }
  }

  /** Takes the sheet out of every root it was added to. */
  dispose(): void {
    const sheet = this.sheet;
    if (sheet) {
      for (const root of this.roots) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    }
    this.roots.clear();
    this.sheet = null;
  }

  private ownSheet(): CSSStyleSheet | null {
    if (this.sheet) return this.sheet;
    const Sheet = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (!Sheet) return null;
    try {
      const sheet = new Sheet();
      sheet.replaceSync(this.kind === 'wrap' ? WRAPPER_CSS : HIGHLIGHT_CSS);
      this.sheet = sheet;
    } catch {
      return null;
    }
    return this.sheet;
  }
}
