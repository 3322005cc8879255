/**
 * Handlers answer through `sendResponse` (the content script uses the browser's own API, the
 * rest of the extension webextension-polyfill; ADR 13): values, promised values and failures
 * must reach the sender as they did when handlers returned promises.
 */
import { afterEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TermEntry } from '../../../utils/glossary/schema';
import { handleMessages, sendToBackground } from '../../../utils/messaging/client';
import type { BackgroundMessages } from '../../../utils/messaging/protocol';

afterEach(() => fakeBrowser.reset());

const entry = { id: 'tetany', title: 'Tetany' } as TermEntry;

test('a value, or a promised value, is the reply', async () => {
  handleMessages<BackgroundMessages>({
    'get-entry': ({ id }) => (id === 'tetany' ? entry : null),
    'open-entry': async () => undefined,
  });
  await expect(sendToBackground({ type: 'get-entry', id: 'tetany' })).resolves.toEqual(entry);
  await expect(sendToBackground({ type: 'get-entry', id: 'other' })).resolves.toBeNull();
  await expect(sendToBackground({ type: 'open-entry', id: 'tetany' })).resolves.toBeUndefined();
});

test("a handler's failure rejects the sender's promise with its message", async () => {
  handleMessages<BackgroundMessages>({
    'get-entry': () => {
      throw new Error('get-entry: the glossary is not loaded');
    },
    'open-entry': () => Promise.reject(new Error('no tab')),
  });
  await expect(sendToBackground({ type: 'get-entry', id: 'tetany' })).rejects.toThrow(
    'get-entry: the glossary is not loaded',
  );
  await expect(sendToBackground({ type: 'open-entry', id: 'x' })).rejects.toThrow('no tab');
});

test('messages a listener does not handle are left to the others', async () => {
  handleMessages<BackgroundMessages>({ 'open-entry': () => undefined });
  handleMessages<BackgroundMessages>({ 'get-entry': () => entry });
  await expect(sendToBackground({ type: 'get-entry', id: 'tetany' })).resolves.toEqual(entry);
  // Names of Object.prototype's members are not handlers.
  const stray = { type: 'toString' } as unknown as Parameters<typeof sendToBackground>[0];
  handleMessages<BackgroundMessages>({});
  await expect(sendToBackground(stray)).resolves.toBeUndefined();
});

test('after unsubscribing, a handler no longer answers', async () => {
  const stop = handleMessages<BackgroundMessages>({ 'get-entry': () => entry });
  handleMessages<BackgroundMessages>({ 'open-entry': () => undefined });
  stop();
  await expect(sendToBackground({ type: 'get-entry', id: 'tetany' })).resolves.toBeUndefined();
});
