// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MUTATION_DEBOUNCE_MS } from '../../../utils/scan/page-scanner';
import {
  drawnTexts,
  installHighlightApi,
  setVisibility,
  settled,
  sleep,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

const MESSAGES_PER_ROUND = 150;

beforeEach(() => {
  installHighlightApi();
  setVisibility('visible');
});
afterEach(() => {
  setVisibility('visible');
  document.body.innerHTML = '';
  uninstallHighlightApi();
});

/** A chat adding messages and dropping the oldest ones, for `rounds` debounce periods. */
async function chat(log: Element, rounds: number, keep: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < MESSAGES_PER_ROUND; i++) {
      const message = document.createElement('div');
      message.innerHTML = `<p>Round ${round}: ${i % 2 ? 'tetany' : 'no term here'}</p>`;
      log.append(message);
    }
    while (log.childElementCount > keep) log.firstElementChild!.remove();
    await sleep(MUTATION_DEBOUNCE_MS + 30);
  }
}

describe('a page that keeps changing in a background tab', () => {
  test('a chat that removes as many messages as it adds stays under the limit: no full scan', async () => {
    document.body.innerHTML = '<main id="log"></main>';
    const log = document.getElementById('log')!;
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    setVisibility('hidden');
    // More than HIDDEN_CHANGES_LIMIT added in all, at most 1,000 on the page at once.
    await chat(log, 16, 1000);
    expect(highlighter.backlog.roots).toBeGreaterThan(0);
    expect(highlighter.backlog.roots).toBeLessThanOrEqual(1000);

    setVisibility('visible');
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(drawnTexts(highlighter)).toHaveLength(500);
    highlighter.destroy();
  }, 30_000);

  test('queues no work, keeps no removed content, and catches up when shown', async () => {
    document.body.innerHTML = '<main id="log"></main>';
    const log = document.getElementById('log')!;
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    setVisibility('hidden');
    await chat(log, 6, 20);
    const backlog = highlighter.backlog;
    expect(backlog.jobs).toBe(0);
    // What is left to read is at most what is still on the page.
    expect(backlog.roots).toBeLessThanOrEqual(20);

    setVisibility('visible');
    expect(await settled(highlighter)).toBe(true);
    expect(drawnTexts(highlighter)).toEqual(Array(10).fill('tetany'));
    expect(highlighter.backlog).toEqual({ jobs: 0, roots: 0 });
    highlighter.destroy();
  });

  test('more changes than it keeps track of: one full scan when shown', async () => {
    document.body.innerHTML = '<main id="log"></main>';
    const log = document.getElementById('log')!;
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    setVisibility('hidden');
    await chat(log, 16, 5000);
    expect(highlighter.backlog.jobs).toBe(0);
    // Past the limit the changes are forgotten (a full scan reads them).
    expect(highlighter.backlog.roots).toBe(0);

    setVisibility('visible');
    // The full scan of 2,400 messages took 8.3 s in happy-dom on a quiet 2-core machine: the
    // bound only catches a scan that never ends.
    expect(await settled(highlighter, 30_000)).toBe(true);
    expect(drawnTexts(highlighter)).toHaveLength((16 * MESSAGES_PER_ROUND) / 2);
    highlighter.destroy();
  }, 60_000); // thousands of elements in happy-dom: seconds on a busy machine, not a timing test
});
