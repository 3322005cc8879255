// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MUTATION_DEBOUNCE_MS } from '../../../utils/scan/page-scanner';
import {
  drawnTexts,
  installHighlightApi,
  setVisibility,
  settled,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

beforeEach(() => {
  installHighlightApi();
  setVisibility('visible');
});
afterEach(() => {
  document.body.innerHTML = '';
  uninstallHighlightApi();
});

describe('a visible page that adds many elements at once', () => {
  test('one re-scan is one job, however many elements changed', async () => {
    document.body.innerHTML = '<main id="log"></main>';
    const log = document.getElementById('log')!;
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.textContent = `Message ${i}: ${i % 3 ? 'nothing here' : 'tetany'}`;
      log.append(p);
    }
    // Just after the debounce the re-scan has been queued but, in this test's idle-less
    // environment, not run: before the chain, 300 jobs were waiting here.
    await new Promise((r) => setTimeout(r, MUTATION_DEBOUNCE_MS + 5));
    expect(highlighter.backlog.jobs).toBeLessThanOrEqual(1);

    expect(await settled(highlighter)).toBe(true);
    expect(drawnTexts(highlighter)).toHaveLength(100);
    highlighter.destroy();
  });

  test('elements the page removed before their turn are skipped, the rest still read', async () => {
    document.body.innerHTML = '<main id="log"></main>';
    const log = document.getElementById('log')!;
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    const added: HTMLElement[] = [];
    for (let i = 0; i < 10; i++) {
      const p = document.createElement('p');
      p.textContent = `Message ${i}: tetany`;
      log.append(p);
      added.push(p);
    }
    await new Promise((r) => setTimeout(r, MUTATION_DEBOUNCE_MS + 5));
    for (const p of added.slice(0, 5)) p.remove();
    expect(await settled(highlighter)).toBe(true);
    expect(drawnTexts(highlighter)).toHaveLength(5);
    highlighter.destroy();
  });
});
