/**
 * pdf.html, the PDF reader: a PDF the user chose, dropped, or asked to read from a tab
 * (`?url=`), drawn with PDF.js, with its health terms highlighted in the text layer, cards,
 * the list of terms, page navigation and zoom.
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PdfView } from '../../components/reader/pdf/pdf-view';
import { TermsFound } from '../../components/reader/TermsFound';
import { useReaderTerms } from '../../components/reader/use-reader-terms';
import { useSettings } from '../../components/settings/use-settings';
import { pdfAddress } from '../../utils/reader/pdf-files';
import type { Settings } from '../../utils/settings/schema';
import { PdfOpener } from './PdfOpener';
import { fetchPdf, readPdfFile, requestAccess, type PdfLoad } from './pdf-source';
import { PdfToolbar } from './PdfToolbar';
import { showPdf } from './show-pdf';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'problem'; message: string; needsAccess?: URL }
  | { kind: 'ready'; name: string; view: PdfView; noText: boolean };

const requested = new URLSearchParams(location.search).get('url');

export function PdfReaderApp({ initialSettings }: { initialSettings?: Settings }) {
  useSettings(initialSettings);
  const { reader, terms, scanning } = useReaderTerms();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const pagesRef = useRef<HTMLDivElement>(null);
  const current = useRef<PdfView | null>(null);

  const generation = useRef(0);

  const open = async (load: Promise<PdfLoad>) => {
    // A file chosen while another is still opening replaces it.
    const mine = ++generation.current;
    current.current?.destroy();
    current.current = null;
    setStatus({ kind: 'loading' });
    const loaded = await load;
    if (mine !== generation.current) return;
    if (!loaded.ok) return setStatus({ kind: 'problem', message: loaded.message, needsAccess: loaded.needsAccess });
    const shown = await showPdf(loaded.data, pagesRef.current!, zoom);
    if (mine !== generation.current) {
      if (shown.ok) shown.view.destroy();
      return;
    }
    if (!shown.ok) return setStatus({ kind: 'problem', message: shown.message });
    current.current = shown.view;
    setPage(1);
    setStatus({ kind: 'ready', name: loaded.name, view: shown.view, noText: shown.textChars === 0 });
  };

  useEffect(() => {
    document.title = i18n.t('pdfReader.documentTitle');
    if (requested !== null) {
      const url = pdfAddress(requested);
      if (url) void open(fetchPdf(url));
      else setStatus({ kind: 'problem', message: i18n.t('pdfReader.badAddress') });
    }
    return () => current.current?.destroy();
  }, []);

  useEffect(() => {
    if (status.kind !== 'ready') return;
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        setPage(status.view.currentPage(window.innerHeight));
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [status]);

  const ready = status.kind === 'ready' ? status : null;
  return (
    <div class="hn-reader">
      <header class="hn-reader-head" data-health-notes="off">
        <h1>{i18n.t('pdfReader.heading')}</h1>
        <nav aria-label={i18n.t('readerNav.label')}>
          <a href="/entry.html">{i18n.t('readerNav.search')}</a>
          <a href="/read.html">{i18n.t('readerNav.readText')}</a>
        </nav>
      </header>
      <div class="hn-reader-layout">
        <main aria-busy={status.kind === 'loading'}>
          <PdfOpener onFile={(file) => void open(readPdfFile(file))} />
          <div data-health-notes="off">
            <p class="hn-reader-message" role="alert" data-testid="pdf-message">
              {status.kind === 'problem' && status.message}
              {ready?.noText && i18n.t('pdfReader.noText')}
            </p>
            {status.kind === 'problem' && status.needsAccess && (
              <button
                type="button"
                class="hn-reader-button"
                onClick={() => {
                  const url = status.needsAccess!;
                  void requestAccess(url).then((granted) =>
                    granted
                      ? open(fetchPdf(url))
                      : setStatus({ kind: 'problem', message: i18n.t('pdfReader.accessRefused') }),
                  );
                }}
              >
                {i18n.t('pdfReader.allowAccess')}
              </button>
            )}
            <p class="hn-muted" role="status">
              {status.kind === 'loading' && i18n.t('pdfReader.loading')}
              {ready && i18n.t('pdfReader.fileName', [ready.name])}
            </p>
          </div>
          {/* A child of <main>, so it stays in view over every page. */}
          {ready && (
            <PdfToolbar
              page={page}
              pages={ready.view.pages}
              zoom={zoom}
              onPage={(n) => {
                setPage(n);
                ready.view.goTo(n);
              }}
              onZoom={(z) => {
                setZoom(z);
                ready.view.setZoom(z);
              }}
            />
          )}
          <div
            ref={pagesRef}
            class="hn-pdf-pages"
            role="document"
            aria-label={i18n.t('pdfReader.documentLabel')}
            data-testid="pdf-pages"
          />
        </main>
        <aside class="hn-reader-side">
          <TermsFound
            terms={terms}
            scanning={scanning}
            empty={!ready}
            onReveal={(id) => reader.reveal(id)}
            onNavigate={() => void reader.navigate()}
          />
        </aside>
      </div>
    </div>
  );
}
