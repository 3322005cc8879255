// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ListenButton } from '../../../components/learn/ListenButton';
import { speak } from '../../../components/learn/use-local-voice';
import { pickLocalVoice, type VoiceLike } from '../../../utils/speech/local-voice';

const voice = (
  lang: string,
  localService: boolean,
  name = `${lang} ${localService ? 'local' : 'remote'}`,
  isDefault = false,
) => ({ lang, localService, name, default: isDefault }) satisfies VoiceLike;

describe('pickLocalVoice', () => {
  test('never picks a remote voice, even the only English one', () => {
    expect(pickLocalVoice([voice('en-US', false), voice('de-DE', true)])).toBeNull();
    expect(pickLocalVoice([])).toBeNull();
  });

  test('matches the language by its prefix and prefers the reader’s own variant, then the default', () => {
    const us = voice('en-US', true);
    const gb = voice('en_GB', true);
    const def = voice('en-AU', true, 'au', true);
    expect(pickLocalVoice([us, gb, def], 'en', 'en-GB')).toBe(gb);
    expect(pickLocalVoice([us, gb, def], 'en', 'fr-FR')).toBe(def);
    expect(pickLocalVoice([us, gb], 'en', '')).toBe(us);
    expect(pickLocalVoice([voice('eng', true)], 'en')).toBeNull();
  });
});

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  constructor(public text: string) {}
}

function stubSpeech(voices: VoiceLike[]) {
  const listeners = new Set<() => void>();
  const spoken: FakeUtterance[] = [];
  const synth = {
    voices,
    getVoices: () => synth.voices,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: vi.fn(),
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { synth, spoken, fire: () => listeners.forEach((f) => f()) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ListenButton', () => {
  test('absent with no voices or only remote ones', () => {
    stubSpeech([voice('en-US', false)]);
    render(<ListenButton text="Hypomagnesemia" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('absent where the browser has no speech at all', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    render(<ListenButton text="Hypomagnesemia" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('appears when a local voice arrives later, and speaks the term with it', () => {
    const local = voice('en-US', true);
    const { synth, spoken, fire } = stubSpeech([]);
    render(<ListenButton text="Hypomagnesemia" />);
    expect(screen.queryByRole('button')).toBeNull();
    synth.voices = [voice('en-US', false), local];
    act(() => fire());
    const button = screen.getByRole('button', { name: 'Listen to “Hypomagnesemia”' });
    // A page script's .click() is untrusted and says nothing.
    fireEvent.click(button);
    expect(spoken).toHaveLength(0);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    expect(spoken).toEqual([expect.objectContaining({ text: 'Hypomagnesemia', voice: local })]);
  });
});

describe('speak', () => {
  test('says the text with the given local voice, set explicitly', () => {
    const { spoken } = stubSpeech([]);
    const local = voice('en-GB', true);
    speak('Tetany', local as unknown as SpeechSynthesisVoice);
    expect(spoken).toEqual([expect.objectContaining({ text: 'Tetany', voice: local, lang: 'en-GB' })]);
  });

  test('refuses a remote voice', () => {
    const { spoken } = stubSpeech([]);
    speak('Tetany', voice('en-US', false) as unknown as SpeechSynthesisVoice);
    expect(spoken).toEqual([]);
  });
});
