/**
 * Page integrity on a framework page: a React app that keeps re-rendering text around
 * terms must show exactly what React rendered, with no errors, in both renderers. Wrap mode
 * is the hard one: it splits React's text nodes, so the extension must repair them before
 * the next paint whenever React writes to them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setSettings, waitForScanDone } from './support/extension-state';

// React 18's UMD builds are not in its package "exports", so they are read by path.
const MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const REACT = readFileSync(path.join(MODULES, 'react/umd/react.production.min.js'), 'utf8');
const REACT_DOM = readFileSync(path.join(MODULES, 'react-dom/umd/react-dom.production.min.js'), 'utf8');

async function runApp(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __mismatches: unknown[] }).__mismatches);
}

for (const style of ['underline', 'wrap'] as const) {
  test(`a re-rendering React app shows exactly what it rendered (${style} mode)`, async ({
    page,
    context,
    server,
    pageErrors,
  }) => {
    await setSettings(context, { highlightStyle: style });
    const js = { 'Content-Type': 'text/javascript; charset=utf-8' };
    server.route('/vendor/react.js', { body: REACT, headers: js });
    server.route('/vendor/react-dom.js', { body: REACT_DOM, headers: js });
    await page.goto(server.url('/react-app.html'));

    // The extension really works on this page, in the mode under test.
    if (style === 'wrap') {
      await expect(page.locator('#app health-note[data-health-term]').first()).toBeAttached({ timeout: 30_000 });
    } else {
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.get('health-notes-term')?.size ?? 0))
        .toBeGreaterThan(3);
    }

    expect(await runApp(page)).toEqual([]);
    await waitForScanDone(context, page);

    // Still exactly React's text once the extension has caught up, and still highlighted.
    const final = await page.evaluate(() => document.getElementById('app')!.textContent);
    expect(final).toContain('Tick 60: hypomagnesemia');
    expect(final).toContain('Single text node about tetany number 60');
    if (style === 'wrap') {
      await expect(page.locator('#app health-note[data-health-term="tetany"]').first()).toBeAttached();
    }
    expect(pageErrors).toEqual([]);
  });
}
