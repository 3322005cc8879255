import { describe, expect, test } from 'vitest';
import { createEntryOpener, OPEN_ENTRY_INTERVAL_MS } from '../../../utils/messaging/entry-opener';

const EXTENSION_ID = 'own-extension';
const fromTab = (tabId: number) => ({ id: EXTENSION_ID, tab: { id: tabId }, frameId: 0 });

function opener() {
  let clock = 1_000;
  const opened: string[] = [];
  const open = createEntryOpener({
    extensionId: EXTENSION_ID,
    isEntryId: (id) => id === 'tetany' || id === 'calcium',
    open: async (id, tabId) => void opened.push(`${tabId}:${id}`),
    now: () => clock,
  });
  return { open, opened, advance: (ms: number) => (clock += ms) };
}

describe('open-entry', () => {
  test('opens a glossary entry asked for by the card in a tab', async () => {
    const { open, opened } = opener();
    await open('tetany', fromTab(7));
    expect(opened).toEqual(['7:tetany']);
  });

  test('refuses ids that are not glossary entries, and non-strings', async () => {
    const { open, opened } = opener();
    await expect(open('javascript:alert(1)', fromTab(7))).rejects.toThrow('no such entry');
    await expect(open({ id: 'tetany' }, fromTab(7))).rejects.toThrow('no such entry');
    expect(opened).toEqual([]);
  });

  test('refuses senders that are not a content script of this extension in a tab', async () => {
    const { open, opened } = opener();
    await expect(open('tetany', { id: EXTENSION_ID })).rejects.toThrow('only from the card');
    await expect(open('tetany', { id: 'another-extension', tab: { id: 7 } })).rejects.toThrow('only from the card');
    expect(opened).toEqual([]);
  });

  test('one tab per tab at a time, however many requests arrive', async () => {
    const { open, opened, advance } = opener();
    const results = await Promise.allSettled(Array.from({ length: 9 }, () => open('tetany', fromTab(7))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(opened).toEqual(['7:tetany']);
    // Another tab is not held back by the first one.
    await open('calcium', fromTab(8));
    advance(OPEN_ENTRY_INTERVAL_MS - 1);
    await expect(open('calcium', fromTab(7))).rejects.toThrow('a moment ago');
    advance(1);
    await open('calcium', fromTab(7));
    expect(opened).toEqual(['7:tetany', '8:calcium', '7:calcium']);
  });
});
