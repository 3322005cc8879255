// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ElementClassifier } from '../../../utils/scan/dom-rules';
import { IdleScheduler } from '../../../utils/scan/scheduler';
import { ProbeScan } from '../../../utils/scan/probe-scan';
import {
  drawnTexts,
  installHighlightApi,
  settled,
  sleep,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

afterEach(() => {
  document.body.innerHTML = '';
  uninstallHighlightApi();
});

describe('a scan job that throws', () => {
  test('is dropped with one warning, and the jobs after it still run', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const scheduler = new IdleScheduler(document);
    let calls = 0;
    const ran: string[] = [];
    scheduler.add(() => {
      calls++;
      throw new Error('broken page');
    });
    scheduler.add(() => {
      ran.push('second');
      return false;
    });
    for (let i = 0; i < 50 && scheduler.busy; i++) await sleep(10);
    expect(ran).toEqual(['second']);
    expect(calls).toBe(1);
    expect(scheduler.busy).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    scheduler.dispose();
  });

  test('leaves the page status correct and highlighting going on', async () => {
    installHighlightApi();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(ProbeScan.prototype, 'next').mockImplementationOnce(() => {
      throw new Error('broken page');
    });
    document.body.innerHTML = '<p>Low magnesium can cause tetany.</p>';
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true); // the popup does not say "scanning" for ever
    expect(warn).toHaveBeenCalledTimes(1);

    const later = document.createElement('p');
    later.textContent = 'Myoclonus is a sudden jerk.';
    document.body.append(later);
    await sleep(200);
    expect(await settled(highlighter)).toBe(true);
    expect(drawnTexts(highlighter)).toEqual(['Myoclonus']);
    highlighter.destroy();
  });

  test('in setting up a re-scan of page changes: reported once, and later changes are still read', async () => {
    installHighlightApi();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p id="status">Waiting.</p>';
    const highlighter = startHighlighter();
    expect(await settled(highlighter)).toBe(true);

    vi.spyOn(ElementClassifier.prototype, 'info').mockImplementationOnce(() => {
      throw new Error('broken page');
    });
    document.getElementById('status')!.textContent = 'Signs of tetany.';
    await sleep(200);
    expect(await settled(highlighter)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);

    document.getElementById('status')!.textContent = 'Myoclonus is a jerk.';
    await sleep(200);
    expect(await settled(highlighter)).toBe(true);
    expect(drawnTexts(highlighter)).toEqual(['Myoclonus']);
    expect(highlighter.backlog).toEqual({ jobs: 0, roots: 0 });
    highlighter.destroy();
  });
});
