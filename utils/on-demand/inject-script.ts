/**
 * Background side of the on-demand scripts (ADR 8): runs a packaged script in one frame of a
 * tab, in the extension's isolated world, where that frame's content script is.
 */
import { browser } from 'wxt/browser';
import type { OnDemandScript } from './slot';

const FILES = {
  'card-session': '/card-session.js',
  'card-ui': '/card-ui.js',
  'wrap-renderer': '/wrap-renderer.js',
} as const satisfies Record<OnDemandScript, string>;

export async function injectScript(tabId: number, frameId: number, script: OnDemandScript): Promise<void> {
  // The name comes from a content script's message: only the packaged scripts are ever run.
  if (!Object.hasOwn(FILES, script)) throw new Error(`unknown script ${JSON.stringify(script)}`);
  const file = FILES[script];
  if (browser.scripting?.executeScript) {
    // Manifest V3 (Chrome).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    // Manifest V2 (Firefox): the same through tabs.executeScript.
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}
