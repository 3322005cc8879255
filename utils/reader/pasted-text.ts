/**
 * What "Read text" accepts: up to MAX_PASTE_BYTES of text (UTF-8), split into paragraphs at
 * blank lines. A paste of a file's raw bytes (a PDF or image copied as text) is refused with a
 * reason instead of being shown as noise; the text box keeps it either way.
 */

/** 200 KB: a long report or a thread of portal messages; far beyond it, reading stalls the page. */
export const MAX_PASTE_BYTES = 200 * 1024;

/** Share of characters that may be control or replacement characters before text looks binary. */
const MAX_ODD_SHARE = 0.01;

export type PastedText =
  | { ok: true; paragraphs: string[] }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'binary' };

export function utf8Bytes(text: string): number {
  // Counted without encoding the text: a 1 MB paste should not allocate another copy.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** NUL, other C0/C1 controls but tab, newlines and form feed, and U+FFFD (bytes that were not text). */
function isOdd(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) if (isOdd(text.charCodeAt(i))) odd++;
  return odd > Math.max(2, text.length * MAX_ODD_SHARE);
}

export function readPastedText(text: string): PastedText {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PASTE_BYTES) return { ok: false, reason: 'too-large', bytes };
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  const paragraphs = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((p) => p.replace(/^\n+|\s+$/gu, ''))
    .filter((p) => p.trim() !== '');
  return { ok: true, paragraphs };
}
