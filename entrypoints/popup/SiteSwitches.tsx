import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/settings/schema';
import { isSiteDisabled, patternForHost } from '../../utils/settings/site-patterns';
import { disabledSitesAfter, highlightingOn } from '../../utils/settings/site-toggle';
import { updateSettings } from '../../utils/settings/store';
import { siteSwitchRefusalMessage, writeFailureMessage } from '../../utils/settings/write-messages';
import { showHighlightingState } from '../../utils/toolbar/toolbar-icon';

interface Props {
  settings: Settings;
  /** Host of the tab, when its content script answered. */
  host: string | null;
  tabId: number | null;
}

/**
 * The switches show what is stored, never what was only asked for: a click puts the switch back
 * at once and the stored change (from useSettings' watcher) moves it, so a refused or failed
 * write leaves it where it was, with the reason below it.
 */
export function SiteSwitches({ settings, host, tabId }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const siteOn = host !== null && !isSiteDisabled(settings.disabledSites, host);

  const apply = async (patch: Partial<Settings>) => {
    let next: Settings;
    try {
      next = await updateSettings(patch);
    } catch (error) {
      console.warn('Health Notes: could not save settings', error);
      setProblem(writeFailureMessage(error));
      return;
    }
    setProblem(null);
    // The tab's content script reports its state too; this just makes the icon change at once.
    if (tabId !== null) await showHighlightingState(highlightingOn(next, host), tabId).catch(() => undefined);
  };

  const toggleSite = (input: HTMLInputElement) => {
    const on = input.checked;
    input.checked = siteOn;
    if (host === null) return;
    const result = disabledSitesAfter(settings.disabledSites, host, on);
    if (result.ok) void apply({ disabledSites: result.disabledSites });
    else setProblem(siteSwitchRefusalMessage(result.reason, patternForHost(host)));
  };

  const toggleAll = (input: HTMLInputElement) => {
    const on = input.checked;
    input.checked = settings.enabled;
    void apply({ enabled: on });
  };

  return (
    <section class="hn-panel" aria-labelledby="switches-title">
      <h2 id="switches-title">{i18n.t('switches.title')}</h2>
      {host !== null && (
        <label class="hn-switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            aria-describedby={problem ? 'switch-problem' : undefined}
            onChange={(e) => toggleSite(e.currentTarget as HTMLInputElement)}
          />
          <span>
            {i18n.t('switches.thisSite')} <span class="hn-host">{i18n.t('switches.host', [patternForHost(host)])}</span>
          </span>
        </label>
      )}
      <label class="hn-switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => toggleAll(e.currentTarget as HTMLInputElement)}
        />
        <span>{i18n.t('switches.allSites')}</span>
      </label>
      {problem && (
        <p class="hn-switch-problem" id="switch-problem" role="alert" data-testid="switch-problem">
          {problem}
        </p>
      )}
      {!settings.enabled && <p class="hn-muted">{i18n.t('switches.offEverywhere')}</p>}
      <button
        type="button"
        class="hn-link-button"
        onClick={() => {
          void browser.runtime.openOptionsPage();
          window.close();
        }}
      >
        {i18n.t('switches.moreSettings')}
      </button>
    </section>
  );
}
