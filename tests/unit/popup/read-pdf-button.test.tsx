// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadPdfButton } from '../../../entrypoints/popup/ReadPdfButton';
import { unsupportedReason } from '../../../entrypoints/popup/unsupported';

const READ_PDF = 'Read this PDF with Health Notes';
let create: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string) =>
    key === 'pdfReader_openFromTab' ? READ_PDF : key) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getURL = ((path: string) => `chrome-extension://id${path}`) as typeof fakeBrowser.runtime.getURL;
  create = vi.fn(async () => ({ id: 9 }));
  Object.assign(fakeBrowser.tabs, { create });
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

afterEach(() => cleanup());

const unsupported = (url: string | undefined) => ({
  kind: 'unsupported' as const,
  tab: { id: 4, url },
  reason: unsupportedReason(url),
});

describe('the popup on a tab showing a PDF', () => {
  test('offers the PDF reader, which opens on that PDF next to the tab', async () => {
    const pdf = 'https://portal.example.org/results/lab.pdf';
    render(<ReadPdfButton state={unsupported(pdf)} />);
    fireEvent.click(screen.getByRole('button', { name: READ_PDF }));
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: `chrome-extension://id/pdf.html?url=${encodeURIComponent(pdf)}`,
      openerTabId: 4,
    });
  });

  test('offers nothing for other pages, for a PDF whose address it was not given, or for a local file', () => {
    render(<ReadPdfButton state={{ kind: 'loading' }} />);
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    for (const url of ['https://example.org/', 'chrome://settings', undefined, 'file:///home/me/lab.pdf']) {
      render(<ReadPdfButton state={unsupported(url)} />);
      expect(screen.queryByRole('button', { name: READ_PDF }), String(url)).toBeNull();
      cleanup();
    }
  });
});
