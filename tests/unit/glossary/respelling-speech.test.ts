import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { respellingForSpeech, respellingWords, syllableCount } from '../../../utils/glossary/respelling';

describe('respellingWords', () => {
  test('splits words on spaces and syllables on hyphens; capitals mark the stress', () => {
    expect(respellingWords('VOS-teks SINE')).toEqual([
      [
        { text: 'vos', stressed: true },
        { text: 'teks', stressed: false },
      ],
      [{ text: 'sine', stressed: true }],
    ]);
    expect(syllableCount('hy-poh-mag-nuh-SEE-mee-uh')).toBe(7);
    expect(syllableCount('AYS in-HIB-ih-terz and ay-ar-BEEZ')).toBe(9);
  });
});

describe('respellingForSpeech', () => {
  test('reads syllables apart, in lower case, with a pause between words', () => {
    expect(respellingForSpeech('hy-poh-mag-nuh-SEE-mee-uh')).toBe('hy poh mag nuh see mee uh');
    expect(respellingForSpeech('VOS-teks SINE')).toBe('vos teks, sine');
    expect(respellingForSpeech('AYS in-HIB-ih-terz and ay-ar-BEEZ')).toBe('ays, in hib ih terz, and, ay ar beez');
  });

  test('marks the stressed syllable with the word the UI passes', () => {
    expect(respellingForSpeech('hy-poh-mag-nuh-SEE-mee-uh', 'stressed')).toBe('hy poh mag nuh see (stressed) mee uh');
    expect(respellingForSpeech('tor-SAHD duh PWANT', 'betont')).toBe('tor sahd (betont), duh, pwant');
  });

  test('a one-syllable word and a blank label are not marked', () => {
    expect(respellingForSpeech('LOH BLUD PRESH-er', 'stressed')).toBe('loh, blud, presh (stressed) er');
    expect(respellingForSpeech('VOS-teks SINE', '  ')).toBe('vos teks, sine');
  });

  test('every entry reads as lower-case syllables without hyphens', () => {
    const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
    const off = entries
      .map((e) => respellingForSpeech(e.pronunciation.respelling, 'stressed'))
      .filter((text) => !/^[a-z' (),]+$/u.test(text) || /[A-Z-]/u.test(text));
    expect(off).toEqual([]);
  });
});
