/**
 * Marks the frame's main script (`/frame-main.js`: the page scan) for eager compilation with V8's
 * explicit compile hint, `//# allFunctionsCalledOnLoad` on its first line (ADR 14).
 *
 * Why: V8 normally pre-parses each function and compiles it fully on its first call, on the
 * main thread. Much of this script runs as soon as it loads (about half of its code on a page
 * without terms, by V8's coverage; more where there are terms), so those functions were parsed
 * twice, the second time while the page waited. With the hint, Chrome compiles the whole file in
 * one go, and because the content script imports it as a module, it does so on a background
 * thread while the file streams in: measured, the page waits less than it did for the lazy
 * compiles (ADR 14, docs/benchmark.md). Other engines ignore the comment.
 */
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const HINT = '//# allFunctionsCalledOnLoad\n';
const EAGER_FILES = new Set(['frame-main.js']);

function compileHints(): Plugin {
  return {
    name: 'health-notes-compile-hints',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !EAGER_FILES.has(chunk.fileName)) continue;
        chunk.code = HINT + chunk.code;
        // Source maps (debug builds) count lines: the hint is one more at the top.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

export default defineWxtModule({
  name: 'health-notes-compile-hints',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => EAGER_FILES.has(`${entrypoint.name}.js`))) return;
      config.plugins = [...(config.plugins ?? []), compileHints()];
    });
  },
});
