/**
 * Which voice may say a term. Only a voice installed on the device (`localService`): a remote
 * voice sends the text to a speech server, and Health Notes sends nothing anywhere (ADR 0024).
 */

/** The glossary is written in English, so a voice of another language would misread every term. */
export const GLOSSARY_LANGUAGE = 'en';

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
  name: string;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/u)[0] ?? '';

/**
 * An installed voice for `language` (prefix match: "en" takes "en-US", "en_GB"), preferring the
 * reader's own variant (`preferred`, e.g. navigator.language "en-GB"), then the system default.
 * Null when there is none: then there is no Listen button at all.
 */
export function pickLocalVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: string = GLOSSARY_LANGUAGE,
  preferred = '',
): V | null {
  const fitting = voices.filter((v) => v.localService === true && primary(v.lang) === primary(language));
  const same = (v: V) => v.lang.replace('_', '-').toLowerCase() === preferred.replace('_', '-').toLowerCase();
  return fitting.find(same) ?? fitting.find((v) => v.default) ?? fitting[0] ?? null;
}
