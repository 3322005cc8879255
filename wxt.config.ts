import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { writePseudoLocale } from './scripts/pseudo-locale';
import { SCRIPT_FILES } from './utils/on-demand/slot';
import { PDF_WORKER_FILE } from './utils/reader/pdf-files';

// Firefox gets an id and the data-collection declaration AMO requires; Chrome rejects
// unknown keys less gracefully, so they are added only for the Firefox target.
const GECKO_ID = 'health-notes@health-notes.extension';

// HEALTH_NOTES_PSEUDO_LOCALE=1: the UI in the pseudo-locale (scripts/pseudo-locale.ts, ADR 21),
// generated from locales/en.yml into .output/pseudo-locale and built as the default locale into
// .output/chrome-mv3-pseudo, so the normal build is untouched. Used by tests/e2e/pseudo-locale.spec.ts.
const PSEUDO_LOCALE = process.env.HEALTH_NOTES_PSEUDO_LOCALE === '1';
const root = (file: string) => fileURLToPath(new URL(file, import.meta.url));
// HEALTH_NOTES_BENCH_GLOSSARY=<folder>: the benchmark's synthetic glossary (modules/glossary.ts),
// built into .output/chrome-mv3-bench-glossary so the normal build never holds it.
const BENCH_GLOSSARY = Boolean(process.env.HEALTH_NOTES_BENCH_GLOSSARY);

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  ...(PSEUDO_LOCALE
    ? {
        i18n: { localesDir: writePseudoLocale(root('./locales/en.yml'), root('./.output/pseudo-locale')) },
        outDirTemplate: '{{browser}}-mv{{manifestVersion}}-pseudo',
      }
    : BENCH_GLOSSARY
      ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench-glossary' }
      : {}),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // PDF.js's worker ships in the package as a file of its own (ADR 26): the PDF reader starts
    // it from there, offline, and no page or content script ever loads it.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: root('./node_modules/pdfjs-dist/build/pdf.worker.min.mjs'),
        relativeDest: PDF_WORKER_FILE.slice(1),
      });
    },
  },
  webExt: { disabled: true },
  // Manifest V3 for both browsers (ADR 17). WXT builds Firefox as MV2 unless told otherwise, and
  // Firefox MV2 has no `action` API (no badge, no grey icon) and drops the menus of a persistent
  // background page at every restart. Output: .output/chrome-mv3 and .output/firefox-mv3.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the "Look up … in Health Notes" item on selected text.
    // activeTab: lets the popup see the URL of the tab it was opened on (only then, no install
    // warning), so it can say why a browser page, store page or PDF has no terms.
    // No host permissions (ADR 17): the content script's matches are the only site access, and
    // nothing else reads pages or tab addresses; a tab's host comes from its content script.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Asked for one site at a time, only when the PDF reader must download a PDF from a site it
    // cannot reach yet, at the reader's click (ADR 26). Nothing at install time.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The scripts a frame imports on demand (ADR 20). Chrome serves them to pages only
    // under a per-session address (use_dynamic_url), so a page cannot probe for the extension;
    // Firefox's addresses hold a random per-install id.
    web_accessible_resources: [
      {
        resources: Object.values(SCRIPT_FILES).map((file) => file.slice(1)),
        matches: ['<all_urls>'],
        use_dynamic_url: true,
      },
    ],
    // Alt+Shift+H/N/S: not taken by Chrome (its own Alt+Shift shortcuts are A, I and T) or Firefox.
    // Mnemonic: H(ealth Notes), N(ext term), S(ite). Users can remap them in the browser.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpen__',
      },
      'navigate-terms': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNavigate__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSite__',
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
