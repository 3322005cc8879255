/**
 * Settings for an extension page: the values the page read before its first render (or the
 * defaults at once, so a render never waits on storage, then the stored values), then every
 * later change from any context.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../../utils/settings/schema';
import { readSettingsHint, writeSettingsHint } from '../../utils/settings/settings-hint';
import { getSettings, watchSettings } from '../../utils/settings/store';

/** `auto` leaves the attribute unset so theme.css follows prefers-color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

export function useSettings(initial?: Settings): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: initial ?? (DEFAULT_SETTINGS as Settings), loaded: !!initial });
  useEffect(() => {
    let live = true;
    const set = (settings: Settings) => {
      if (!live) return;
      writeSettingsHint(settings);
      applyTheme(settings.theme);
      setState({ settings, loaded: true });
    };
    // Read again even with settings known before the first render: they came from the hint
    // (settings-hint.ts), or the read fell back to the defaults, or a change landed before the
    // watch below began (the e2e theme test sets the theme in exactly that gap). An identical
    // answer must not cost a second render.
    getSettings().then(
      (settings) => {
        if (!initial || JSON.stringify(settings) !== JSON.stringify(initial)) set(settings);
      },
      (error: unknown) => {
        console.warn('Health Notes: could not read settings; using defaults', error);
        if (live) setState((s) => ({ ...s, loaded: true }));
      },
    );
    const unwatch = watchSettings(set);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}

/** Storage answers in a few milliseconds; a page must not stay blank if it never does. */
const FIRST_RENDER_WAIT_MS = 300;

/**
 * The settings for a page's first render, so it paints once, in the right theme, with the
 * right switches: the last settings an extension page saw (at once), else a storage read,
 * else the defaults if storage fails or is slow (the stored values then arrive through
 * `useSettings`).
 */
export async function settingsForFirstRender(): Promise<Settings> {
  const hint = readSettingsHint();
  if (hint) {
    applyTheme(hint.theme);
    return hint;
  }
  const fallback = (why: unknown) => {
    console.warn('Health Notes: could not read settings; using defaults', why);
    return DEFAULT_SETTINGS as Settings;
  };
  const settings = await Promise.race([
    getSettings().then((read) => {
      writeSettingsHint(read);
      return read;
    }, fallback),
    new Promise<Settings>((resolve) =>
      setTimeout(() => resolve(fallback(`no answer within ${FIRST_RENDER_WAIT_MS} ms`)), FIRST_RENDER_WAIT_MS),
    ),
  ]);
  applyTheme(settings.theme);
  return settings;
}
