/**
 * The scripts that run in web pages (the content script and the on-demand scripts) use the
 * browser's own extension API object, not webextension-polyfill (ADR 13). The background and
 * the extension's pages keep the polyfill.
 *
 * Why: the content script runs in every frame of every page, so each kilobyte it parses and
 * each object it builds at start is paid on every page load. The polyfill is 10 KB of the
 * script and wraps the API on start; measured on the Guardian bench page in Chromium 156,
 * leaving it out saves ~1.9 ms of the extension's ~17.5 ms there. The content script needs
 * nothing the polyfill adds: it calls `storage.get`, `runtime.sendMessage` and the two
 * `onChanged` / `onMessage` events, which return promises natively in Chrome's Manifest V3 and
 * in Firefox, and its message handlers answer through `sendResponse` (messaging/client.ts),
 * which both the browser and the polyfill support.
 *
 * How: `@wxt-dev/webextension-polyfill` points `wxt/browser` at the polyfill for every build;
 * for the builds of scripts that run in pages, this points it back at WXT's own module, which
 * is `globalThis.browser` in Firefox and `globalThis.chrome` in Chrome.
 */
import { createRequire } from 'node:module';
import type { Alias } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/** The content script and the scripts it imports on demand (utils/on-demand). */
const RUN_IN_PAGES = new Set(['content-script', 'unlisted-script']);

export default defineWxtModule({
  name: 'health-notes-native-browser-api',
  setup(wxt) {
    const native = createRequire(import.meta.url).resolve('wxt/browser');
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => RUN_IN_PAGES.has(entrypoint.type))) return;
      const alias = config.resolve?.alias;
      const others: Alias[] = Array.isArray(alias)
        ? (alias as Alias[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: native }, ...others.filter((a) => a.find !== 'wxt/browser')],
      };
    });
  },
});
