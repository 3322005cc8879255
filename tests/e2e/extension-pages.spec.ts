import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, expect, test } from './fixtures';

// Landmarks and roles a user (or a screen reader) relies on, not exact copy; and the manifest.

test('the popup shows the extension name as its heading and a main landmark', async ({
  page,
  extensionId,
  pageErrors,
}) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1, name: /Health Notes/i })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('main')).not.toBeEmpty();
  expect(pageErrors).toEqual([]);
});

test('the options page shows a heading and a main landmark', async ({ page, extensionId, pageErrors }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('main')).not.toBeEmpty();
  expect(pageErrors).toEqual([]);
});

test('the built manifest asks for exactly the permissions the README explains, and exposes only the imported scripts, per session', () => {
  const manifest = JSON.parse(readFileSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_permissions?: string[];
    content_scripts?: { matches: string[]; all_frames?: boolean }[];
    web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  };
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
  // No host permissions: the content script's matches are the extension's only site access.
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts?.map((c) => [c.matches, c.all_frames])).toEqual([[['<all_urls>'], true]]);
  // What the content script imports (ADR 14), reachable by pages only under a per-session address.
  expect(manifest.web_accessible_resources).toEqual([
    {
      resources: ['frame-main.js', 'term-interactions.js', 'card-ui.js', 'wrap-renderer.js'],
      matches: ['<all_urls>'],
      use_dynamic_url: true,
    },
  ]);
});
