import { i18n } from '#i18n';
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
  return name === '_execute_action' || name === '_execute_browser_action' ? i18n.t('commandOpen') : name;
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
          ? i18n.t('shortcutsOptions.failedFirefox')
          : i18n.t('shortcutsOptions.failedChrome', [CHROME_SHORTCUTS_URL]),
      );
    }
  };

  return (
    <Section id="shortcuts" title={i18n.t('shortcutsOptions.title')}>
      {shortcuts === null ? (
        <p class="hn-muted">{i18n.t('shortcutsOptions.reading')}</p>
      ) : shortcuts.length ? (
        <dl class="hn-shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name}>
              <dt>{s.description}</dt>
              <dd>
                {s.shortcut ? (
                  <kbd>{s.shortcut}</kbd>
                ) : (
                  <span class="hn-muted">{i18n.t('shortcutsOptions.notSet')}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="hn-muted">{i18n.t('shortcutsOptions.none')}</p>
      )}
      <p class="hn-hint" id="shortcuts-hint">
        {IS_FIREFOX
          ? i18n.t('shortcutsOptions.hintFirefox')
          : i18n.t('shortcutsOptions.hintChrome', [CHROME_SHORTCUTS_URL])}
      </p>
      <button type="button" class="hn-button" aria-describedby="shortcuts-hint" onClick={openSettings}>
        {i18n.t('shortcutsOptions.change')}
      </button>
      {problem && (
        <p class="hn-error" role="alert">
          {problem}
        </p>
      )}
    </Section>
  );
}
