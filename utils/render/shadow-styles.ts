/**
 * Highlight styles inside open shadow roots. Styles do not cross a shadow boundary, and
 * `::highlight()` is no exception: the manifest CSS paints only the document's own tree, so a
 * term in a shadow root would be found but drawn invisibly. Each root gets one constructed
 * stylesheet, shared by all roots, in its `adoptedStyleSheets`: no element added to the page,
 * and a page CSP's style-src does not apply to constructed sheets. Wrap mode adopts its
 * wrapper style instead. Stopping takes the sheet out again, leaving the roots as they were.
 */
import HIGHLIGHT_CSS from '../../entrypoints/frame-gate.content/highlights.css?raw';
import { readSheets, writeSheets } from './adopted-sheets';
import { WRAPPER_CSS } from './wrap-style';

export type ShadowStyleKind = 'highlight' | 'wrap';

export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly roots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly kind: ShadowStyleKind,
  ) {}

  /**
   * Adds the sheet to `root` (again, if the page replaced the root's sheets since). Never
   * throws: a browser that refuses the sheet leaves the root's terms found and opening cards,
   * only undrawn there.
   */
  adopt(root: ShadowRoot): void {
    const sheet = this.ownSheet();
    if (!sheet) return;
    try {
      // Unreadable: writing would drop the page's own sheets, so the root stays unstyled.
      const sheets = readSheets(root);
      if (!sheets || sheets.includes(sheet)) return;
      writeSheets(root, [...sheets, sheet]);
      this.roots.add(root);
    } catch {
      // (No constructable stylesheets, or the list refused the sheet.)
    }
  }

  /** Takes the sheet out of every root it was added to. */
  dispose(): void {
    const sheet = this.sheet;
    if (sheet) {
      for (const root of this.roots) {
        try {
          const kept = readSheets(root)?.filter((s) => s !== sheet);
          if (kept) writeSheets(root, kept);
        } catch {
          // The root's list cannot be written any more; nothing else to undo.
        }
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
