/**
 * Settings for the options page, applied as the user changes them (no Save button). A change
 * shows at once; the write follows, and a stored value arriving from another context (popup,
 * another options tab) never undoes a change that is still being written here.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { getSettings, saveSettings, updateSettings, watchSettings } from '../../utils/settings/store';
import { writeFailureMessage } from '../../utils/settings/write-messages';
import { applyTheme } from '../settings/use-settings';

export interface Status {
  kind: 'saved' | 'error';
  text: string;
  /** Changes on every report, so the same text is announced again. */
  id: number;
}

export interface EditableSettings {
  settings: Settings;
  loaded: boolean;
  status: Status | null;
  /** Applies a change now and saves it; `what` names it in the status ("Theme"). */
  change: (patch: Partial<Settings>, what: string) => Promise<boolean>;
  /** Replaces every setting (import, reset); resolves false and reports if the write failed. */
  replace: (next: Settings, done: string) => Promise<boolean>;
  report: (kind: Status['kind'], text: string) => void;
}

export function useEditableSettings(): EditableSettings {
  const [stored, setStored] = useState<Settings>(DEFAULT_SETTINGS as Settings);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const pending = useRef<Partial<Settings>[]>([]);
  const [, setPendingCount] = useState(0);
  const statusId = useRef(0);

  useEffect(() => {
    let live = true;
    const set = (settings: Settings) => {
      if (!live) return;
      setStored(settings);
      setLoaded(true);
    };
    getSettings().then(set, (error: unknown) => {
      console.warn('Health Notes: could not read settings; showing defaults', error);
      if (live) setLoaded(true);
    });
    const unwatch = watchSettings(set);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const settings: Settings = Object.assign({ ...stored }, ...pending.current);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  const report = useCallback((kind: Status['kind'], text: string) => {
    statusId.current += 1;
    setStatus({ kind, text, id: statusId.current });
  }, []);

  const track = useCallback(
    async (patch: Partial<Settings>, write: () => Promise<unknown>, done: string): Promise<boolean> => {
      pending.current = [...pending.current, patch];
      setPendingCount(pending.current.length);
      try {
        await write();
        report('saved', done);
        return true;
      } catch (error) {
        console.warn('Health Notes: could not save settings', error);
        // The control goes back to the stored value (below), so nothing looks saved that was not.
        report('error', writeFailureMessage(error));
        return false;
      } finally {
        pending.current = pending.current.filter((p) => p !== patch);
        setPendingCount(pending.current.length);
        // The watcher normally delivers the stored value; read it in case the write failed.
        getSettings().then(setStored, () => undefined);
      }
    },
    [report],
  );

  const change = useCallback(
    (patch: Partial<Settings>, what: string) =>
      track(patch, () => updateSettings(patch), i18n.t('options.saved', [what])),
    [track],
  );
  const replace = useCallback((next: Settings, done: string) => track(next, () => saveSettings(next), done), [track]);

  return { settings, loaded, status, change, replace, report };
}
