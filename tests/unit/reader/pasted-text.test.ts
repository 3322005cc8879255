import { describe, expect, test } from 'vitest';
import { looksBinary, MAX_PASTE_BYTES, readPastedText, utf8Bytes } from '../../../utils/reader/pasted-text';

describe('Read text: what a paste becomes', () => {
  test('paragraphs split at blank lines, line breaks inside a paragraph kept', () => {
    const result = readPastedText('Dear patient,\r\n\r\nYour potassium is low.\nWe saw tetany.\n \n\nCall us.  ');
    expect(result).toEqual({
      ok: true,
      paragraphs: ['Dear patient,', 'Your potassium is low.\nWe saw tetany.', 'Call us.'],
    });
  });

  test('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('µg')).toBe(3);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('🩺')).toBe(4);
    expect(utf8Bytes('ü🩺x')).toBe(new TextEncoder().encode('ü🩺x').length);
  });

  test('up to 200 KB is read; one byte more is refused with the size', () => {
    const limit = 'a'.repeat(MAX_PASTE_BYTES);
    expect(readPastedText(limit).ok).toBe(true);
    expect(readPastedText(`${limit}a`)).toEqual({ ok: false, reason: 'too-large', bytes: MAX_PASTE_BYTES + 1 });
    // Multi-byte text reaches the limit with fewer characters.
    const accented = 'é'.repeat(MAX_PASTE_BYTES / 2 + 1);
    expect(readPastedText(accented)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('a 1 MB paste is refused', () => {
    expect(readPastedText('tetany '.repeat(150_000))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('empty or blank text asks for text', () => {
    expect(readPastedText('')).toEqual({ ok: false, reason: 'empty' });
    expect(readPastedText(' \n\t ')).toEqual({ ok: false, reason: 'empty' });
  });

  test("a file's raw bytes pasted as text are refused; ordinary text with a stray control character is not", () => {
    expect(looksBinary('%PDF-1.7\n\u0000\u0001stream')).toBe(true);
    const garbled = `JFIF${'\u0002\u0003\ufffd\u0010'.repeat(20)}${'x'.repeat(200)}`;
    expect(readPastedText(garbled)).toEqual({ ok: false, reason: 'binary' });
    const oneStray = `Your results show hypokalemia.\u0007 ${'More words. '.repeat(30)}`;
    expect(readPastedText(oneStray).ok).toBe(true);
    expect(looksBinary('Tabs\tand\fform feeds\r\nare text.')).toBe(false);
  });
});
