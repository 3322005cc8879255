import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/settings/schema';
import { isSiteDisabled, patternForHost } from '../../utils/settings/site-patterns';
import { updateSettings } from '../../utils/settings/store';
import { disabledSitesAfter, highlightingOn } from '../../utils/settings/site-toggle';
import { showHighlightingState } from '../../utils/toolbar/toolbar-icon';

interface Props {
  settings: Settings;
  /** Host of the tab, when its content script answered. */
  host: string | null;
  tabId: number | null;
}

export function SiteSwitches({ settings, host, tabId }: Props) {
  const siteOn = host !== null && !isSiteDisabled(settings.disabledSites, host);

  const apply = async (patch: Partial<Settings>) => {
    const next = await updateSettings(patch);
    // The tab's content script reports its state too; this just makes the icon change at once.
    if (tabId !== null) await showHighlightingState(highlightingOn(next, host), tabId).catch(() => undefined);
  };

  const toggleSite = (on: boolean) => {
    if (host === null) return;
    void apply({ disabledSites: disabledSitesAfter(settings.disabledSites, host, on) });
  };

  return (
    <section class="hn-panel" aria-labelledby="switches-title">
      <h2 id="switches-title">Highlighting</h2>
      {host !== null && (
        <label class="hn-switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            onChange={(e) => toggleSite((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            On this site <span class="hn-host">({patternForHost(host)})</span>
          </span>
        </label>
      )}
      <label class="hn-switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => void apply({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>On all sites</span>
      </label>
      {!settings.enabled && <p class="hn-muted">Highlighting is off everywhere. Search still works.</p>}
      <button
        type="button"
        class="hn-link-button"
        onClick={() => {
          void browser.runtime.openOptionsPage();
          window.close();
        }}
      >
        More settings
      </button>
    </section>
  );
}
