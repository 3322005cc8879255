/**
 * Highlights and cards on the extension's own reading pages (Read text, the PDF reader), made
 * by the same pipeline a web page gets: the page scanner with the Highlight API renderer, the
 * term interactions (hover, tap, keyboard) and the card. The page's own controls carry
 * `data-health-notes="off"`, so only the text being read is scanned.
 *
 * The reader asked for terms on purpose, so the global switch and the site list do not apply
 * here; categories, "first occurrence only", the highlight look and the card settings do.
 * Wrap mode is drawn as an underline: its renderer is a script made for web pages, and the
 * Highlight API is in every browser these pages run in.
 */
import compiledMatcher from 'virtual:health-notes/matcher';
import disclaimer from 'virtual:health-notes/disclaimer';
import termTitles from 'virtual:health-notes/term-titles';
import { i18n } from '#i18n';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from '../card/card-controller';
import { provideScript } from '../../utils/on-demand/slot';
import { TermInteractions } from '../../utils/interactions/term-interactions';
import { HighlightApiRenderer } from '../../utils/render/highlight-api-renderer';
import { PageScanner, type HighlightConfig } from '../../utils/scan/page-scanner';
import { readSettings, watchStoredSettings } from '../../utils/settings/page-reader';
import type { Settings } from '../../utils/settings/schema';

// The card's UI is bundled with the page, not imported from its on-demand script: Chrome serves
// those under a per-session address (use_dynamic_url), which an extension page's CSP refuses.
provideScript('card-ui', { CardController });

const titles = new Map(termTitles);
export const termTitle = (termId: string) => titles.get(termId) ?? i18n.t('extName');

export interface FoundTermCount {
  id: string;
  title: string;
  count: number;
}

export function readerConfig(settings: Settings): HighlightConfig {
  return {
    active: true,
    style: settings.highlightStyle === 'wrap' ? 'underline' : settings.highlightStyle,
    categories: settings.categories,
    density: settings.density,
  };
}

export class ReaderTerms {
  private readonly ctx = new ContentScriptContext('health-notes-reader');
  private readonly scanner: PageScanner;
  private interactions: TermInteractions | null = null;
  private unwatch: (() => void) | null = null;

  constructor(private readonly doc: Document = document) {
    this.scanner = new PageScanner(
      doc,
      compiledMatcher,
      (d, style) =>
        // Never 'wrap': readerConfig maps it to the underline.
        new HighlightApiRenderer(d, style === 'background' ? 'background' : 'underline'),
    );
  }

  async start(): Promise<void> {
    const settings = await readSettings();
    if (this.ctx.isInvalid) return;
    // The reader is a tab of its own, a top frame.
    this.interactions = new TermInteractions(this.ctx, this.scanner, termTitle, disclaimer.short, settings, true);
    this.scanner.configure(readerConfig(settings));
    this.unwatch = watchStoredSettings((next) => {
      this.scanner.configure(readerConfig(next));
      this.interactions?.applySettings(next);
    });
  }

  /** Called after every change of what is highlighted. */
  onChange(listener: () => void): () => void {
    return this.scanner.onChange(listener);
  }

  get scanning(): boolean {
    return this.scanner.scanning;
  }

  /** Terms found, most frequent first (the popup's "On this page" order). */
  found(): FoundTermCount[] {
    return [...this.scanner.counts()]
      .filter(([id, count]) => count > 0 && titles.has(id))
      .map(([id, count]) => ({ id, count, title: termTitle(id) }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
  }

  /** Scrolls to the term's first occurrence and opens its card. */
  reveal(termId: string): boolean {
    return this.interactions?.reveal(termId) ?? false;
  }

  /** Keyboard navigation through the terms (arrows, Enter, Escape); the number of terms. */
  navigate(): Promise<number> {
    return this.interactions?.startNavigation() ?? Promise.resolve(0);
  }

  destroy(): void {
    this.unwatch?.();
    this.interactions?.destroy();
    this.scanner.destroy();
    this.ctx.abort();
  }
}
