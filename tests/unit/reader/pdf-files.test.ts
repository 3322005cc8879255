import { describe, expect, test } from 'vitest';
import { looksLikePdf, originPattern, pdfAddress } from '../../../utils/reader/pdf-files';
import { pdfReaderUrl } from '../../../utils/reader/pdf-reader-url';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('PDF reader: what it opens', () => {
  test('a PDF is recognised by its header, even after some leading junk', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdf(bytes('<!doctype html><title>Sign in</title>'))).toBe(false);
    expect(looksLikePdf(bytes(`${'x'.repeat(1100)}%PDF-1.4`))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });

  test('only http and https addresses are fetched; credentials and fragments are dropped or refused', () => {
    expect(pdfAddress('https://portal.example.org/files/results.pdf#page=2')?.href).toBe(
      'https://portal.example.org/files/results.pdf',
    );
    expect(pdfAddress('http://127.0.0.1:8080/a.pdf')?.host).toBe('127.0.0.1:8080');
    for (const refused of [
      null,
      '',
      'not a url',
      'javascript:alert(1)',
      'data:application/pdf;base64,JVBERi0=',
      'file:///home/me/results.pdf',
      'chrome-extension://abc/pdf.html',
      'ftp://example.org/a.pdf',
      'https://user:secret@example.org/a.pdf',
    ]) {
      expect(pdfAddress(refused), String(refused)).toBeNull();
    }
  });

  test('access is asked for one site, any port', () => {
    expect(originPattern(new URL('https://portal.example.org:8443/a.pdf'))).toBe('https://portal.example.org/*');
    expect(originPattern(new URL('http://127.0.0.1:3000/x/y.pdf'))).toBe('http://127.0.0.1/*');
  });

  test("the reader's address carries the PDF's address, encoded; refused addresses give none", () => {
    expect(pdfReaderUrl('https://example.org/a b.pdf?x=1&y=2')).toBe(
      `/pdf.html?url=${encodeURIComponent('https://example.org/a%20b.pdf?x=1&y=2')}`,
    );
    expect(pdfReaderUrl('file:///C:/scan.pdf')).toBeNull();
    expect(pdfReaderUrl(undefined)).toBeNull();
  });
});
