import { useEffect, useState } from 'preact/hooks';
import { pickLocalVoice } from '../../utils/speech/local-voice';

function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

function current(): SpeechSynthesisVoice | null {
  const s = synth();
  return s ? pickLocalVoice(s.getVoices(), undefined, navigator.language) : null;
}

/**
 * The installed voice to speak with, or null. Browsers fill the voice list late (Chromium
 * returns [] until `voiceschanged`), and voices can come and go, so the answer is kept current.
 */
export function useLocalVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(current);
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoice(current());
    update();
    s.addEventListener('voiceschanged', update);
    return () => s.removeEventListener('voiceschanged', update);
  }, []);
  return voice;
}

/** Says `text` with `voice`; the voice is set explicitly so the browser never picks a remote one. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const s = synth();
  if (!s || !voice.localService) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  s.cancel();
  s.speak(utterance);
}
