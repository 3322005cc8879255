import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox gets an id and the data-collection declaration AMO requires; Chrome rejects
// unknown keys less gracefully, so they are added only for the Firefox target.
const GECKO_ID = 'health-notes@health-notes.extension';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the "Look up … in Health Notes" item on selected text.
    // activeTab: lets the popup see the URL of the tab it was opened on (only then, no install
    // warning), so it can say why a browser page, store page or PDF has no terms.
    // scripting + host access (MV3) / <all_urls> (MV2): the background runs the card's own packaged
    // script in a frame the first time a card is needed there (ADR 0008); the content script
    // already runs on every site, so this grants no new reach and adds no install warning.
    permissions: ['storage', 'contextMenus', 'activeTab', ...(manifestVersion === 3 ? ['scripting'] : ['<all_urls>'])],
    ...(manifestVersion === 3 ? { host_permissions: ['<all_urls>'] } : {}),
    // Alt+Shift+H/N/S: not taken by Chrome (its own Alt+Shift shortcuts are A, I and T) or Firefox.
    // Mnemonic: H(ealth Notes), N(ext term), S(ite). Users can remap them in the browser.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Open Health Notes',
      },
      'navigate-terms': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Move through the health terms on the page',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Switch highlighting on this site on or off',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection declaration needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
