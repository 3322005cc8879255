/**
 * Background side of the lazily loaded card (ADR 0008): runs the packaged card script in one
 * frame of a tab, in the extension's isolated world, where that frame's content script is.
 */
import { browser } from 'wxt/browser';

const CARD_UI_FILE = '/card-ui.js';

export async function injectCardUi(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    // Manifest V3 (Chrome).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_FILE] });
  } else {
    // Manifest V2 (Firefox): the same through tabs.executeScript.
    await browser.tabs.executeScript(tabId, { file: CARD_UI_FILE, frameId });
  }
}
