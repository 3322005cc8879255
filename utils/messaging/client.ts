/**
 * Typed wrappers over runtime/tabs messaging. With webextension-polyfill, a listener may
 * return a Promise; these helpers keep every call site typed by message name.
 */
import { browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, Envelope, ReplyOf } from './protocol';

export function sendToBackground<K extends keyof BackgroundMessages>(
  message: Envelope<BackgroundMessages, K>,
): Promise<ReplyOf<BackgroundMessages, K>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyOf<BackgroundMessages, K>>;
}

export function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  message: Envelope<ContentMessages, K>,
): Promise<ReplyOf<ContentMessages, K>> {
  // frameId 0: the top frame answers for the page.
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ReplyOf<ContentMessages, K>>;
}

type Handlers<M> = {
  [K in keyof M]?: (request: Envelope<M, K>, sender: unknown) => Promise<ReplyOf<M, K>> | ReplyOf<M, K>;
};

/** Registers handlers by message type; unknown messages are left for other listeners. */
export function handleMessages<M>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const handler = handlers[type as keyof M] as ((m: unknown, s: unknown) => unknown) | undefined;
    return Promise.resolve(handler?.(message, sender));
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () =>
    browser.runtime.onMessage.removeListener(
      listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    );
}

/** The tab and frame a message came from; null when it did not come from a tab's content script. */
export function senderFrame(sender: unknown): { tabId: number; frameId: number } | null {
  const { tab, frameId } = (sender ?? {}) as { tab?: { id?: number }; frameId?: number };
  return tab?.id === undefined ? null : { tabId: tab.id, frameId: frameId ?? 0 };
}
