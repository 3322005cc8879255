import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Section } from './Section';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const IS_FIREFOX = import.meta.env.FIREFOX;
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** The browser's own "open the toolbar popup" command has no description of ours in some browsers. */
function describe(name: string, description: string | undefined): string {
  if (description) return description;
  return name === '_execute_action' || name === '_execute_browser_action' ? 'Open Health Notes' : name;
}

async function readShortcuts(): Promise<Shortcut[]> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  return commands.map((c) => ({
    name: c.name ?? '',
    description: describe(c.name ?? '', c.description),
    shortcut: c.shortcut ?? '',
  }));
}

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () =>
      readShortcuts().then(setShortcuts, (error: unknown) => {
        console.warn('Health Notes: could not read shortcuts', error);
        setShortcuts([]);
      });
    void refresh();
    // Shortcuts are changed on a browser page; show the new ones when the user comes back.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, []);

  const openSettings = async () => {
    setProblem(null);
    try {
      if (IS_FIREFOX) {
        const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
        if (!commands.openShortcutSettings) throw new Error('not supported');
        await commands.openShortcutSettings();
      } else {
        await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
      }
    } catch {
      setProblem(
        IS_FIREFOX
          ? 'Firefox did not open its shortcut settings. Open about:addons yourself, then follow the steps above.'
          : `The browser did not open its shortcut page. Type ${CHROME_SHORTCUTS_URL} in the address bar.`,
      );
    }
  };

  return (
    <Section id="shortcuts" title="Keyboard shortcuts">
      {shortcuts === null ? (
        <p class="hn-muted">Reading shortcuts…</p>
      ) : shortcuts.length ? (
        <dl class="hn-shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name}>
              <dt>{s.description}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="hn-muted">Not set</span>}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="hn-muted">This browser reports no shortcuts for Health Notes.</p>
      )}
      <p class="hn-hint" id="shortcuts-hint">
        {IS_FIREFOX
          ? 'The browser decides shortcuts. In Firefox: open about:addons, choose the gear button, then “Manage Extension Shortcuts”.'
          : `The browser decides shortcuts. Change them on the browser’s shortcut page (${CHROME_SHORTCUTS_URL}).`}
      </p>
      <button type="button" class="hn-button" aria-describedby="shortcuts-hint" onClick={openSettings}>
        Change shortcuts in the browser
      </button>
      {problem && (
        <p class="hn-error" role="alert">
          {problem}
        </p>
      )}
    </Section>
  );
}
