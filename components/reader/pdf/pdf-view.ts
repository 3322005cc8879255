/**
 * One PDF on the reader's page, drawn with PDF.js: every page gets its size and its text layer
 * (the transparent text the page scanner reads and highlights), and its image is drawn only
 * while it is near the viewport, so a long file does not hold hundreds of canvases. Zooming
 * rescales the text layers in place: their text nodes, and so the highlighted ranges, stay.
 */
import {
  getDocument,
  GlobalWorkerOptions,
  PixelsPerInch,
  RenderingCancelledException,
  TextLayer,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { browser } from 'wxt/browser';
import { MAX_TEXT_PAGES, PDF_WORKER_FILE } from '../../../utils/reader/pdf-files';

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

interface PageSlot {
  page: PDFPageProxy;
  el: HTMLElement;
  canvas: HTMLCanvasElement;
  text: TextLayer | null;
  /** The zoom its canvas was drawn at; null while it has not been drawn. */
  drawnAt: number | null;
  task: RenderTask | null;
  near: boolean;
}

/** Opens the file's bytes with PDF.js; the worker runs from the packaged file. */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  GlobalWorkerOptions.workerSrc = browser.runtime.getURL(PDF_WORKER_FILE as '/');
  // No XFA forms: the file is read, never run.
  return getDocument({ data, enableXfa: false, stopAtErrors: false }).promise;
}

const cssScale = (zoom: number) => zoom * PixelsPerInch.PDF_TO_CSS_UNITS;

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

export class PdfView {
  private readonly slots: PageSlot[] = [];
  private readonly observer: IntersectionObserver;
  /** This document's pages, apart from any other document still being laid out in the container. */
  private readonly root: HTMLElement;
  private zoomLevel = 1;
  private destroyed = false;

  constructor(
    private readonly pdf: PDFDocumentProxy,
    container: HTMLElement,
    private readonly pageLabel: (page: number, pages: number) => string,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '150% 0px' });
    this.root = container.ownerDocument.createElement('div');
    container.append(this.root);
  }

  get pages(): number {
    return this.pdf.numPages;
  }

  get zoom(): number {
    return this.zoomLevel;
  }

  /** Lays out every page and reads the text of the first MAX_TEXT_PAGES; the characters of text found. */
  async render(): Promise<number> {
    let chars = 0;
    for (let n = 1; n <= this.pdf.numPages && !this.destroyed; n++) {
      const page = await this.pdf.getPage(n);
      if (this.destroyed) break;
      const slot = this.makePage(page, n);
      if (n <= MAX_TEXT_PAGES) chars += await this.renderText(slot);
      if (this.destroyed) break;
      // Into the document only once its text is there: one change for the page scanner to read.
      // A text layer added to a page already in the document would be a second change inside
      // the first, and a scan of each could both still be queued, reading that text twice.
      this.root.append(slot.el);
      this.observer.observe(slot.el);
    }
    return chars;
  }

  private makePage(page: PDFPageProxy, n: number): PageSlot {
    const doc = this.root.ownerDocument;
    const el = doc.createElement('div');
    el.className = 'hn-pdf-page';
    el.dataset.page = String(n);
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', this.pageLabel(n, this.pdf.numPages));
    const canvas = doc.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    el.append(canvas);
    const slot: PageSlot = { page, el, canvas, text: null, drawnAt: null, task: null, near: false };
    this.size(slot);
    this.slots.push(slot);
    return slot;
  }

  private size(slot: PageSlot): void {
    const viewport = slot.page.getViewport({ scale: cssScale(this.zoomLevel) });
    slot.el.style.setProperty('--total-scale-factor', String(viewport.scale));
    slot.el.style.width = `${Math.floor(viewport.width)}px`;
    slot.el.style.height = `${Math.floor(viewport.height)}px`;
  }

  private async renderText(slot: PageSlot): Promise<number> {
    const content = await slot.page.getTextContent();
    const layer = slot.el.ownerDocument.createElement('div');
    layer.className = 'textLayer';
    const text = new TextLayer({
      textContentSource: content,
      container: layer,
      viewport: slot.page.getViewport({ scale: cssScale(this.zoomLevel) }),
    });
    await text.render();
    // A line break in the text layer is a <br> between positioned spans: without a character
    // there, the last word of a line and the first of the next would read as one word.
    for (const br of layer.querySelectorAll('br')) br.before('\n');
    slot.text = text;
    slot.el.append(layer);
    return content.items.reduce((sum, item) => sum + (isTextItem(item) ? item.str.trim().length : 0), 0);
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoomLevel) return;
    this.zoomLevel = zoom;
    for (const slot of this.slots) {
      this.size(slot);
      slot.text?.update({ viewport: slot.page.getViewport({ scale: cssScale(zoom) }) });
      if (slot.near) void this.draw(slot);
    }
  }

  /**
   * The page that fills most of the viewport (1-based). Not "the page at the top": the last
   * page of a document can never scroll to the top, and would never be the current page.
   */
  currentPage(viewportHeight: number): number {
    let best = 1;
    let bestShown = 0;
    for (const [i, slot] of this.slots.entries()) {
      const box = slot.el.getBoundingClientRect();
      const shown = Math.min(box.bottom, viewportHeight) - Math.max(box.top, 0);
      if (shown > bestShown) {
        best = i + 1;
        bestShown = shown;
      }
      if (box.top > viewportHeight) break;
    }
    return best;
  }

  goTo(n: number): void {
    this.slots[n - 1]?.el.scrollIntoView({ block: 'start' });
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const slot = this.slots.find((s) => s.el === entry.target);
      if (!slot) continue;
      slot.near = entry.isIntersecting;
      if (slot.near) void this.draw(slot);
      else this.forget(slot);
    }
  }

  private async draw(slot: PageSlot): Promise<void> {
    if (slot.drawnAt === this.zoomLevel || this.destroyed) return;
    slot.task?.cancel();
    const viewport = slot.page.getViewport({ scale: cssScale(this.zoomLevel) });
    const ratio = window.devicePixelRatio || 1;
    const canvas = slot.canvas;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const task = slot.page.render({
      canvas,
      viewport,
      ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
    });
    slot.task = task;
    const zoom = this.zoomLevel;
    try {
      await task.promise;
      slot.drawnAt = zoom;
    } catch (error) {
      if (!(error instanceof RenderingCancelledException))
        console.warn('Health Notes: a PDF page was not drawn', error);
    } finally {
      if (slot.task === task) slot.task = null;
    }
  }

  /** A page far from view gives its image memory back; it is drawn again when it comes near. */
  private forget(slot: PageSlot): void {
    slot.task?.cancel();
    slot.drawnAt = null;
    slot.canvas.width = 0;
    slot.canvas.height = 0;
  }

  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    for (const slot of this.slots) slot.task?.cancel();
    this.root.remove();
    void this.pdf.loadingTask.destroy();
  }
}
