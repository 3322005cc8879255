/**
 * Default renderer: the CSS Custom Highlight API. Ranges are painted by the browser and the
 * page's DOM is never touched, so frameworks, editors and selection are unaffected. The
 * `::highlight()` rules ship as manifest CSS (highlights.css), which page CSP cannot block.
 */
import type { FoundTerm, PaintStyle, PendingMatch, Renderer } from './found-term';
import { HIGHLIGHT_NAME } from './page-contract';
import { positionAt } from '../scan/text-segments';

export function supportsHighlightApi(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export function rangeFor(match: PendingMatch, doc: Document): Range {
  const start = positionAt(match.segment, match.start, false);
  const end = positionAt(match.segment, match.end, true);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export class HighlightApiRenderer implements Renderer {
  readonly mutatesDom = false;
  /**
   * Registered with the first term drawn: most pages have none, and registering a highlight
   * makes the browser restyle the page.
   */
  private highlight: Highlight | null = null;
  private name: string;

  constructor(
    private readonly doc: Document,
    style: PaintStyle,
  ) {
    this.name = HIGHLIGHT_NAME[style];
  }

  /** Switching style re-registers the same ranges under another name: no rescan needed. */
  setStyle(style: PaintStyle): void {
    const highlight = this.highlight;
    this.unregister();
    this.name = HIGHLIGHT_NAME[style];
    if (highlight) this.registry().set(this.name, highlight);
  }

  render(batch: readonly PendingMatch[]): FoundTerm[] {
    if (batch.length === 0) return [];
    const highlight = this.registered();
    return batch.map((match) => {
      const range = rangeFor(match, this.doc);
      highlight.add(range);
      return { termId: match.termId, block: match.segment.block, range };
    });
  }

  owns(): boolean {
    return false;
  }

  repair(): void {}

  remove(found: readonly FoundTerm[]): void {
    for (const f of found) this.highlight?.delete(f.range);
  }

  dispose(): void {
    this.highlight?.clear();
    this.unregister();
  }

  private registered(): Highlight {
    if (!this.highlight) {
      this.highlight = new (this.doc.defaultView as Window & typeof globalThis).Highlight();
      this.registry().set(this.name, this.highlight);
    }
    return this.highlight;
  }

  private unregister(): void {
    const registry = this.registry();
    if (this.highlight && registry.get(this.name) === this.highlight) registry.delete(this.name);
  }

  private registry(): HighlightRegistry {
    return (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
  }
}
