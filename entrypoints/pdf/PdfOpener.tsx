/** Choosing a PDF: the file picker, or a file dropped anywhere on the page. Never uploaded. */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';

export function PdfOpener({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // Otherwise the browser opens the dropped file in this tab, in its own viewer.
      e.preventDefault();
      onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);

  return (
    <div class={`hn-pdf-opener${dragging ? ' hn-dragging' : ''}`} data-health-notes="off">
      <p class="hn-muted">{i18n.t('pdfReader.intro')}</p>
      <label class="hn-reader-button hn-pdf-choose">
        {i18n.t('pdfReader.choose')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="hn-visually-hidden"
          data-testid="pdf-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <p class="hn-muted">{i18n.t('pdfReader.drop')}</p>
      <p class="hn-muted hn-privacy-note">{i18n.t('pdfReader.privacy')}</p>
    </div>
  );
}
