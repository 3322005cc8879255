/**
 * Settings for an extension page: the defaults at once (so the first render never waits on
 * storage), then the stored values, then every later change from any context.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../../utils/settings/schema';
import { getSettings, watchSettings } from '../../utils/settings/store';

/** `auto` leaves the attribute unset so theme.css follows prefers-color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS as Settings, loaded: false });
  useEffect(() => {
    let live = true;
    const set = (settings: Settings) => {
      if (!live) return;
      applyTheme(settings.theme);
      setState({ settings, loaded: true });
    };
    getSettings().then(set, (error: unknown) => {
      console.warn('Health Notes: could not read settings; using defaults', error);
      if (live) setState((s) => ({ ...s, loaded: true }));
    });
    const unwatch = watchSettings(set);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
