/**
 * The PDF reader's address for a PDF shown in a tab (the popup button, the context menu), or
 * null for an address the reader would refuse (pdf-files.ts).
 */
import { pdfAddress } from './pdf-files';

export function pdfReaderUrl(pdfUrl: string | undefined): string | null {
  const url = pdfAddress(pdfUrl ?? null);
  return url ? `/pdf.html?url=${encodeURIComponent(url.href)}` : null;
}
