/**
 * The PDF reader's limits and the packaged file its PDF.js worker runs from (ADR 26). The
 * worker is copied into the package at build time (wxt.config.ts), never fetched from a server.
 */

/** Where the build puts PDF.js's worker; wxt.config.ts copies it there. */
export const PDF_WORKER_FILE = '/pdfjs/pdf.worker.js';

/** Large enough for a long medical record; a larger file would take minutes and gigabytes. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** Pages whose text is read; past this, the pages are shown without terms. */
export const MAX_TEXT_PAGES = 500;

/** The first bytes of every PDF file. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  // A PDF may have up to 1 KB of junk before its header (PDF 1.7, 7.5.2 note); browsers accept it too.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The address a "Read this PDF" request may fetch: http or https, never an extension, data,
 * script or file address (a page cannot fetch files; those are opened with the file picker).
 */
export function pdfAddress(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The permission pattern for fetching `url` (one origin, asked for only when it is needed). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
