/**
 * What the end-to-end tests may ask of the in-page card, read from the extension's local
 * storage. Only the extension's own contexts can write that storage (the tests set it from the
 * service worker); a web page cannot reach it, so no page can turn these on. Without the key,
 * which is every real install, the card's shadow root is closed and the page's performance
 * timeline gets no entry from the extension (ADR 18).
 */
import { browser } from 'wxt/browser';

export const TEST_HOOKS_KEY = 'testHooks';

export interface TestHooks {
  /** Attach the card's shadow root in "open" mode, so test locators can reach inside. */
  openShadowRoot: boolean;
  /** Record the card's render-and-placement time as a user-timing measure in the page. */
  cardRenderMeasure: boolean;
}

export const NO_TEST_HOOKS: TestHooks = { openShadowRoot: false, cardRenderMeasure: false };

/** Reads the hooks; anything but `true` for a hook, or a failed read, leaves it off. */
export async function readTestHooks(): Promise<TestHooks> {
  try {
    const stored = (await browser.storage.local.get(TEST_HOOKS_KEY))[TEST_HOOKS_KEY] as
      Partial<Record<keyof TestHooks, unknown>> | undefined;
    return {
      openShadowRoot: stored?.openShadowRoot === true,
      cardRenderMeasure: stored?.cardRenderMeasure === true,
    };
  } catch {
    return NO_TEST_HOOKS;
  }
}
