/**
 * Scripts that run in web pages (the content script, the on-demand scripts and any chunk they
 * load) stay lean: no webextension-polyfill (they use the browser's own API, ADR 13) and no
 * full glossary entries (a card asks the background for its entry, ADR 4).
 *
 * Checked on the built files, by markers only those modules contain, because that is what a page
 * pays for whichever import path brought them in (a re-export, a shared chunk):
 *  - the polyfill: its own error messages. They are string literals, so minification keeps them,
 *    and no other code has a reason to contain them.
 *  - full entries: the `details` sentences of data/terms. Only a full entry has them; the page
 *    scripts carry term ids, titles and forms.
 * Each marker is first shown to be present where the module IS used (the polyfill's source, some
 * built file), so a marker that stopped matching fails here instead of passing silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allScripts, BUILDS, packaged, pageScripts } from './support/built-package';
import { ROOT } from './support/product-sources';

const POLYFILL_MARKERS = [
  'This script should only be loaded in a browser extension.',
  'The message port closed before a response was received.',
];

/** Details sentences a bundler writes out unchanged: ASCII, nothing a string literal escapes. */
function detailSentences(): string[] {
  const dir = path.join(ROOT, 'data/terms');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { details?: string[] }).details ?? [])
    .filter((s) => /^[\x20-\x7e]+$/.test(s) && !/["'\\`]/.test(s) && s.length >= 30);
}

const text = (build: (typeof BUILDS)[number], file: string) => packaged(build, file).toString('utf8');

describe('markers', () => {
  it('the polyfill markers are in webextension-polyfill', () => {
    const polyfill = readFileSync(
      path.join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.js'),
      'utf8',
    );
    for (const marker of POLYFILL_MARKERS) expect(polyfill, `pick a new polyfill marker`).toContain(marker);
  });

  it('there are glossary details sentences to look for', () => {
    expect(detailSentences().length).toBeGreaterThan(50);
  });
});

describe.each(BUILDS)('%s build', (build) => {
  it('markers survive the build where the modules are used', () => {
    const scripts = allScripts(build).map((f) => text(build, f));
    for (const marker of POLYFILL_MARKERS) {
      expect(
        scripts.some((s) => s.includes(marker)),
        `no ${build} file contains the polyfill marker "${marker}"`,
      ).toBe(true);
    }
    const sentences = detailSentences();
    const found = sentences.filter((s) => scripts.some((code) => code.includes(s)));
    expect(found.length, `no ${build} file contains a glossary details sentence`).toBe(sentences.length);
  });

  it('page scripts do not contain webextension-polyfill', async () => {
    const files = await pageScripts(build);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      for (const marker of POLYFILL_MARKERS) {
        expect(
          text(build, file).includes(marker),
          `${build}: ${file} runs in pages and contains webextension-polyfill ("${marker}"); ` +
            'page scripts use the browser API directly (ADR 13)',
        ).toBe(false);
      }
    }
  });

  it('page scripts do not contain full glossary entries', async () => {
    const sentences = detailSentences();
    for (const file of await pageScripts(build)) {
      const code = text(build, file);
      const hit = sentences.find((s) => code.includes(s));
      expect(
        hit,
        `${build}: ${file} runs in pages and contains the glossary's details text ("${hit}"); ` +
          'cards get their entry from the background (ADR 4)',
      ).toBeUndefined();
    }
  });
});
