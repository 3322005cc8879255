/**
 * Typed wrappers over runtime/tabs messaging, keeping every call site typed by message name.
 *
 * Handlers answer through `sendResponse`, the one way of answering that the browsers' own API
 * and webextension-polyfill both understand: the content script uses the browser's API and
 * the rest of the extension the polyfill (ADR 13). A failed handler answers with a failure
 * record, which the sending side turns back into a rejected promise.
 */
import { browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, Envelope, ReplyOf } from './protocol';

const FAILURE = 'healthNotesFailure';

interface Failure {
  [FAILURE]: string;
}

function isFailure(reply: unknown): reply is Failure {
  return typeof reply === 'object' && reply !== null && typeof (reply as Partial<Failure>)[FAILURE] === 'string';
}

function unwrap<R>(reply: unknown): R {
  if (isFailure(reply)) throw new Error(reply[FAILURE]);
  return reply as R;
}

export async function sendToBackground<K extends keyof BackgroundMessages>(
  message: Envelope<BackgroundMessages, K>,
): Promise<ReplyOf<BackgroundMessages, K>> {
  return unwrap(await browser.runtime.sendMessage(message));
}

export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  message: Envelope<ContentMessages, K>,
): Promise<ReplyOf<ContentMessages, K>> {
  // frameId 0: the top frame answers for the page.
  return sendToFrame(tabId, 0, message);
}

export async function sendToFrame<K extends keyof ContentMessages>(
  tabId: number,
  frameId: number,
  message: Envelope<ContentMessages, K>,
): Promise<ReplyOf<ContentMessages, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, message, { frameId }));
}

type Handlers<M> = {
  [K in keyof M]?: (request: Envelope<M, K>, sender: unknown) => Promise<ReplyOf<M, K>> | ReplyOf<M, K>;
};

/** Registers handlers by message type; unknown messages are left for other listeners. */
export function handleMessages<M>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as (m: unknown, s: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(sendResponse, (error: unknown) =>
        sendResponse({ [FAILURE]: error instanceof Error ? error.message : String(error) } satisfies Failure),
      );
    // Keeps the channel open for the answer.
    return true;
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
