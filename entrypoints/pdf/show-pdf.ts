/** Opens a PDF's bytes and lays its pages out in the reader, with a plain message if it cannot. */
import { i18n } from '#i18n';
import { PasswordException } from 'pdfjs-dist';
import { formatNumber } from '../../utils/i18n/format';
import { openPdf, PdfView } from '../../components/reader/pdf/pdf-view';

export type Shown = { ok: true; view: PdfView; textChars: number } | { ok: false; message: string };

const pageLabel = (n: number, pages: number) => i18n.t('pdfReader.pageLabel', [formatNumber(n), formatNumber(pages)]);

export async function showPdf(data: Uint8Array, container: HTMLElement, zoom: number): Promise<Shown> {
  let view: PdfView;
  try {
    view = new PdfView(await openPdf(data), container, pageLabel);
  } catch (error) {
    if (error instanceof PasswordException) return { ok: false, message: i18n.t('pdfReader.password') };
    console.warn('Health Notes: the PDF could not be opened', error);
    return { ok: false, message: i18n.t('pdfReader.notPdf') };
  }
  view.setZoom(zoom);
  try {
    return { ok: true, view, textChars: await view.render() };
  } catch (error) {
    console.warn('Health Notes: the PDF could not be read', error);
    view.destroy();
    return { ok: false, message: i18n.t('pdfReader.notPdf') };
  }
}
