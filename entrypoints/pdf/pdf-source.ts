/**
 * Where the reader's PDF comes from: a file the user chose or dropped (read here, never sent),
 * or the address of the PDF in the tab the user asked to read (fetched once, the only request
 * this page makes). Fetching another site needs host access: Chrome has it from the content
 * script's reach; otherwise the page asks for that one site, at the user's click (ADR 26).
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { formatNumber } from '../../utils/i18n/format';
import { looksLikePdf, MAX_PDF_BYTES, originPattern } from '../../utils/reader/pdf-files';

export type PdfLoad = { ok: true; data: Uint8Array; name: string } | { ok: false; message: string; needsAccess?: URL };

const mb = (bytes: number) => formatNumber(Math.ceil(bytes / (1024 * 1024)));
const tooLarge = (bytes: number): PdfLoad => ({
  ok: false,
  message: i18n.t('pdfReader.tooLarge', [mb(bytes), mb(MAX_PDF_BYTES)]),
});

function checked(data: Uint8Array, name: string): PdfLoad {
  if (data.byteLength > MAX_PDF_BYTES) return tooLarge(data.byteLength);
  if (!looksLikePdf(data)) return { ok: false, message: i18n.t('pdfReader.notPdf') };
  return { ok: true, data, name };
}

export async function readPdfFile(file: File): Promise<PdfLoad> {
  if (file.size > MAX_PDF_BYTES) return tooLarge(file.size);
  return checked(new Uint8Array(await file.arrayBuffer()), file.name);
}

const hasAccess = (url: URL) => browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);

/**
 * Must be called straight from a click handler, before any await: browsers grant a permission
 * request only while handling a user action.
 */
export function requestAccess(url: URL): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
}

function nameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

export async function fetchPdf(url: URL): Promise<PdfLoad> {
  const failed: PdfLoad = { ok: false, message: i18n.t('pdfReader.fetchFailed', [url.host]) };
  let response: Response;
  try {
    // With the site's cookies: the same file the tab showed, not a login page.
    response = await fetch(url, { credentials: 'include', cache: 'no-store' });
  } catch {
    // Refused before any answer: mostly no access to the site yet.
    if (!(await hasAccess(url)))
      return { ok: false, message: i18n.t('pdfReader.needAccess', [url.host]), needsAccess: url };
    return failed;
  }
  if (!response.ok) return failed;
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PDF_BYTES) {
    void response.body?.cancel();
    return tooLarge(length);
  }
  return checked(new Uint8Array(await response.arrayBuffer()), nameOf(url));
}
